package site

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/data"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// DirectoryView is the A–Z directory (.Directory): the index lists the
// letters and the units under the root with their children; a letter's page
// lists every unit whose name starts with it.
type DirectoryView struct {
	Letters []Link
	// Letter is the letter shown ("Đ"), empty on the index.
	Letter  string
	Entries []DirEntry
	// Pager links a letter's pages when it has more units than fit one page.
	Pager Pager
	// Tree is the units under the root and their children (index only);
	// without the children when they are more than DirectoryTreeInline.
	Tree []TreeEntry
}

// DirEntry is one unit in the directory.
type DirEntry struct {
	// Name is the name without its kind ("Quảng Hòa"); Kind is the kind ("Xã").
	Name, Kind, URL string
	Context         string
	// Merged says where a unit that ceased went ("sáp nhập vào Xã Z từ
	// 01/03/2025"), empty for the others.
	Merged string
}

// mergedNote is "sáp nhập vào <successor> từ <date>" for a unit that
// ceased by asOf (data/successions.csv), empty otherwise.
func (m *model) mergedNote(u *data.Unit) string {
	s, ok := m.set.Successor(u.ID)
	to := m.set.Units.ByID[s.To]
	if !ok || to == nil || m.res.AsOf.Before(s.Date) {
		return ""
	}
	return "sáp nhập vào " + m.unitName(to) + " từ " + s.Date.VN()
}

// TreeEntry is a unit under the root with its children: Count of them,
// listed in Children unless the tree is too large (DirectoryTreeInline).
type TreeEntry struct {
	Unit     Link
	Count    int
	Children []Link
}

// DirectoryTreeInline is the most units the directory's index lists under
// the units under the root. A country has 3,321 communes under its
// provinces: listed on one page, they weighed 241 KB. Above it, the index
// lists the provinces only, whose own pages list their communes. A
// province (Đắk Nông: 71 communes under 8 districts) stays under it.
var DirectoryTreeInline = 1000

// toneMarks are the combining marks of Vietnamese tones, which do not make a
// different letter (unlike the breve, circumflex and horn of ă, â, ê, ô, ơ, ư).
var toneMarks = map[rune]bool{'\u0300': true, '\u0301': true, '\u0303': true, '\u0309': true, '\u0323': true}

// letterSlugs spells the Vietnamese letters that are not plain ASCII the
// way Telex types them.
var letterSlugs = map[string]string{"Ă": "aw", "Â": "aa", "Đ": "dd", "Ê": "ee", "Ô": "oo", "Ơ": "ow", "Ư": "uw"}

// digitsLetter groups names starting with a digit ("Thôn 3" is listed as "3").
const digitsLetter = "0–9"

// bareName is a unit's name without its kind in front: "Xã Quảng Hòa" gives
// "Quảng Hòa", "Thôn 3" gives "3"; a name that is only its kind stays whole.
func bareName(u *data.Unit) string {
	k := strings.ToLower(u.Kind)
	if k != "" && len(u.Name) > len(k)+1 && strings.HasPrefix(strings.ToLower(u.Name), k+" ") {
		return strings.TrimSpace(u.Name[len(k)+1:])
	}
	return u.Name
}

// letterOf returns the directory letter of a name: its first character,
// upper case, without tone marks but keeping the letter's own marks, so
// "Đắk" is under "Đ", "Ấp" under "Â" and "Ea" under "E".
func letterOf(name string) string {
	for _, r := range name {
		if unicode.IsDigit(r) {
			return digitsLetter
		}
		if !unicode.IsLetter(r) {
			continue
		}
		var b []rune
		for _, d := range norm.NFD.String(string(unicode.ToUpper(r))) {
			if !toneMarks[d] {
				b = append(b, d)
			}
		}
		return norm.NFC.String(string(b))
	}
	return "#"
}

func letterSlug(l string) string {
	switch {
	case l == digitsLetter:
		return "so"
	case l == "#":
		return "khac"
	case letterSlugs[l] != "":
		return letterSlugs[l]
	}
	if s := vn.Slug(l); s != "" {
		return s
	}
	return "khac"
}

