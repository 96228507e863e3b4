// Command sitegen writes a synthetic but valid campaign site (BRIEF.md §3:
// site.toml, data/units.csv, data/criteria.toml, data/reports/*.csv,
// data/deeds.csv and content/stories/*.md) at a chosen scale, for build-speed
// benchmarks. The site is the one generator/fixture invents for the scale
// and seed (see fixture.Province and fixture.National); sitegen writes it
// to disk, with the demo's criteria file. The output depends only on the
// scale and the seed.
//
//	go run ./bench/sitegen -scale province -out /tmp/bench/province
//	go run ./bench/sitegen -scale national -out /tmp/bench/national
package main
