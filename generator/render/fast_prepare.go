package render

import (
	"errors"
	"html/template"
	"io"
	"os"
	"reflect"
	"text/template/parse"
)

// This file prepares a page template set for the fast executor: it has
// html/template escape the set, checks that every construct in it is one
// the executor runs, and sets up the caches the executor fills as it goes.

// newFastSet escapes c (html/template escapes on first execution, so it is
// run once on nil data, whose result is ignored) and returns its trees, or
// nil when the set uses something the fast executor does not run.
func newFastSet(c *template.Template, funcs template.FuncMap) *fastSet {
	if os.Getenv(StandardEnv) == "1" {
		return nil
	}
	err := c.ExecuteTemplate(io.Discard, Base, nil)
	var he *template.Error
	if errors.As(err, &he) {
		return nil // an escaping error: html/template reports it on every Execute
	}
	f := &fastSet{trees: map[string]*parse.Tree{}, funcs: map[string]reflect.Value{}}
	for _, tt := range c.Templates() {
		if tt.Tree != nil && tt.Tree.Root != nil {
			f.trees[tt.Name()] = tt.Tree
		}
	}
	for k, v := range funcs {
		f.funcs[k] = reflect.ValueOf(v)
	}
	base, ok := f.trees[Base]
	if !ok || !f.supported(base.Root, map[string]bool{Base: true}) {
		return nil
	}
	f.compileAll()
	return f
}

// resolve finds what the function name stands for: an escaper that
// html/template inserted, a builtin, or a function of the set.
func (f *fastSet) resolve(name string) function {
	if esc, ok := escapers[name]; ok {
		return function{known: true, esc: esc}
	}
	if builtins[name] {
		return function{known: true, builtin: true}
	}
	fn, ok := f.funcs[name]
	return function{known: ok, fn: fn}
}

// trailingEscapers returns the names of the escapers a pipeline ends
// with, when the commands before them give the value to escape.
func trailingEscapers(p *parse.PipeNode) []string {
	k := len(p.Cmds)
	for k > 1 {
		c := p.Cmds[k-1]
		id, ok := c.Args[0].(*parse.IdentifierNode)
		if !ok || len(c.Args) != 1 || escapers[id.Ident] == nil {
			break
		}
		k--
	}
	var out []string
	for _, c := range p.Cmds[k:] {
		out = append(out, c.Args[0].(*parse.IdentifierNode).Ident)
	}
	return out
}

// supported reports whether every node under n, and every template it
// calls, is one the fast executor runs.
func (f *fastSet) supported(n parse.Node, seen map[string]bool) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *parse.ListNode:
		if n == nil {
			return true
		}
		for _, c := range n.Nodes {
			if !f.supported(c, seen) {
				return false
			}
		}
		return true
	case *parse.TextNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		return true
	case *parse.ActionNode:
		return f.supportedPipe(n.Pipe)
	case *parse.IfNode:
		return f.supportedBranch(&n.BranchNode, seen)
	case *parse.WithNode:
		return f.supportedBranch(&n.BranchNode, seen)
	case *parse.RangeNode:
		return f.supportedBranch(&n.BranchNode, seen)
	case *parse.TemplateNode:
		if !f.supportedPipe(n.Pipe) {
			return false
		}
		if seen[n.Name] {
			return true
		}
		seen[n.Name] = true
		t, ok := f.trees[n.Name]
		return ok && f.supported(t.Root, seen)
	}
	return false
}

func (f *fastSet) supportedBranch(b *parse.BranchNode, seen map[string]bool) bool {
	return f.supportedPipe(b.Pipe) && f.supported(b.List, seen) && f.supported(b.ElseList, seen)
}

func (f *fastSet) supportedPipe(p *parse.PipeNode) bool {
	if p == nil {
		return true
	}
	for _, c := range p.Cmds {
		for _, a := range c.Args {
			if !f.supportedArg(a) {
				return false
			}
		}
	}
	return true
}

func (f *fastSet) supportedArg(a parse.Node) bool {
	switch a := a.(type) {
	case *parse.IdentifierNode:
		_, esc := escapers[a.Ident]
		_, fn := f.funcs[a.Ident]
		return esc || fn || builtins[a.Ident]
	case *parse.PipeNode:
		return f.supportedPipe(a)
	case *parse.ChainNode:
		return f.supportedArg(a.Node)
	case *parse.FieldNode, *parse.VariableNode, *parse.DotNode, *parse.StringNode,
		*parse.NumberNode, *parse.BoolNode:
		return true
	}
	return false
}
