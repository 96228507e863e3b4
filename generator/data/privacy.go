package data

import (
	"io/fs"
	"slices"

	"phongtrao/generator/config"
	"phongtrao/generator/diag"
	"phongtrao/generator/privacy"
	"phongtrao/generator/sheet"
)

// siteAllow is what site.toml's [privacy] allow lets the data files publish.
func siteAllow(site *config.Site) privacy.Allow {
	if site == nil {
		return nil
	}
	return site.Privacy.Allow
}

// codeColumns are deeds.csv's columns that hold codes and dates, checked
// for their own form: every other column is published text.
var codeColumns = []string{"date", "unit", "kind", "id", "criterion", "story", "recipient"}

// checkDeedPrivacy reports personal data in the published cells of a row of
// deeds.csv, at its column.
func checkDeedPrivacy(t *sheet.Table, r sheet.Row, allow privacy.Allow, errs *diag.List) {
	for c, h := range t.Header {
		if slices.Contains(codeColumns, h) {
			continue
		}
		cell := r.Cell(c)
		privacy.Report(errs, t.CellPos(r, c), cell, privacy.Scan(cell), allow, config.PrivacyHint)
	}
}

// checkUnitPrivacy reports personal data in the units' names and kinds, at
// their rows of units.csv.
func checkUnitPrivacy(units *Units, allow privacy.Allow, errs *diag.List) {
	for _, u := range units.All {
		for _, s := range [...]string{u.Name, u.Kind} {
			privacy.Report(errs, u.Pos, s, privacy.Scan(s), allow, config.PrivacyHint)
		}
	}
}

// checkCriteriaPrivacy reports personal data in criteria.toml's text
// (titles, labels, the plan's wording), at its line; comments are not
// published.
func checkCriteriaPrivacy(fsys fs.FS, allow privacy.Allow, errs *diag.List) {
	src, err := fs.ReadFile(fsys, CriteriaFile)
	if err != nil {
		return // loadCriteria says why
	}
	text := string(src)
	found := privacy.ScanTOML(text, func(string, string) bool { return false })
	privacy.Report(errs, diag.Pos{File: CriteriaFile, Line: 1, Col: 1}, text, found, allow, config.PrivacyHint)
}