// directory returns every unit but the root grouped by letter, letters and
// entries in Vietnamese order; computed once and shared (read-only).
func (m *model) directory() (letters []string, byLetter map[string][]*data.Unit) {
	m.dirOnce.Do(func() { m.dirLetters, m.dirByLetter = m.groupByLetter() })
	return m.dirLetters, m.dirByLetter
}

func (m *model) groupByLetter() (letters []string, byLetter map[string][]*data.Unit) {
	byLetter = map[string][]*data.Unit{}
	for _, u := range m.set.Units.All {
		if u.Parent == nil {
			continue
		}
		l := letterOf(m.unitOf(u).bare)
		if byLetter[l] == nil {
			letters = append(letters, l)
		}
		byLetter[l] = append(byLetter[l], u)
	}
	sort.Slice(letters, func(i, j int) bool {
		a, b := letters[i], letters[j]
		if (a == digitsLetter) != (b == digitsLetter) {
			return a == digitsLetter
		}
		return vn.Less(a, b)
	})
	var names, wheres []string
	for _, u := range m.set.Units.All {
		if u.Parent != nil {
			in := m.unitOf(u)
			names, wheres = append(names, in.bare), append(wheres, in.context)
		}
	}
	nameRanks, whereRanks := vn.Ranks(names), vn.Ranks(wheres)
	for _, us := range byLetter {
		m.sortByName(us, nameRanks, whereRanks)
	}
	return letters, byLetter
}

func (m *model) letterLinks(letters []string, current string) []Link {
	out := make([]Link, len(letters))
	for i, l := range letters {
		out[i] = Link{URL: m.u.Path(urls.Letter(letterSlug(l))), Text: l, Current: l == current}
	}
	return out
}

func (m *model) directoryJobs() []job {
	letters, byLetter := m.directory()
	js := []job{{rel: "danh-ba/", layout: "directory.html", make: func() *Page {
		v := &DirectoryView{Letters: m.letterLinks(letters, "")}
		kids, n := m.sortedChildren(m.set.Units.Root), 0
		for _, k := range kids {
			n += len(m.childrenOf(k))
		}
		for _, k := range kids {
			te := TreeEntry{Unit: m.unitLink(k), Count: len(m.childrenOf(k))}
			if n <= DirectoryTreeInline {
				for _, c := range m.sortedChildren(k) {
					te.Children = append(te.Children, m.unitLink(c))
				}
			}
			v.Tree = append(v.Tree, te)
		}
		pg := m.page("directory", "danh-ba/", "Danh bạ đơn vị từ A đến Z", "tim-kiem")
		pg.Description = "Tìm " + m.info.Kinds.All + " theo chữ cái đầu."
		pg.Directory = v
		return pg
	}}}
	for _, l := range letters {
		us, rel := byLetter[l], urls.Letter(letterSlug(l))
		pages := pageCount(len(us), m.rows)
		for n := 1; n <= pages; n++ {
			js = append(js, job{rel: urls.Paged(rel, n), layout: "directory.html", make: func() *Page {
				v := &DirectoryView{Letters: m.letterLinks(letters, l), Letter: l, Pager: m.pager(rel, n, pages)}
				page := us[(n-1)*m.rows : min(n*m.rows, len(us))]
				v.Entries = make([]DirEntry, len(page))
				for i, u := range page {
					in := m.unitOf(u)
					v.Entries[i] = DirEntry{Name: in.bare, Kind: u.Kind, URL: in.url, Context: in.context, Merged: m.mergedNote(u)}
				}
				pg := m.page("directory", urls.Paged(rel, n), "Danh bạ: "+l, "tim-kiem")
				pg.Crumbs = []Link{{URL: m.u.Path("danh-ba/"), Text: "Danh bạ"}}
				if n > 1 {
					pg.Title += " – trang " + itoa(n)
					pg.Crumbs = append(pg.Crumbs, Link{URL: m.u.Path(rel), Text: "Danh bạ: " + l})
				}
				pg.Directory = v
				return pg
			}})
		}
	}
	return js
}
