package privacy

import "strings"

// ScanTOML returns what looks like personal data in the published values
// of a TOML file, with offsets in text: each line is scanned as plain text,
// except comment lines and the lines of the keys skip tells apart (by the
// line's table, "" at the top, and its key, "" for a table's header or an
// array's continuation line).
func ScanTOML(text string, skip func(table, key string) bool) []Finding {
	var out []Finding
	table := ""
	for off := 0; off < len(text); {
		line, _, _ := strings.Cut(text[off:], "\n")
		t := strings.TrimSpace(line)
		key := ""
		switch {
		case strings.HasPrefix(t, "#"):
		case strings.HasPrefix(t, "["):
			table = strings.TrimSpace(strings.Trim(t, "[]"))
		default:
			if k, _, ok := strings.Cut(t, "="); ok {
				key = strings.Trim(strings.TrimSpace(k), `"'`)
			}
			if skip(table, key) {
				break
			}
			for _, f := range Scan(line) {
				f.Off += off
				f.End += off
				out = append(out, f)
			}
		}
		off += len(line) + 1
	}
	return out
}
