package serve

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestLogNamesTheSavedFileNotTheTemporaryOne(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content/stories"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/stories/a.md"), nil, 0o644)
	// sed -i writes content/stories/sedAbc12 and renames it over a.md.
	got := existing(dir, []string{"content/stories/sedAbc12", "content/stories/a.md"})
	if !reflect.DeepEqual(got, []string{"content/stories/a.md"}) || describe(got) != "content/stories/a.md" {
		t.Errorf("got %v", got)
	}
	// A deletion: nothing exists, every path is named.
	if got := existing(dir, []string{"content/b.md", "content/c.md"}); describe(got) != "content/b.md và 1 tệp khác" {
		t.Errorf("deletions: %v", got)
	}
}
