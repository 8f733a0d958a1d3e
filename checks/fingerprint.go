package checks

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// UnitHash returns a short hash of the text of a unit and everything in it
// (16 hex digits). It does not depend on where the unit stands in the file,
// so it survives lines being inserted above it.
func UnitHash(u *clause.Unit) string {
	h := sha256.New()
	u.Walk(func(x *clause.Unit) bool {
		h.Write([]byte(x.Heading))
		h.Write([]byte{0})
		h.Write([]byte(x.Text))
		h.Write([]byte{0})
		return true
	})
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// setFingerprints gives every diagnostic of one document its Fingerprint:
// a hash of the rule, the structural id, the text of the unit (UnitHash;
// the message for a finding about the document as a whole) and the number
// of earlier diagnostics with the same three. Positions play no part, so a
// fingerprint survives lines moving; a change of the unit's text changes
// it. The diagnostics must be sorted by position.
func setFingerprints(doc *clause.Document, diags []Diagnostic) {
	hashes := map[string]string{}
	seen := map[string]int{}
	for i := range diags {
		d := &diags[i]
		text := d.Message
		if u := doc.Unit(d.Unit); u != nil && d.Unit != "" {
			h, ok := hashes[d.Unit]
			if !ok {
				h = UnitHash(u)
				hashes[d.Unit] = h
			}
			text = h
		}
		key := strings.Join([]string{d.Rule, d.Unit, text}, "\x00")
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		d.Fingerprint = hex.EncodeToString(sum[:])[:32]
	}
}
