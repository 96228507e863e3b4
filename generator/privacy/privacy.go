package privacy

import (
	"slices"
	"strings"
)

// Kind is what a finding looks like.
type Kind int

// The kinds of personal data Scan finds.
const (
	Phone     Kind = iota + 1 // a mobile or landline number
	CitizenID                 // a citizen ID (CCCD), twelve digits
	OldID                     // an identity card number (CMND), nine digits
	Email                     // an e-mail address
	Address                   // the start of a home address
)

// String names the kind in Vietnamese, for messages.
func (k Kind) String() string {
	switch k {
	case Phone:
		return "số điện thoại"
	case CitizenID:
		return "số căn cước công dân (12 chữ số)"
	case OldID:
		return "số chứng minh nhân dân (9 chữ số)"
	case Email:
		return "địa chỉ thư điện tử (e-mail)"
	case Address:
		return "địa chỉ nhà riêng"
	}
	return "dữ liệu cá nhân"
}

// Finding is one piece of a source that looks like personal data.
type Finding struct {
	// Off and End bound the source bytes the finding was read from.
	Off, End int
	Kind     Kind
	// Key is the value in a form that does not depend on how it was
	// written ("0912.345.678" and "+84 912 345 678" are both 0912345678):
	// what allow lists compare.
	Key string
	// Shown is the value masked, for a message: every digit but the last
	// three hidden ("•••• ••• 678"), an address's digits all hidden, an
	// e-mail address's local part hidden ("•••@congan.gov.vn").
	Shown string
}

// match is a finding in a text, before it is mapped back to the source.
type match struct {
	start, end int
	kind       Kind
}

// Scan returns what looks like personal data in src, plain text as
// written in a data file (a CSV cell, a TOML line), in source order.
func Scan(src string) []Finding { return scan(src, false) }

// ScanMarkdown is Scan for Markdown: emphasis markers and backslash
// escapes are not what a reader sees ("0912**345**678" is a phone number),
// and a single line end is only a line wrap.
func ScanMarkdown(src string) []Finding { return scan(src, true) }

// scan scans each paragraph of src that may hold a finding: nothing is
// found across a paragraph's end, and most paragraphs hold no digit.
func scan(src string, markdown bool) []Finding {
	var out []Finding
	for off := 0; off < len(src); {
		n := paragraph(src[off:], markdown)
		if p := src[off : off+n]; mayHold(p) {
			for _, f := range scanParagraph(p, markdown) {
				f.Off += off
				f.End += off
				out = append(out, f)
			}
		}
		off += n
	}
	return out
}

// paragraph returns the length of the paragraph at the start of s, its
// line end included: in Markdown, up to and with a blank line; else one
// line.
func paragraph(s string, markdown bool) int {
	end := 0
	for end < len(s) {
		line, _, found := strings.Cut(s[end:], "\n")
		end += len(line)
		if found {
			end++
		}
		if !markdown || strings.TrimSpace(line) == "" {
			break
		}
	}
	return end
}

// scanParagraph finds what looks like personal data in one paragraph.
func scanParagraph(src string, markdown bool) []Finding {
	t := foldText(src, markdown)
	ms := numbers(t.s)
	ms = append(ms, emails(t.s)...)
	ms = append(ms, addresses(t.s)...)
	slices.SortFunc(ms, func(a, b match) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	var out []Finding
	end := 0
	for _, m := range ms {
		if m.start < end {
			continue // inside the one before ("0912345678@mail.vn")
		}
		end = m.end
		seen := t.s[m.start:m.end]
		f := Finding{Off: t.from[m.start], End: t.to[m.end-1], Kind: m.kind, Key: key(m.kind, seen)}
		if m.kind == Address {
			f.Shown = maskDigits(strings.Join(strings.Fields(t.source(src, m.start, m.end)), " "), 0)
		} else {
			f.Shown = mask(m.kind, seen)
		}
		out = append(out, f)
	}
	return out
}

// mayHold reports whether src may hold anything Scan finds: every finding
// holds a digit or an "@", in ASCII or full-width (U+FF10–U+FF20, which
// UTF-8 writes after the bytes EF BC), or written as an entity ("&commat;").
func mayHold(src string) bool {
	return strings.ContainsAny(src, "0123456789@&") || strings.Contains(src, "\xef\xbc")
}

// key is the value seen (as text holds it) of a finding of kind k, as
// allow lists compare it.
func key(k Kind, seen string) string {
	switch k {
	case Phone, CitizenID, OldID:
		d := onlyDigits(seen)
		if strings.HasPrefix(seen, "+84") {
			if d = d[2:]; !strings.HasPrefix(d, "0") {
				d = "0" + d
			}
		}
		return d
	case Email:
		return strings.ToLower(seen)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(seen) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// mask hides a number's digits but the last three, an e-mail address's
// local part.
func mask(k Kind, seen string) string {
	if k == Email {
		_, domain, _ := strings.Cut(seen, "@")
		return "•••@" + domain
	}
	return maskDigits(seen, 3)
}

// maskDigits replaces every ASCII digit of s but the last keep with "•".
func maskDigits(s string, keep int) string {
	hide := len(onlyDigits(s)) - keep
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' && hide > 0 {
			b.WriteString("•")
			hide--
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Allow is a set of values a file publishes on purpose (a public hotline):
// a finding whose Key is in it is not personal data.
type Allow map[string]bool

// NewAllow returns the set of what Scan finds in values, and the values in
// which it finds nothing: they allow nothing, which the caller reports.
func NewAllow(values []string) (Allow, []string) {
	a := Allow{}
	var empty []string
	for _, v := range values {
		found := Scan(v)
		if len(found) == 0 {
			empty = append(empty, v)
		}
		for _, f := range found {
			a[f.Key] = true
		}
	}
	return a, empty
}

// Has reports whether f is allowed. A nil Allow allows nothing.
func (a Allow) Has(f Finding) bool { return a[f.Key] }

// With returns the union of a and b.
func (a Allow) With(b Allow) Allow {
	out := make(Allow, len(a)+len(b))
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}
