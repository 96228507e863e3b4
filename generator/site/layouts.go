package site

import (
	"html/template"

	"phongtrao/generator/diag"
	"phongtrao/generator/render"
	"phongtrao/generator/theme"
)

// ParseLayouts parses the layouts of the site at source (its layouts/ over
// the built-in theme's) before there is a model, so that check and build
// report a layout's syntax error together with the problems of the
// inputs. The site's functions are those of an empty model: a parse only
// checks their names, and Prepare binds the real ones when it renders
// with the result (Input.Layouts). problems and err are render.Parse's.
func ParseLayouts(source string) (p *render.Parsed, problems *diag.List, err error) {
	return render.Parse(new(model).funcs(), theme.Layouts(source)...)
}

// loadLayouts returns the layouts ready to render with the model's
// functions: in.Layouts when given and not used yet, else the layouts
// parsed afresh from disk (the live preview's later builds, after a
// layout changed).
func loadLayouts(in Input, minify func(string) (string, error), funcs template.FuncMap) (*render.Templates, error) {
	if t, ok := in.Layouts.Templates(minify, funcs); ok {
		return t, nil
	}
	return render.LoadMinified(minify, funcs, theme.Layouts(in.Source)...)
}
