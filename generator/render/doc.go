// Package render turns page data into HTML with the site's layouts: Go
// html/template files in layouts/, one base layout (_base.html) that every
// page template fills through {{define "main"}} and friends, and shared
// partials under layouts/partials/. Templates run with
// Option("missingkey=error") and one FuncMap of Vietnamese formatting
// (numbers 1.234,5, percentages 80,5%, dates dd/mm/yyyy, status words).
//
// Template errors, at parse time or while executing, come back as
// diag.Diagnostic values at "layouts/<file>:line[:col]" so an officer who
// edits a layout sees where the mistake is. What the layouts alone decide
// (syntax, and what html/template's escaper refuses) is found by Parse,
// which the build runs while it loads the inputs (site.ParseLayouts), so
// that those problems are reported with the inputs' in one run; the
// parsed sets are then rendered with (Parsed.Templates), not parsed again.
// What depends on the data is found while executing.
//
// A page is executed by internal/fastexec when it can (fast.go), which
// gives the same bytes as html/template in less time, and by html/template
// otherwise; PHONGTRAO_STD_TEMPLATES=1 (StandardEnv) leaves every page to
// html/template.
package render
