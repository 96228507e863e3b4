package serve

import (
	"fmt"

	"phongtrao/generator/build"
	"phongtrao/generator/content"
	"phongtrao/generator/diag"
)

// reloadContent reloads content/ for a project whose site.toml and data/
// have not changed, and runs the checks build.Load makes between content
// and data, so that the project is the one build.Load would return. It
// mirrors build.Load's content steps (knownFrom, checkDeedStories), which
// package build does not export; TestIncrementalEqualsFullBuild guards
// that the two stay the same.
func reloadContent(prev *build.Project) (*build.Project, error) {
	var errs diag.List
	pages, cerrs := content.Load(prev.FS, knownOf(prev))
	errs.Append(cerrs)
	stories := map[string]bool{}
	for _, pg := range pages {
		if pg.Section == content.Stories {
			stories[pg.Slug] = true
		}
	}
	for _, d := range prev.Data.Deeds {
		if d.Story != "" && !stories[d.Story] {
			errs.Add(d.Pos, fmt.Sprintf("cột story: không có bài viết %q trong content/stories/", d.Story),
				"ghi tên tệp bài viết không có đuôi .md, ví dụ tra-lai-vi-tien")
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	next := *prev
	next.Pages = pages
	return &next, nil
}

// knownOf is what content is checked against: the data's units and
// criteria and the campaign's dates (build's knownFrom).
func knownOf(p *build.Project) content.Known {
	site, set := p.Site, p.Data
	k := content.Known{Start: site.Campaign.Start, End: site.Campaign.End, Criteria: map[string]bool{}}
	if set.Units != nil && len(set.Units.ByID) > 0 {
		k.Unit = func(id string) bool { _, ok := set.Units.ByID[id]; return ok }
	}
	for _, c := range set.Criteria {
		k.Criteria[c.ID] = true
	}
	return k
}
