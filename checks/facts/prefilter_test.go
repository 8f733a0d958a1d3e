package facts

import (
	"regexp"
	"testing"
)

func TestMentions(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"In deze wet wordt verstaan onder:", "verstaan", true},
		{"WORDT VERSTAAN", "verstaan", true},
		{"Onder partner wordt Verstaan", "verstaan", true},
		{"verstaa", "verstaan", false},
		{"De aanvraag wordt ingediend.", "verstaan", false},
		{"wordt verſtaan onder", "verstaan", true}, // (?i) folds ſ onto s
		{"", "verstaan", false},
		{"Deze wet wordt aangehaald als: Wet X.", "aangehaald", true},
	}
	for _, tt := range tests {
		if got := mayContain(tt.text, tt.word); got != tt.want {
			t.Errorf("mayContain(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
	// never no where the expressions it guards match
	for _, re := range []*regexp.Regexp{leadInRe, inlineRe, onderRe} {
		for _, s := range []string{"In deze wet wordt verstaan onder:", "wordt verſtaan onder x: y", "Onder x wordt verstaan y."} {
			if re.MatchString(s) && !mayContain(s, "verstaan") {
				t.Errorf("%s matches %q but mentions says no", re, s)
			}
		}
	}
}
