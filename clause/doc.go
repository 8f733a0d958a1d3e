// Package clause is wetlint's model of a piece of legislation: a tree of
// structural units (hoofdstuk, titel, afdeling, paragraaf, artikel, lid,
// onderdeel, subonderdeel) with exact source positions, document metadata,
// the toelichting and the wetlint directives found in the source.
//
// # Positions
//
// Every unit and sentence carries a [Span] into the original bytes of the
// file. A [Pos] holds three forms of the same place:
//
//   - Offset: 0-based byte offset into the source as read (after an
//     optional transcoding to UTF-8; see the readers).
//   - Line: 1-based line number; lines end at "\n", "\r\n" or "\r".
//   - Column: 1-based column counted in Unicode code points (runes) from the
//     start of the line. A byte-order mark at the start of the file is not
//     counted.
//
// The LSP converts to UTF-16 code units at its own boundary.
//
// # Text
//
// A unit's Text is its own normalised text: the text of its paragraphs with
// markup removed, character references decoded, every run of white space
// (including no-break spaces) collapsed to one space, and paragraphs joined by
// "\n". Text of child units is not included. The unit keeps a [TextMap] from
// byte offsets in Text back to byte offsets in the source, so that a finding
// about a few words of a lid points at exactly those words in the file.
//
// # Identifiers
//
// Units have a structural id built from their kind and number:
// "art:3/lid:2/ond:b/sub:1°". Divisions are paths of their own
// ("hfd:2/par:1"); articles are not nested under divisions in their id,
// because article numbers are unique in a regulation. A second unit with the
// same id gets a suffix "#2". See docs/clause-model.md.
//
// The package imports none of the readers: each reader (clause/markdown,
// clause/xmlread) imports this package, and clause/detect dispatches.
package clause
