package facts

import (
	"strconv"
	"strings"
	"testing"
)

// TestSyllablesGold measures the syllable counter on a hand-split list of
// legal words (testdata/syllables/gold.tsv). DEPENDENCIES.md §6 measured
// 29/34 for plain vowel groups; the counter must stay at 95 % or better on
// this list, and every miss is printed.
func TestSyllablesGold(t *testing.T) {
	total, right := 0, 0
	for _, f := range readRows(t, "testdata/syllables/gold.tsv", 3) {
		want, err := strconv.Atoi(f[1])
		if err != nil {
			t.Fatalf("bad count in %q", f)
		}
		total++
		if got := Syllables(f[0]); got == want {
			right++
		} else {
			t.Logf("miss: Syllables(%q) = %d, want %d (%s)", f[0], got, want, f[2])
		}
	}
	if total < 60 {
		t.Fatalf("gold list has %d words, want at least 60", total)
	}
	acc := float64(right) / float64(total)
	t.Logf("syllable counter: %d/%d right (%.1f %%)", right, total, 100*acc)
	if acc < 0.95 {
		t.Errorf("accuracy %.1f %% is below 95 %%", 100*acc)
	}
}

func TestSyllablesEdges(t *testing.T) {
	for w, want := range map[string]int{
		"":           1, // nothing to read still counts as one when used as a word
		"Awb":        1,
		"2026":       1,
		"EU-burger":  3,
		"en/of":      2,
		"AANVRAGER":  3,
		"Beëindigen": 4,
	} {
		if got := Syllables(w); got != want {
			t.Errorf("Syllables(%q) = %d, want %d", w, got, want)
		}
	}
}

func BenchmarkSyllables(b *testing.B) {
	words := strings.Fields("de belanghebbende verstrekt binnen veertien dagen na de dagtekening van de beschikking alle inlichtingen die voor de tegemoetkoming van belang zijn")
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Syllables(w)
		}
	}
}
