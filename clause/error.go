package clause

import "fmt"

// A ParseError is a problem that stops a reader, with the place where it
// was found. Line and Column follow the conventions of [Pos]; they are 0
// when the error has no position (an empty file, say).
type ParseError struct {
	Path   string
	Line   int
	Column int
	Msg    string
}

func (e *ParseError) Error() string {
	switch {
	case e.Path == "":
		if e.Line > 0 {
			return fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Msg)
		}
		return e.Msg
	case e.Line > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
	default:
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
}
