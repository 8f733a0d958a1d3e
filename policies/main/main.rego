# METADATA
# title: wetlint entry point
# description: |
#   Gathers the findings of every enabled rule. The engine puts the enabled
#   rules in data.wetlint.meta.rules ({id: {family, scope}}) and evaluates
#   data.wetlint.main.report once per document (scope "all"), or per chunk of
#   articles (scope "article") and once for the document-level rules (scope
#   "document") when the language server re-checks after an edit.
package wetlint.main

report contains finding if {
	some id, rule in data.wetlint.meta.rules
	wanted(rule.scope)
	some finding in data.wetlint.rules[rule.family][id].report
}

wanted(_) if input.scope == "all"

wanted(scope) if scope == input.scope
