// Command sitegen writes a synthetic but valid campaign site (BRIEF.md §3:
// site.toml, data/units.csv, data/criteria.toml, data/reports/*.csv,
// data/deeds.csv and content/stories/*.md) at a chosen scale, for build-speed
// benchmarks. The output depends only on the scale and the seed.
//
//	go run ./bench/sitegen -scale province -out /tmp/bench/province
//	go run ./bench/sitegen -scale national -out /tmp/bench/national
//
// The province scale mirrors the demo (713 teams, 30 stories); the national
// scale has 34 provinces, 3,321 communes, 82,200 teams, 13 months of reports
// (one file per month, about 1.07 million rows), about 1,070,000 deeds (criterion
// 4.7 asks every team for a deed every month) and
// 20,000 stories. Every name is invented from Vietnamese-looking pools except
// the province and district names, which are public facts.
package main
