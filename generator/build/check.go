package build

import (
	"fmt"
	"io"
	"sync"

	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

// Check does everything Build does except writing: it loads and validates
// the source, computes the results and renders every file, so that a
// template error or two pages claiming one address is found too, and
// throws the bytes away. It returns the project and the number of files a
// build would write.
func Check(opts Options) (*Project, int, error) {
	p, err := Load(opts)
	if err != nil {
		return nil, 0, err
	}
	d := &discard{seen: map[string]bool{}}
	if err := Render(p, results.Compute(p.Site, p.Data, p.AsOf, results.FromData(p.Data)...), d); err != nil {
		return nil, 0, err
	}
	return p, len(d.seen), nil
}

// discard is a publish.Writer that keeps only the paths written, refusing
// what a real output folder would refuse.
type discard struct {
	mu   sync.Mutex
	seen map[string]bool
}

// Create lets the results export stream into nothing, rather than be
// built whole in memory only to be thrown away.
func (d *discard) Create(rel string) (io.WriteCloser, error) {
	if err := d.WriteFile(rel, nil); err != nil {
		return nil, err
	}
	return nopCloser{io.Discard}, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

func (d *discard) WriteFile(rel string, _ []byte) error {
	c, err := publish.CleanRel(rel)
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen[c] {
		return fmt.Errorf("tệp %q được ghi hai lần", c)
	}
	d.seen[c] = true
	return nil
}
