package privacy

import (
	"strings"

	"phongtrao/generator/tomlfile"
)

// ScanTOML returns what looks like personal data in the published values
// of a TOML file, with offsets in text: each line is scanned as plain text,
// except comment lines, table headers and the lines skip tells apart (by
// the line's table, "" at the top, and its key within that table, "" for a
// line that sets no key, such as an array's continuation). Tables and keys
// are those tomlfile.KeyLines finds.
func ScanTOML(text string, skip func(table, key string) bool) []Finding {
	keys := map[int]tomlfile.KeyAt{}
	for _, k := range tomlfile.KeyLines(text) {
		keys[k.Line] = k
	}
	var out []Finding
	var table []string
	for off, n := 0, 1; off < len(text); n++ {
		line, _, _ := strings.Cut(text[off:], "\n")
		t := strings.TrimSpace(line)
		k, isKey := keys[n]
		switch {
		case strings.HasPrefix(t, "#"):
		case isKey && strings.HasPrefix(t, "["):
			table = k.Key
		default:
			key := ""
			if isKey {
				key = strings.Join(k.Key[len(table):], ".")
			}
			if skip(strings.Join(table, "."), key) {
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
