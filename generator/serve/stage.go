package serve

import (
	"fmt"
	"path"
	"runtime/debug"
	"strings"

	"phongtrao/generator/build"
	"phongtrao/generator/media"
	"phongtrao/generator/results"
	"phongtrao/generator/site"
)

// stage is how much of the build a change forces to run again. Stages are
// ordered: a later stage includes every earlier one.
type stage int

const (
	// stageNone is a change the build does not read.
	stageNone stage = iota
	// stageRender re-renders the pages with the kept project and results
	// (layouts/, static/).
	stageRender
	// stageContent reloads content/ and re-renders, keeping the data and
	// the results, which do not depend on content.
	stageContent
	// stageAll reloads everything (site.toml, data/, an overflowed watcher).
	stageAll
)

// String names the work a stage does, for the log line.
func (s stage) String() string {
	switch s {
	case stageRender:
		return "vẽ lại trang"
	case stageContent:
		return "nạp lại nội dung, vẽ lại trang"
	case stageAll:
		return "nạp lại toàn bộ"
	default:
		return "không cần dựng lại"
	}
}

// inputRoots maps each top-level name of the source folder that the build
// reads to the stage a change under it forces. Everything else at the top
// level (public/, README, Go code, scripts) is not watched.
var inputRoots = map[string]stage{
	"site.toml": stageAll,
	"data":      stageAll,
	"content":   stageContent,
	"layouts":   stageRender,
	"static":    stageRender,
}

// stageOf returns the stage a change at rel (slash-separated, relative to
// the source folder) forces, or stageNone when the build does not read rel.
func stageOf(rel string) stage {
	if rel == "" || rel == "." || ignoredPath(rel) {
		return stageNone
	}
	top, _, _ := strings.Cut(rel, "/")
	if top == "static" && media.IsPhoto(rel) {
		// Pages name a photo's versions by their content, written when
		// content/ is parsed (content.ParseWith).
		return stageContent
	}
	return inputRoots[top]
}

// ignoredPath reports whether rel is never part of the site: a dot file or
// folder anywhere on the path (.git, .#notes.md), or an editor's temporary
// file.
func ignoredPath(rel string) bool {
	for _, seg := range strings.Split(rel, "/") {
		if strings.HasPrefix(seg, ".") && seg != "." {
			return true
		}
	}
	return isTempFile(path.Base(rel))
}

// isTempFile reports whether name is an editor's or a tool's temporary
// file: backups ending in "~", Vim's swap files and its "4913" write test,
// Emacs lock files ".#*", JetBrains' "*___jb_tmp___" and "*___jb_old___",
// and GNOME's ".goutputstream*".
func isTempFile(name string) bool {
	switch {
	case strings.HasSuffix(name, "~"),
		strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"), strings.HasSuffix(name, ".swo"),
		name == "4913",
		strings.HasPrefix(name, ".#"),
		strings.Contains(name, "___jb_"),
		strings.HasPrefix(name, ".goutputstream"):
		return true
	}
	return false
}

// render writes every output file of a loaded project, as build does
// (the tests compare the preview with it).
var render = build.Render

// pipeline reruns the build's stages and keeps what the last good build
// loaded, so that a change reruns only the stages after it. It is used by
// one goroutine at a time.
type pipeline struct {
	opts build.Options
	proj *build.Project
	res  *results.Results
	// export is the results export of res, rendered on first use and
	// shared by every build until the results are computed again.
	export *export
	// plan is the last good build's plan, which the next one reuses
	// what it can from.
	plan *site.Plan
	// owed is the earliest stage a failed rebuild left undone: a content
	// edit after a broken data file must still reload the data.
	owed stage
	// reloadContent reloads content/ over a kept project
	// (build.ReloadContent; a test may replace it).
	reloadContent func(*build.Project) (*build.Project, error)
}

func newPipeline(opts build.Options) *pipeline {
	return &pipeline{opts: opts, owed: stageAll, reloadContent: build.ReloadContent}
}

// run brings the site up to date after a change forcing stage st and
// returns the new build, ready to render any file on demand, or the errors
// that stopped it. Pages are not rendered here: the caller renders those
// it needs at once and the rest later. On error the kept project and
// results are those of the last good build, and the stage is owed to the
// next run.
func (p *pipeline) run(st stage) (b *built, ran stage, err error) {
	st = max(st, p.owed)
	if p.proj == nil {
		st = stageAll
	}
	p.owed, ran = st, st
	defer func() {
		if r := recover(); r != nil {
			b = nil
			err = fmt.Errorf("lỗi nội bộ của trình dựng trang: %v\n%s", r, debug.Stack())
		}
	}()
	proj, res, exp := p.proj, p.res, p.export
	switch st {
	case stageAll:
		proj, err = build.Load(p.opts)
		if err != nil {
			return nil, ran, err
		}
		res = results.Compute(proj.Site, proj.Data, proj.AsOf, results.FromData(proj.Data)...)
		exp = newExport(res)
	case stageContent:
		proj, err = p.reloadContent(proj)
		if err != nil {
			return nil, ran, err
		}
	}
	plan, err := prepare(p.plan, proj, res)
	if err != nil {
		return nil, ran, err
	}
	p.proj, p.res, p.export, p.plan, p.owed = proj, res, exp, plan, stageNone
	return planBuilt(plan, exp), ran, nil
}

// prepare readies the site's pages of a loaded project as build renders
// them (the same build.SiteInput and Options as build), reusing what
// it can from the last plan.
func prepare(last *site.Plan, proj *build.Project, res *results.Results) (*site.Plan, error) {
	return site.PrepareFrom(last, build.SiteInput(proj, res), site.Options{})
}
