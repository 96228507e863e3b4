package fastexec

import (
	"errors"
	"html/template"
	"io"
	"reflect"
	"text/template/parse"
)

// This file prepares a template set for Execute: it has html/template
// escape the set, checks that every construct in it is one the executor
// runs, and compiles it.

// Compile compiles the template name of t and every template it calls,
// with funcs, the functions t was parsed with (html/template does not
// give them back). html/template escapes a set on its first execution, so
// Compile runs t once on nil data, ignoring the result. It returns nil
// when the set uses something Execute does not run, or does not escape
// (html/template then reports the error on every execution).
func Compile(t *template.Template, name string, funcs template.FuncMap) *Program {
	err := t.ExecuteTemplate(io.Discard, name, nil)
	if he := (*template.Error)(nil); errors.As(err, &he) {
		return nil
	}
	p := &Program{trees: map[string]*parse.Tree{}, funcs: map[string]reflect.Value{}}
	for _, tt := range t.Templates() {
		if tt.Tree != nil && tt.Tree.Root != nil {
			p.trees[tt.Name()] = tt.Tree
		}
	}
	for k, v := range funcs {
		p.funcs[k] = reflect.ValueOf(v)
	}
	entry, ok := p.trees[name]
	if !ok || !p.supported(entry.Root, map[string]bool{name: true}) {
		return nil
	}
	p.compileAll(name)
	return p
}

// resolve finds what the function name stands for: an escaper that
// html/template inserted, a builtin, or a function of the set.
func (p *Program) resolve(name string) function {
	if esc, ok := escapers[name]; ok {
		return function{known: true, esc: esc}
	}
	if builtins[name] {
		return function{known: true, builtin: true}
	}
	fn, ok := p.funcs[name]
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
func (p *Program) supported(n parse.Node, seen map[string]bool) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *parse.ListNode:
		if n == nil {
			return true
		}
		for _, c := range n.Nodes {
			if !p.supported(c, seen) {
				return false
			}
		}
		return true
	case *parse.TextNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		return true
	case *parse.ActionNode:
		return p.supportedPipe(n.Pipe)
	case *parse.IfNode:
		return p.supportedBranch(&n.BranchNode, seen)
	case *parse.WithNode:
		return p.supportedBranch(&n.BranchNode, seen)
	case *parse.RangeNode:
		return p.supportedBranch(&n.BranchNode, seen)
	case *parse.TemplateNode:
		if !p.supportedPipe(n.Pipe) {
			return false
		}
		if seen[n.Name] {
			return true
		}
		seen[n.Name] = true
		t, ok := p.trees[n.Name]
		return ok && p.supported(t.Root, seen)
	}
	return false
}

func (p *Program) supportedBranch(b *parse.BranchNode, seen map[string]bool) bool {
	return p.supportedPipe(b.Pipe) && p.supported(b.List, seen) && p.supported(b.ElseList, seen)
}

func (p *Program) supportedPipe(pipe *parse.PipeNode) bool {
	if pipe == nil {
		return true
	}
	for _, c := range pipe.Cmds {
		for _, a := range c.Args {
			if !p.supportedArg(a) {
				return false
			}
		}
	}
	return true
}

func (p *Program) supportedArg(a parse.Node) bool {
	switch a := a.(type) {
	case *parse.IdentifierNode:
		_, esc := escapers[a.Ident]
		_, fn := p.funcs[a.Ident]
		return esc || fn || builtins[a.Ident]
	case *parse.PipeNode:
		return p.supportedPipe(a)
	case *parse.ChainNode:
		return p.supportedArg(a.Node)
	case *parse.FieldNode, *parse.VariableNode, *parse.DotNode, *parse.StringNode,
		*parse.NumberNode, *parse.BoolNode:
		return true
	}
	return false
}
