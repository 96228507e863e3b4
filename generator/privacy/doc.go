// Package privacy finds what looks like personal data in published text:
// a phone number (mobile or landline), a citizen ID (CCCD, 12 digits) or an
// old identity card number (CMND, 9 digits), an e-mail address, or the
// start of a home address. The site publishes aggregates and commendations
// only (BRIEF.md §6), so every published field is checked with it: pages,
// the data files' text, site.toml.
//
// It reads text as a reader sees it (text.go): HTML entities decoded, every
// kind of blank (no-break spaces from Word, line wraps) folded into one
// space, zero-width characters and, in Markdown, emphasis markers dropped,
// full-width digits made ASCII and diacritics removed, so that
// "0912&#32;345 678", "0912**345**678" and "so nha 12" are found like
// "0912 345 678" and "số nhà 12". One file per kind of identifier:
// phone.go, id.go, email.go, address.go; number.go reads the digit runs
// the first two share.
//
// A finding carries its source offsets, a key that does not depend on how
// the value was written (for allow lists: Allow) and the value masked for
// messages, which never quote personal data back in full (report.go).
package privacy
