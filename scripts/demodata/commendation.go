package main

import (
	"fmt"
	"strings"
)

// commendationColumns are deeds.csv's columns for a commendation
// (khen-thuong): the form of award, the decision, collective or individual.
var commendationColumns = []string{"award", "decision", "recipient"}

// commendation gives the award, decision and recipient of deed d, the
// n-th deed (from 1), when it is a commendation; empty cells otherwise.
// Nothing is drawn at random, so adding these columns left every other
// cell of the demo as it was. Every commendation of the demo is given by
// a commune or district chairman or by a police chief, whose form of
// award is the Giấy khen; its decision is dated the deed's day, numbered
// from the deed's place, and coded by who signs it (QĐ-UBND for a
// People's Committee, QĐ-CAT for the province police, QĐ-CAH for a
// district's). A team commended for its year's work is a collective.
func commendation(d deed, n int) []string {
	if d.award != nil {
		return d.award
	}
	if d.Kind != "khen-thuong" {
		return []string{"", "", ""}
	}
	code := "UBND"
	switch {
	case strings.HasPrefix(d.RecognizedBy, "Công an tỉnh"):
		code = "CAT"
	case strings.HasPrefix(d.RecognizedBy, "Công an"):
		code = "CAH"
	}
	decision := fmt.Sprintf("Quyết định số %d/QĐ-%s ngày %d/%d/%d", 1+n*37%480, code,
		d.Date.Day(), int(d.Date.Month()), d.Date.Year())
	recipient := "ca-nhan"
	if strings.Contains(d.Title, "tổ hoàn thành") {
		recipient = "tap-the"
	}
	return []string{"Giấy khen", decision, recipient}
}
