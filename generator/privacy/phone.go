package privacy

import "strings"

// Vietnamese phone numbers since 2018: a mobile number is ten digits,
// 0 then 3, 5, 7, 8 or 9 ("0912 345 678"); a landline is eleven, 02 then
// the area code and the subscriber ("0261 3544 123", "024 3825 1234").
// Written internationally, +84 replaces the leading 0.

// phone reports whether run is a phone number: a mobile or a landline in
// one piece or in groups of at least two digits.
func phone(s string, run []group) (Kind, bool) {
	if len(run) > 1 && shortest(run) < 2 {
		return 0, false
	}
	return Phone, isNational(digits(s, run))
}

// international reports whether the groups after "+84" make a phone
// number: the national number without its 0 ("+84 912 345 678"), or with
// it ("+84 0912 345 678").
func international(s string, run []group) bool {
	d := digits(s, run)
	return isNational("0"+d) || isNational(d)
}

// isNational reports whether d, digits only, is a mobile or landline number.
func isNational(d string) bool {
	switch {
	case len(d) == 10 && d[0] == '0':
		return strings.IndexByte("35789", d[1]) >= 0
	case len(d) == 11:
		return strings.HasPrefix(d, "02")
	}
	return false
}
