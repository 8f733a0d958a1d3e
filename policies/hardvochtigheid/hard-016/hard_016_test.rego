package wetlint.rules.hardvochtigheid["HARD-016_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-016"] as rule

test_fail_label_that_excludes if {
	every txt in [
		"Aan een belanghebbende bij wie sprake is van opzet of grove schuld wordt geen persoonlijke betalingsregeling aangeboden.",
		"Indien de terugvordering het gevolg is van opzet of grove schuld, is de belanghebbende uitgesloten van kwijtschelding.",
	] {
		count(rule.report) == 1 with input as h.doc([h.unit("art:31", txt, [], [])], [])
	}
}

# polarity: opzet of grove schuld as a threshold that protects
test_pass_protective_threshold if {
	every txt in [
		"Indien het aan opzet of grove schuld van de belanghebbende is te wijten dat onjuiste gegevens zijn verstrekt, kan de Dienst Toeslagen een bestuurlijke boete opleggen.",
		"De tegemoetkoming wordt niet teruggevorderd, tenzij sprake is van opzet of grove schuld.",
		"Een betalingsregeling wordt niet geweigerd indien geen opzet of grove schuld is vastgesteld.",
		# an exclusion that gives way when there was no intent or gross negligence
		"Van kwijtschelding is uitgesloten degene wiens schuld voortkomt uit een boete, tenzij hem geen opzet of grove schuld kan worden verweten.",
	] {
		count(rule.report) == 0 with input as h.doc([h.unit("art:40", txt, [], [])], [])
	}
}
