// Package facts derives what a legislative lawyer sees in a draft from the
// clause model: references and where they point, definitions, article
// numbering, deadlines and who must meet them, actors. Facts are plain
// data; the policies (Rego) decide what is wrong with them.
//
// Offsets in facts are byte offsets into the unit's Text; the checks
// package converts them to rune offsets for the policy input.
package facts
