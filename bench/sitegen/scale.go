package main

import (
	"fmt"
	"sort"
	"strings"
)

// Scale is the size of a synthetic site.
type Scale struct {
	// Name is the -scale flag value.
	Name string
	// Provinces is the number of provinces under a national root; 0 means
	// the root is itself a province whose children are Districts.
	Provinces int
	// Districts are the district names under a province root.
	Districts []string
	// Communes, Teams, Deeds and Stories are totals over the whole site.
	Communes int
	Teams    int
	Deeds    int
	Stories  int
}

// scales are the sizes the -scale flag accepts.
var scales = map[string]Scale{
	// Like the demo: Đắk Nông before July 2025, 8 district-level units,
	// 71 communes, 713 teams, 30 stories and about 5,400 deeds.
	"province": {
		Name: "province",
		Districts: []string{"Thành phố Gia Nghĩa", "Huyện Cư Jút", "Huyện Đắk Glong", "Huyện Đắk Mil",
			"Huyện Đắk R'Lấp", "Huyện Đắk Song", "Huyện Krông Nô", "Huyện Tuy Đức"},
		Communes: 71, Teams: 713, Deeds: 5400, Stories: 30,
	},
	// The whole country after the 2025 reform: 34 provinces, 3,321 communes.
	"national": {
		Name: "national", Provinces: 34,
		Communes: 3321, Teams: 82200, Deeds: 1070000, Stories: 20000,
	},
}

// scaleNames lists the accepted -scale values, sorted.
func scaleNames() string {
	var names []string
	for n := range scales {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// lookupScale returns the named scale.
func lookupScale(name string) (Scale, error) {
	s, ok := scales[name]
	if !ok {
		return Scale{}, fmt.Errorf("unknown scale %q (use %s)", name, scaleNames())
	}
	return s, nil
}
