package site

import (
	"testing"
	"time"

	"phongtrao/generator/publish"
)

func TestDemoBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("demo build skipped in -short mode")
	}
	in := loadSite(t, "../..")
	m := publish.NewMemory()
	start := time.Now()
	if err := Build(in, m, Options{}); err != nil {
		t.Fatal(err)
	}
	t.Logf("demo: %d files in %v", m.Len(), time.Since(start))
}
