package sheet

import (
	"encoding/csv"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

// record is what one reader makes of one record: its fields, the (line,
// byte column) of each, or the error that stopped it.
type record struct {
	Fields []string
	Pos    [][2]int
	Err    string
}

// stdRecords reads src with encoding/csv set up as the old loader had it.
func stdRecords(src string, comma rune) []record {
	r := csv.NewReader(strings.NewReader(src))
	r.Comma = comma
	r.FieldsPerRecord = -1
	var out []record
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return append(out, record{Err: err.Error()})
			}
			return append(out, record{Err: pe.Err.Error(), Pos: [][2]int{{pe.Line, pe.Column}}})
		}
		got := record{Fields: rec}
		for i := range rec {
			l, c := r.FieldPos(i)
			got.Pos = append(got.Pos, [2]int{l, c})
		}
		out = append(out, got)
	}
}

// ourRecords reads src with the parser, turning offsets into (line, byte
// column) the way Table.posIn does.
func ourRecords(src string, comma byte) []record {
	p := &parser{src: src, comma: comma}
	var out []record
	for {
		cells, ok, perr := p.record(nil)
		if perr != nil {
			return append(out, record{Err: perr.err.Error(), Pos: [][2]int{{perr.line, perr.col}}})
		}
		if !ok {
			return out
		}
		got := record{Fields: []string{}}
		start := p.at(cells[0])
		for _, c := range cells {
			at := p.at(c)
			line, lineStart := p.start, start
			if k := strings.LastIndexByte(src[start:at], '\n'); k >= 0 {
				line += strings.Count(src[start:at], "\n")
				lineStart = start + k + 1
			}
			got.Fields = append(got.Fields, p.value(c))
			got.Pos = append(got.Pos, [2]int{line, at - lineStart + 1})
		}
		out = append(out, got)
	}
}

// parserCases are the corners of encoding/csv's behaviour: blank lines,
// CRLF and a lone CR, quotes that span lines, doubled quotes, and each of
// its errors, including the file ending inside quotes.
var parserCases = []string{
	"",
	"a,b\n1,2\n",
	"a,b\r\n1,2\r\n",
	"a,b\n\n\n1,2",
	"a,b\r\n\r\n1,2\r",
	"a,b\n1,2\r",
	"a\r\rb,c\r\r\n",
	"a,\"b\nc\",d\ne,f\n",
	"\"x\",\"y\"\"z\",\"\"\n",
	"\"a\r\nb\",c\r\n",
	"a,\"b\n\n\nc\"\n",
	"a,b\"c\n",
	"a,\"b\"c\n",
	"a,\"b\n",
	"a,\"b",
	"a,\"b\r",
	"a,\"b\n\r",
	"x\n\"a\nb\nc",
	"a,\"b\nc\"d,e\n",
	"a,,\n,,\n",
	"a,\n",
	"  ,  \n",
	"thôn-1,\"Xã, Bon\",2024-09\n",
	"a;\"b;c\";d\n",
	"\"\"\n",
	"\"\"\"\"\n",
	"\"a\"\n\"b\"",
	"\"a\"\r\n",
	"\"a\"\rb\n",
	"a,\"\"\"\n",
}

func TestParserMatchesEncodingCSV(t *testing.T) {
	for _, src := range parserCases {
		for _, comma := range []byte{',', ';'} {
			want, got := stdRecords(src, rune(comma)), ourRecords(src, comma)
			if !reflect.DeepEqual(want, got) {
				t.Errorf("%q with %q:\n got %v\nwant %v", src, comma, got, want)
			}
		}
	}
}

// FuzzParser compares the parser with encoding/csv on any input:
// go test -fuzz FuzzParser ./generator/sheet
func FuzzParser(f *testing.F) {
	for _, src := range parserCases {
		f.Add(src, true)
	}
	f.Fuzz(func(t *testing.T, src string, semicolon bool) {
		comma := byte(',')
		if semicolon {
			comma = ';'
		}
		want, got := stdRecords(src, rune(comma)), ourRecords(src, comma)
		if !reflect.DeepEqual(want, got) {
			t.Errorf("%q with %q:\n got %v\nwant %v", src, comma, got, want)
		}
	})
}
