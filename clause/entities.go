package clause

import "encoding/xml"

// xmlEntities holds the five XML entities and the HTML entities that
// encoding/xml accepts with xml.HTMLEntity, so that the text map decodes
// exactly what the XML decoder accepted.
var xmlEntities = func() map[string]rune {
	m := map[string]rune{"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\''}
	for k, v := range xml.HTMLEntity {
		r := []rune(v)
		if len(r) == 1 {
			m[k] = r[0]
		}
	}
	return m
}()
