package render

import (
	"bytes"
	"html/template"
	"io"
	"os"
	"sync/atomic"

	"phongtrao/generator/render/internal/fastexec"
)

// StandardEnv names the environment variable that, set to "1", turns the
// fast executor (internal/fastexec) off: every page then goes through
// html/template, to rule the executor out when a page looks wrong.
const StandardEnv = "PHONGTRAO_STD_TEMPLATES"

// compileFast compiles each page's set for the fast executor; a page it
// cannot run, and every page under StandardEnv=1, is left out and
// rendered by html/template.
func compileFast(run map[string]*template.Template, fm template.FuncMap) map[string]*fastexec.Program {
	progs := map[string]*fastexec.Program{}
	if os.Getenv(StandardEnv) == "1" {
		return progs
	}
	for name, c := range run {
		if p := fastexec.Compile(c, Base, fm); p != nil {
			progs[name] = p
		}
	}
	return progs
}

// executeFast renders page name with the fast executor when it can (a
// compiled page, written into a buffer) and reports whether it did;
// otherwise w is untouched and Execute uses html/template.
func (t *Templates) executeFast(w io.Writer, name string, data any) bool {
	p, buf := t.fast[name], (*bytes.Buffer)(nil)
	if b, ok := w.(*bytes.Buffer); ok {
		buf = b
	}
	if p == nil || buf == nil || !p.Execute(buf, data) {
		t.stats.std.Add(1)
		return false
	}
	t.stats.fast.Add(1)
	return true
}

// fastStats counts the pages rendered by each executor.
type fastStats struct{ fast, std atomic.Int64 }

// Stats returns how many pages the fast executor rendered and how many
// went to html/template (a layout construct or value it leaves to it).
func (t *Templates) Stats() (fast, standard int64) {
	return t.stats.fast.Load(), t.stats.std.Load()
}
