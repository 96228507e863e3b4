package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"phongtrao/generator/build"
)

func TestStageOf(t *testing.T) {
	cases := []struct {
		rel  string
		want stage
	}{
		{"site.toml", stageAll},
		{"data", stageAll},
		{"data/deeds.csv", stageAll},
		{"data/reports/2025-01.csv", stageAll},
		{"content/stories/a.md", stageContent},
		{"content/news/2025/b.md", stageContent},
		{"layouts/_base.html", stageRender},
		{"layouts/partials/head.html", stageRender},
		{"static/css/site.css", stageRender},
		{"static/anh/cuu-ho.JPG", stageContent}, // pages name its versions by their hash
		// Not read by the build.
		{"public/index.html", stageNone},
		{"README.md", stageNone},
		{"generator/main.go", stageNone},
		{"site.toml.bak", stageNone},
		{".git/index", stageNone},
		{"content/.git/x.md", stageNone},
		{"content/stories/.a.md.swp", stageNone},
		// Editors' temporary files.
		{"content/stories/a.md~", stageNone},
		{"content/stories/a.md.swp", stageNone},
		{"content/stories/a.md.swx", stageNone},
		{"content/stories/4913", stageNone},
		{"content/stories/.#a.md", stageNone},
		{"content/stories/a.md___jb_tmp___", stageNone},
		{"content/stories/a.md___jb_old___", stageNone},
		{"data/.goutputstream-XY12", stageNone},
		{"", stageNone},
	}
	for _, c := range cases {
		if got := stageOf(c.rel); got != c.want {
			t.Errorf("stageOf(%q) = %v, want %v", c.rel, got, c.want)
		}
	}
}

// TestPipelineReusesStages checks what each kind of change reloads: the
// kept project and results are the very same values when the change does
// not touch them.
func TestPipelineReusesStages(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, fixtureSite, dir)
	p := newPipeline(build.Options{Source: dir})
	if _, ran, err := p.run(stageRender); err != nil || ran != stageAll {
		t.Fatalf("first run: %v, ran %v; want a full load whatever the change", err, ran)
	}
	proj, res := p.proj, p.res

	story := filepath.Join(dir, "content/stories/a.md")
	b, _ := os.ReadFile(story)
	os.WriteFile(story, []byte(strings.Replace(string(b), "Anh A", "Anh Nguyễn Văn A", 1)), 0o644)
	if _, ran, err := p.run(stageContent); err != nil || ran != stageContent {
		t.Fatalf("content run: %v, ran %v", err, ran)
	}
	if p.proj == proj || p.proj.Data != proj.Data || p.res != res {
		t.Errorf("a content change must reload the pages only, keeping data and results")
	}
	if !strings.Contains(string(p.proj.Pages[0].HTML), "Anh Nguyễn Văn A") {
		t.Errorf("the story was not reloaded: %q", p.proj.Pages[0].HTML)
	}

	proj = p.proj
	if _, ran, err := p.run(stageRender); err != nil || ran != stageRender || p.proj != proj || p.res != res {
		t.Errorf("a layout change must keep project and results (ran %v, %v)", ran, err)
	}
	if _, _, err := p.run(stageAll); err != nil || p.proj.Data == proj.Data || p.res == res {
		t.Errorf("a data change must reload everything (%v)", err)
	}
}

// TestPipelineSurvivesPanics: a bug in a stage is an error on the page, not
// a dead server, and the stage is owed to the next run.
func TestPipelineSurvivesPanics(t *testing.T) {
	p := newPipeline(build.Options{Source: fixtureSite})
	if _, _, err := p.run(stageAll); err != nil {
		t.Fatal(err)
	}
	p.reloadContent = func(*build.Project) (*build.Project, error) { panic("hỏng") }
	if _, _, err := p.run(stageContent); err == nil || !strings.Contains(err.Error(), "lỗi nội bộ của trình dựng trang: hỏng") {
		t.Fatalf("panic came back as %v", err)
	}
	p.reloadContent = build.ReloadContent
	if _, ran, err := p.run(stageRender); err != nil || ran != stageContent {
		t.Errorf("after a failed content stage a layout change ran %v (%v), want the owed content stage", ran, err)
	}
}

func TestExplainWatchErr(t *testing.T) {
	cases := []struct {
		err  error
		want []string
	}{
		{fmt.Errorf("add: %w", syscall.ENOSPC), []string{"content: không theo dõi được", "fs.inotify.max_user_watches", "sudo sysctl fs.inotify.max_user_watches=524288", "/etc/sysctl.d/"}},
		{syscall.EMFILE, []string{"quá nhiều tệp đang mở", "fs.inotify.max_user_instances", "ulimit -n"}},
		{syscall.EACCES, []string{"content: không theo dõi được thay đổi: permission denied"}},
	}
	for _, c := range cases {
		msg := explainWatchErr("content", c.err).Error()
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%v: message lacks %q:\n%s", c.err, w, msg)
			}
		}
	}
}
