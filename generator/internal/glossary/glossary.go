// Package glossary holds the forms docs/bang-thuat-ngu.md bans from what
// residents and officers read, as patterns, so that the two tests that
// keep to it share one list: generator/qa's TestGlossary on the built
// pages, and generator's TestSourceWords on the messages, docs, templates
// and TOML files.
package glossary

import (
	"regexp"
	"unicode/utf8"
)

// Form is one banned form: what it is and what to write instead (Name),
// and its pattern.
type Form struct {
	Name string
	Re   *regexp.Regexp
}

// Words are the forms banned wherever an officer or a resident reads. White
// space inside a form may be any, a line break too: docs wrap their lines
// (a page's text is read a block at a time, so a form never spans two).
var Words = []Form{
	// 4.1–4.7 are the plan's "nội dung thi đua"; KH-591 never says
	// "tiêu chí".
	{`"tiêu chí" (the plan's term for 4.1–4.7 is "nội dung thi đua")`, regexp.MustCompile(`[Tt]iêu\s+chí`)},
	{`"Tỉ lệ" (the glossary writes "Tỷ lệ")`, regexp.MustCompile(`[Tt]ỉ\s+lệ`)},
	{`a space before "%" ("80,5 %"; write "80,5%")`, regexp.MustCompile(`[0-9][ \x{00a0}]%`)},
	// A common noun is lower case mid-sentence: "5 tổ đạt", "0/2 tổ",
	// "các tổ:", "xếp hạng xã/phường": flagged after a lower-case letter,
	// a digit or "/", before a lower-case word or "/:,.;)". Capitalised
	// stay a sentence's or a header's first word, a level's label in
	// brackets ("(Tổ)": "(" before it), a kind starting a unit's name
	// ("Xã Quảng Sơn": a capital follows) and the names Matches lets
	// through.
	{`a common noun capitalised mid-sentence ("5 Tổ đạt", "các Tổ:", "hạng Xã/Phường"; write "tổ", "xã")`,
		regexp.MustCompile(`[\p{Ll}0-9/]\s(Tổ|Xã|Phường|Huyện|Thị trấn|Thành phố)([/:,.;)]|\s\p{Ll})`)},
}

// name is what makes a capitalised "Tổ" a name, read from the white space
// before it: the force's full name "Tổ bảo vệ an ninh, trật tự" (wrapped
// or not), "Tổ quốc", "Tổ dân phố 3".
var name = regexp.MustCompile(`^\sTổ\s+(bảo\s+vệ|quốc|dân\s+phố)`)

// Matches returns where f occurs in text, as regexp's [start, end) pairs,
// leaving out the matches that end in a name (a match starts with the
// character before the noun).
func (f Form) Matches(text string) [][]int {
	var out [][]int
	for _, loc := range f.Re.FindAllStringIndex(text, -1) {
		if _, size := utf8.DecodeRuneInString(text[loc[0]:]); !name.MatchString(text[loc[0]+size:]) {
			out = append(out, loc)
		}
	}
	return out
}
