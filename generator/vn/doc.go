// Package vn handles Vietnamese text the way the site needs it: folding for
// search (Fold, Words), URL slugs (Slug), Vietnamese collation (Compare,
// Less, SortStrings, Collator) and Vietnamese number, percent and date forms
// (FormatInt, FormatDecimal, FormatD, Percent, Date, MonthName).
//
// Every function is pure and safe for concurrent use.
package vn
