package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"phongtrao/generator/internal/glossary"
)

// glossaryFile is the one document allowed to cite a banned form, in
// straight double quotes ("tiêu chí"), to say it is banned.
const glossaryFile = "bang-thuat-ngu.md"

// quoted is a citation in straight double quotes within a line.
var quoted = regexp.MustCompile(`"[^"\n]*"`)

// TestSourceWords reads every string literal of the generator's non-test
// Go files (comments are for developers, in English, and are not read),
// the text files compiled into the generator (the search script, the
// fixture's criteria), the Vietnamese docs (docs/*.md, README.md) and
// what officers copy from: the theme's templates (layouts/, comments
// included) and the demo's TOML files. It reports each banned form with
// its file and line.
func TestSourceWords(t *testing.T) {
	var problems []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			// The glossary package holds the banned forms themselves, as
			// docs/bang-thuat-ngu.md cites them.
			if p != "." && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) || p == filepath.Join("internal", "glossary") {
				return filepath.SkipDir
			}
			return nil
		}
		name := filepath.ToSlash(filepath.Join("generator", p))
		switch ext := filepath.Ext(p); {
		case ext == ".go" && !strings.HasSuffix(p, "_test.go"):
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			found, err := goLiteralWords(name, src)
			problems = append(problems, found...)
			return err
		case ext == ".js" || ext == ".toml":
			b, err := os.ReadFile(p)
			problems = append(problems, textWords(name, 1, string(b), false)...)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, pattern := range []string{"../docs/*.md", "../README.md", "../layouts/*.html", "../layouts/*/*.html", "../data/*.toml"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	// The glossary, four guides, README.md, some twenty templates and
	// criteria.toml: a moved folder must not make an empty pass.
	if len(files) < 25 {
		t.Fatalf("found only %v to read", files)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimPrefix(filepath.ToSlash(p), "../")
		problems = append(problems, textWords(name, 1, string(b), filepath.Base(p) == glossaryFile)...)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// goLiteralWords parses the Go file name (src) and returns a problem
// "name:line: form: text" for each banned form in one of its string
// literals.
func goLiteralWords(name string, src []byte) ([]string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var problems []string
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			s = lit.Value
		}
		problems = append(problems, textWords(name, fset.Position(lit.Pos()).Line, s, false)...)
		return true
	})
	return problems, nil
}

// textWords returns a problem "name:line: form: text" for each form
// the glossary bans (package glossary, the same forms generator/qa's
// TestGlossary bans on the built pages) in text, whose first line is line firstLine of name. In the
// glossary (citations) a form cited in straight double quotes is let
// through.
func textWords(name string, firstLine int, text string, citations bool) []string {
	if citations {
		text = quoted.ReplaceAllStringFunc(text, func(q string) string {
			return strings.Repeat(" ", len(q)) // keeps the offsets, so the line numbers
		})
	}
	var problems []string
	for _, f := range glossary.Words {
		for _, loc := range f.Matches(text) {
			line := firstLine + strings.Count(text[:loc[0]], "\n")
			problems = append(problems, name+":"+strconv.Itoa(line)+": "+f.Name+": "+strconv.Quote(text[loc[0]:loc[1]]))
		}
	}
	return problems
}

// TestSourceWordsCatch: the checks of TestSourceWords flag the banned forms
// in a Go literal and in a doc written by hand, at the right line, and let
// the glossary's words, comments and the glossary's own citations through.
func TestSourceWordsCatch(t *testing.T) {
	goSrc := `package x

// A comment may say tiêu chí: it is not read.
var a = "nội dung thi đua 4.7 thiếu target"

func f() string {
	return fmt.Sprintf("tiêu chí %q thiếu title", "4.7")
}

var b = []string{"Tỷ lệ tổ đạt", ` + "`Tỉ lệ\ntổ đạt`" + `, "80,5%", "80,5 %"}
`
	got, err := goLiteralWords("x.go", []byte(goSrc))
	if err != nil {
		t.Fatal(err)
	}
	// Worked out by hand: line 7 holds the Sprintf format; line 10 starts
	// the raw string "Tỉ lệ⏎tổ đạt", whose line break puts the literal
	// "80,5 %" on line 11; lines 3 (a comment) and 4 (the glossary's
	// words) are clean, and so is "80,5%".
	want := []string{
		`x.go:7: "tiêu chí"`,
		`x.go:10: "Tỉ lệ"`,
		`x.go:11: a space before "%"`,
	}
	checkProblems(t, "Go source", got, want)

	doc := "# Hướng dẫn\n\nMỗi tiêu\nchí một dòng.\n\nTỷ lệ ≥ 80 % là đạt; không viết \"tiêu chí\".\n"
	// Line 3 wraps "tiêu / chí" onto line 4 (reported at its start), line
	// 6 has "80 %"; in an ordinary doc the quoted "tiêu chí" counts too.
	checkProblems(t, "doc", textWords("docs/a.md", 1, doc, false), []string{
		`docs/a.md:3: "tiêu chí"`,
		`docs/a.md:6: "tiêu chí"`,
		`docs/a.md:6: a space before "%"`,
	})
	// In the glossary the quoted citation passes, the rest does not.
	checkProblems(t, "glossary", textWords("docs/"+glossaryFile, 1, doc, true), []string{
		`docs/bang-thuat-ngu.md:3: "tiêu chí"`,
		`docs/bang-thuat-ngu.md:6: a space before "%"`,
	})
}

// TestSourceWordsCatchCommonNouns: a capitalised common noun mid-sentence
// is flagged, the force's full name (even wrapped), "Tổ dân phố 3" and a
// unit's name are not.
func TestSourceWordsCatchCommonNouns(t *testing.T) {
	doc := "Có 34 Tổ bảo\nvệ an ninh, trật tự; 5 Tổ đạt, Tổ dân phố 3 và Xã Quảng Sơn.\nXếp hạng Xã/Phường.\n"
	// Worked out by hand: "34 Tổ bảo⏎vệ" is the name (glossary reads
	// across the line break); "5 Tổ đạt" (line 2) is flagged; "Tổ dân phố"
	// follows ", " and "Xã Quảng" a capital: not flagged; "hạng Xã/"
	// (line 3) is flagged.
	checkProblems(t, "common nouns", textWords("docs/b.md", 1, doc, false), []string{
		`docs/b.md:2: a common noun capitalised mid-sentence`,
		`docs/b.md:3: a common noun capitalised mid-sentence`,
	})
}

// checkProblems says what differs between the problems got and those
// wanted, each wanted one given by its start ("file:line: form").
func checkProblems(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d problems %q, want %d", what, len(got), got, len(want))
		return
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("%s: problem %d is %q, want it to start %q", what, i, got[i], want[i])
		}
	}
}
