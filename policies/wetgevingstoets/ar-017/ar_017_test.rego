package wetlint.rules.wetgevingstoets["AR-017_test"]

import data.wetlint.rules.wetgevingstoets["AR-017"] as rule
import data.wetlint.testing as t

retro(subject, text, day, month) := {"kind": "retroactive", "subject": subject, "text": text, "start": 0, "end": count(text), "day": day, "month": month, "year": 2026, "date": "", "when": "", "when_start": 0, "when_end": 0}

day_after := {"kind": "day-after", "subject": "deze wet", "text": "treedt in werking", "start": 0, "end": 5, "day": 0, "month": 0, "year": 0, "date": "", "when": "", "when_start": 0, "when_end": 0}

with_entry(id, text, es) := t.merge(t.unit(id, text), {"entry": es})

with_toelichting(doc, texts) := object.union(doc, {"toelichting": {
	"present": true,
	"units": {sprintf("tl/sec:%d", [i]): {"id": sprintf("tl/sec:%d", [i]), "kind": "toelichting-sectie", "text": x, "lower": lower(x)} | some i, x in texts},
	"articles": {},
}})

units := [
	with_entry("art:12", "Deze wet treedt in werking met ingang van de dag na de datum van uitgifte van het Staatsblad waarin zij wordt geplaatst en werkt terug tot en met 1 januari 2026.", [day_after, retro("deze wet", "werkt terug tot en met 1 januari 2026", 1, 1)]),
	with_entry("art:12", "Artikel 3 werkt terug tot en met 1 januari 2026.", [retro("artikel 3", "werkt terug tot en met 1 januari 2026", 1, 1)]),
	with_entry("art:12", "Indien het Staatsblad waarin deze wet wordt geplaatst, wordt uitgegeven na 1 januari 2026, werkt zij terug tot en met 1 januari 2026.", [retro("indien het staatsblad waarin deze wet", "werkt zij terug tot en met 1 januari 2026", 1, 1)]),
	with_entry("art:12", "De vergoeding wordt met terugwerkende kracht tot en met 1 januari 2026 verhoogd.", [retro("de vergoeding", "met terugwerkende kracht tot en met 1 januari 2026", 1, 1)]),
]

test_fail_no_reason_in_toelichting if {
	every u in units {
		every tl in [
			[],
			["Deze wet regelt de tegemoetkoming."],
			["De wet werkt terug tot en met 1 januari 2026."],
			["Terugwerkende kracht is nodig omdat de regeling al per persbericht is aangekondigd."],
		] {
			r := rule.report with input as with_toelichting(t.doc([u]), tl)
			count(r) == 1
			some f in r
			f.rule == "AR-017"
			f.unit == "art:12"
			not f.severity
		}
	}
}

test_info_without_toelichting if {
	every u in units {
		r := rule.report with input as t.doc([u])
		count(r) == 1
		some f in r
		f.severity == "info"
	}
}

test_pass_explained if {
	every u in units {
		r := rule.report with input as with_toelichting(t.doc([u]), ["Algemeen.", "De wet werkt terug tot en met 1 januari 2026, omdat de tegemoetkoming bij persbericht van 3 oktober 2025 is aangekondigd met ingang van die datum."])
		count(r) == 0
	}
}

test_pass_not_the_regulation if {
	every u in [
		with_entry("art:4", "De intrekking of wijziging werkt terug tot en met het tijdstip waarop de subsidie is vastgesteld.", [retro("de intrekking of wijziging", "werkt terug tot en met het tijdstip waarop", 0, 0)]),
		with_entry("art:4", "Indien de zorgverzekering is ingegaan binnen vier maanden, werkt de inschrijving terug tot en met de dag waarop zij is ingegaan.", [retro("indien de zorgverzekering is ingegaan binnen vier maanden,", "werkt de inschrijving terug tot en met de dag waarop", 0, 0)]),
	] {
		count(rule.report) == 0 with input as t.doc([u])
	}
}

test_pass_quoted if {
	u := t.merge(units[1], {"quoted": true})
	count(rule.report) == 0 with input as t.doc([u])
}
