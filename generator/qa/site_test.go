package qa

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"phongtrao/generator/build"
	"phongtrao/generator/internal/toolskip"
	sitepkg "phongtrao/generator/site"
)

// demoSource is the demo site at the repository root.
const demoSource = "../.."

// builtSite is the demo built once per test binary and shared by the tests.
type builtSite struct {
	dir     string          // output folder
	files   map[string]bool // every written file, slash-separated and relative to dir
	list    []string        // the same, sorted
	base    *url.URL        // site.toml's baseURL
	project *build.Project  // the loaded source (units, for picking pages)

	parseOnce sync.Once
	pages     map[string]*page // every .html file, parsed
	parseErr  error

	sampleOnce sync.Once
	sampled    []sample // one page of each kind
	unbuilt    []string // kinds with no page
}

var (
	shared   *builtSite
	buildErr error
	tmpRoot  string

	// split is the demo built with site.CriterionTeamsInline,
	// site.BulletinUnitsInline, site.DirectoryTreeInline and
	// site.DeedListMax at 0, so that it has the pages a country's site has
	// and a province's has not: per unit under the root, a page of the
	// teams meeting a criterion and a page of bulletins; a directory index
	// without the communes; and lists of deeds cut to their newest.
	split    *builtSite
	splitErr error
)

// buildSplitDemo builds the demo as buildDemo does, with the limits a
// country's site goes over at 0 (site.CriterionTeamsInline,
// site.BulletinUnitsInline, site.DirectoryTreeInline, site.DeedListMax).
// It runs before the
// tests, which may build the demo themselves, not during them.
func buildSplitDemo(out string) (*builtSite, error) {
	limits := []*int{&sitepkg.CriterionTeamsInline, &sitepkg.BulletinUnitsInline, &sitepkg.DirectoryTreeInline, &sitepkg.DeedListMax}
	for _, l := range limits {
		defer func(v int) { *l = v }(*l)
		*l = 0
	}
	return buildDemo(out)
}

// TestMain builds the demo once into a temporary folder for every test and
// removes it afterwards.
func TestMain(m *testing.M) {
	var err error
	tmpRoot, err = os.MkdirTemp("", "qa-site-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	shared, buildErr = buildDemo(filepath.Join(tmpRoot, "public"))
	split, splitErr = buildSplitDemo(filepath.Join(tmpRoot, "split"))
	code := toolskip.Main(m, "generator/qa")
	os.RemoveAll(tmpRoot)
	os.Exit(code)
}

// buildDemo builds the demo into out and lists what was written.
func buildDemo(out string) (*builtSite, error) {
	return buildSite(build.Options{Source: demoSource, Out: out})
}

// buildSite builds the site of opts.Source into opts.Out and lists what
// was written.
func buildSite(opts build.Options) (*builtSite, error) {
	if _, err := build.Build(opts); err != nil {
		return nil, fmt.Errorf("building %s: %v", opts.Source, err)
	}
	out := opts.Out
	p, err := build.Load(build.Options{Source: opts.Source, AsOf: opts.AsOf})
	if err != nil {
		return nil, err
	}
	base, err := url.Parse(p.Site.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("site.toml baseURL %q: %v", p.Site.BaseURL, err)
	}
	files, err := listFiles(out)
	if err != nil {
		return nil, err
	}
	s := &builtSite{dir: out, files: map[string]bool{}, list: files, base: base, project: p}
	for _, f := range files {
		s.files[f] = true
	}
	return s, nil
}

// listFiles returns every regular file under dir, slash-separated, sorted.
func listFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(out)
	return out, err
}

// site returns the shared build, failing the test when the build failed.
func site(t *testing.T) *builtSite {
	t.Helper()
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return shared
}

// read returns a written file's bytes.
func (s *builtSite) read(rel string) ([]byte, error) {
	return os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(rel)))
}

// eachHTML calls fn with the path and bytes of every written .html
// file, in path order, failing the test when one cannot be read.
func (s *builtSite) eachHTML(t *testing.T, fn func(file string, b []byte)) {
	t.Helper()
	for _, f := range s.list {
		if !strings.HasSuffix(f, ".html") {
			continue
		}
		b, err := s.read(f)
		if err != nil {
			t.Fatal(err)
		}
		fn(f, b)
	}
}

// htmlPages returns every parsed .html page, keyed by its file path.
func (s *builtSite) htmlPages(t *testing.T) map[string]*page {
	t.Helper()
	s.parseOnce.Do(func() {
		s.pages = map[string]*page{}
		for _, f := range s.list {
			if !strings.HasSuffix(f, ".html") {
				continue
			}
			b, err := s.read(f)
			if err != nil {
				s.parseErr = err
				return
			}
			s.pages[f] = parsePage(f, b)
		}
	})
	if s.parseErr != nil {
		t.Fatal(s.parseErr)
	}
	return s.pages
}

// basePath is the path of baseURL with leading and trailing "/".
func (s *builtSite) basePath() string {
	p := "/" + strings.Trim(s.base.Path, "/") + "/"
	if p == "//" {
		return "/"
	}
	return p
}

// pageURL returns the URL a page is served at: "a/index.html" is served at
// "<base>a/", "404.html" at "<base>404.html".
func (s *builtSite) pageURL(rel string) *url.URL {
	p := s.basePath() + rel
	if strings.HasSuffix(p, "/index.html") {
		p = strings.TrimSuffix(p, "index.html")
	}
	return &url.URL{Scheme: s.base.Scheme, Host: s.base.Host, Path: p}
}

// servePath is the path part of pageURL, for a local server.
func (s *builtSite) servePath(rel string) string { return s.pageURL(rel).Path }
