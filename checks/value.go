package checks

import (
	"github.com/open-policy-agent/opa/v1/ast"
)

// The policy input is built directly as OPA values, without a JSON round
// trip. These helpers keep that readable.

type kv struct {
	k string
	v *ast.Term
}

// obj builds an object term from key-value pairs.
func obj(pairs ...kv) *ast.Term {
	items := make([][2]*ast.Term, len(pairs))
	for i, p := range pairs {
		items[i] = [2]*ast.Term{ast.StringTerm(p.k), p.v}
	}
	return ast.ObjectTerm(items...)
}

func str(s string) *ast.Term   { return ast.StringTerm(s) }
func num(n int) *ast.Term      { return ast.IntNumberTerm(n) }
func boolean(b bool) *ast.Term { return ast.BooleanTerm(b) }

func arr(ts []*ast.Term) *ast.Term {
	if ts == nil {
		ts = []*ast.Term{}
	}
	return ast.ArrayTerm(ts...)
}

func strs(ss []string) *ast.Term {
	ts := make([]*ast.Term, len(ss))
	for i, s := range ss {
		ts[i] = str(s)
	}
	return arr(ts)
}

func ints(ns []int) *ast.Term {
	ts := make([]*ast.Term, len(ns))
	for i, n := range ns {
		ts[i] = num(n)
	}
	return arr(ts)
}
