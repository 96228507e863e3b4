package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"phongtrao/generator/vn"
)

// story is one content/stories/*.md file.
type story struct {
	Slug      string
	Title     string
	Date      time.Time
	Unit      *unit
	People    []string
	Criterion string
	Summary   string
	Body      string
}

// makeStories invents n stories at random teams and dates, with unique slugs.
func makeStories(t *tree, n int, g *gen) []story {
	out := make([]story, 0, n)
	used := map[string]bool{}
	for range n {
		u := t.Teams[g.intn(len(t.Teams))]
		th := themes[g.intn(len(themes))]
		date := g.randomDate()
		people := []string{g.personOf(u.Kind, true), g.personOf(u.Kind, true)} // the text says "anh"
		fill := strings.NewReplacer("{thon}", lower(u.Name), "{xa}", lower(u.Parent.Name),
			"{tren}", lower(u.Parent.Parent.Name), "{nguoi}", people[0], "{nguoi2}", people[1],
			"{ngay}", fmt.Sprintf("%d/%d/%d", date.Day(), int(date.Month()), date.Year())).Replace
		s := story{Title: fill(g.pick(th.titles)), Date: date, Unit: u, People: people, Criterion: th.criterion}
		s.Slug = vn.Slug(s.Title)
		for k := 2; used[s.Slug]; k++ {
			s.Slug = vn.Slug(s.Title) + "-" + strconv.Itoa(k)
		}
		used[s.Slug] = true
		intro := fill(th.intro)
		s.Summary, _, _ = strings.Cut(intro, ". ")
		s.Summary += "."
		s.Body = g.body(th, intro, fill)
		out = append(out, s)
	}
	return out
}

// body assembles a story of about 300 words: an introduction, a heading, a
// paragraph, a list of four of the theme's points, a second heading, a
// reflection, a quote and a closing paragraph.
func (g *gen) body(th theme, intro string, fill func(string) string) string {
	var b strings.Builder
	para := func(s string) { b.WriteString(s + "\n\n") }
	para(intro)
	para("## " + th.heading)
	para(fill(th.detail))
	b.WriteString(g.pick(listLeads) + "\n\n")
	for _, i := range g.r.Perm(len(th.bullets))[:4] {
		b.WriteString("- " + fill(th.bullets[i]) + "\n")
	}
	b.WriteString("\n")
	para("## " + g.pick(headings))
	para(fill(g.pick(reflects)))
	para("> “" + g.pick(quotes) + "”")
	b.WriteString(fill(g.pick(closings)) + "\n")
	return b.String()
}

// frontMatter is the story's TOML front matter between +++ lines.
func (s story) frontMatter() string {
	var people []string
	for _, p := range s.People {
		people = append(people, strconv.Quote(p))
	}
	return "+++\n" +
		"title = " + strconv.Quote(s.Title) + "\n" +
		"date = " + s.Date.Format("2006-01-02") + "\n" +
		"unit = " + strconv.Quote(s.Unit.ID) + "\n" +
		"people = [" + strings.Join(people, ", ") + "]\n" +
		"criterion = " + strconv.Quote(s.Criterion) + "\n" +
		"summary = " + strconv.Quote(s.Summary) + "\n" +
		"consent = true\n" + // the demo's people agreed (content: consent rule)
		"+++\n\n"
}

// writeStories writes content/stories/<slug>.md for every story.
func writeStories(dir string, stories []story) error {
	for _, s := range stories {
		name := filepath.Join(dir, "content", "stories", s.Slug+".md")
		if err := os.WriteFile(name, []byte(s.frontMatter()+s.Body), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// storyDeeds are the deeds the stories tell, one each, linked by the story column.
func storyDeeds(stories []story) []deed {
	out := make([]deed, 0, len(stories))
	for _, s := range stories {
		out = append(out, deed{Date: s.Date, Unit: s.Unit, Kind: "viec-tot", Title: s.Title,
			People: s.People, Criterion: s.Criterion, Story: s.Slug})
	}
	return out
}
