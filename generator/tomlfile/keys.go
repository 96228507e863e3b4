package tomlfile

import (
	"strings"

	"github.com/BurntSushi/toml"
)

// KeyAt is a key of a TOML document and the 1-based line that sets it: a
// "name = value" line (its full path, with the table it is in), or a table
// header "[a.b]" or "[[a]]" (the table's path).
type KeyAt struct {
	Key  toml.Key
	Line int
}

// KeyLines lists the keys a TOML document sets, in document order, each
// with its line. The toml package keeps key positions to itself, so this is
// a small line scanner, the one every position of a key comes from: bare,
// quoted and dotted keys, table and array-table headers; lines inside a
// multi-line string (a value that opens three quotes without closing them
// on its line) are skipped.
func KeyLines(text string) []KeyAt {
	var out []KeyAt
	var table toml.Key
	closing := "" // the delimiter that ends the multi-line string we are in
	for i, raw := range strings.Split(text, "\n") {
		if closing != "" {
			if strings.Contains(raw, closing) {
				closing = ""
			}
			continue
		}
		line := strings.TrimLeft(raw, " \t")
		if strings.HasPrefix(line, "[") {
			if path, _ := readKey(strings.TrimLeft(line, "[ \t")); path != nil {
				table = path
				out = append(out, KeyAt{Key: path, Line: i + 1})
			}
			continue
		}
		path, rest := readKey(line)
		if path == nil || !strings.HasPrefix(rest, "=") {
			continue
		}
		full := append(append(toml.Key{}, table...), path...)
		out = append(out, KeyAt{Key: full, Line: i + 1})
		v := strings.TrimLeft(rest[1:], " \t")
		for _, d := range []string{`"""`, `'''`} {
			if strings.HasPrefix(v, d) && !strings.Contains(v[3:], d) {
				closing = d
			}
		}
	}
	return out
}

// KeyLine returns the line of the first place that sets key in text (see
// KeyLines), or 1 when none does.
func KeyLine(text string, key toml.Key) int {
	want := key.String()
	for _, k := range KeyLines(text) {
		if k.Key.String() == want {
			return k.Line
		}
	}
	return 1
}

// NearestKeyLine returns the line of key as KeyLine does, or when no line
// sets key itself (a key inside an inline table), the line of its nearest
// enclosing key that one does; 1 when none does.
func NearestKeyLine(text string, key toml.Key) int {
	keys := KeyLines(text)
	for n := len(key); n > 0; n-- {
		want := key[:n].String()
		for _, k := range keys {
			if k.Key.String() == want {
				return k.Line
			}
		}
	}
	return 1
}

// Block is one entry of an array of tables ([[a.b]]): the line of its
// header and the line of each key set directly in it (the first, when a
// key is set twice).
type Block struct {
	Line int
	Keys map[string]int
}

// At returns the line of key in the block, or of its header when the
// block does not set it.
func (b Block) At(key string) int {
	if l, ok := b.Keys[key]; ok {
		return l
	}
	return b.Line
}

// Blocks returns the entries of the array of tables at path (such as
// "campaign", "milestones") in document order, each with its key lines.
func Blocks(text string, path ...string) []Block {
	table := toml.Key(path).String()
	var out []Block
	for _, k := range KeyLines(text) {
		switch {
		case k.Key.String() == table:
			out = append(out, Block{Line: k.Line, Keys: map[string]int{}})
		case len(out) > 0 && len(k.Key) == len(path)+1 && toml.Key(k.Key[:len(path)]).String() == table:
			if _, dup := out[len(out)-1].Keys[k.Key[len(path)]]; !dup {
				out[len(out)-1].Keys[k.Key[len(path)]] = k.Line
			}
		}
	}
	return out
}

// readKey reads a (possibly dotted) key at the start of t and returns its
// parts and what follows the whole key, spaces trimmed; nil when t does
// not start with a key.
func readKey(t string) (toml.Key, string) {
	var key toml.Key
	for {
		var k string
		switch {
		case strings.HasPrefix(t, `"`) || strings.HasPrefix(t, `'`):
			end := strings.IndexByte(t[1:], t[0])
			if end < 0 {
				return nil, ""
			}
			k, t = t[1:end+1], t[end+2:]
		default:
			n := 0
			for n < len(t) && isBareKeyByte(t[n]) {
				n++
			}
			if n == 0 {
				return nil, ""
			}
			k, t = t[:n], t[n:]
		}
		key = append(key, k)
		t = strings.TrimLeft(t, " \t")
		if !strings.HasPrefix(t, ".") {
			return key, t
		}
		t = strings.TrimLeft(t[1:], " \t")
	}
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}
