package export

import (
	"bytes"
	"encoding/json"

	"phongtrao/generator/results"
)

// JSONPath is where the JSON export is written, relative to the output folder.
const JSONPath = "du-lieu/ket-qua.json"

type jsonPeriod struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Title  string `json:"title,omitempty"`
	Start  string `json:"start"`
	End    string `json:"end"`
	Status string `json:"status"`
}

type jsonRank struct {
	Siblings int `json:"siblings"`
	Level    int `json:"level"`
}

type jsonResult struct {
	Period        string   `json:"period"`
	Unit          string   `json:"unit"`
	Name          string   `json:"name"`
	Kind          string   `json:"kind"`
	Parent        string   `json:"parent,omitempty"`
	Depth         int      `json:"depth"`
	Leaf          bool     `json:"leaf"`
	Score         number   `json:"score"`
	Rank          jsonRank `json:"rank"`
	Criteria      ordered  `json:"criteria"`
	Indicators    ordered  `json:"indicators"`
	IndicatorsMet *int     `json:"indicatorsMet,omitempty"`
	Deeds         int      `json:"deeds"`
	Leaves        *int     `json:"leaves,omitempty"`
	AllMetShare   *number  `json:"allMetShare,omitempty"`
	_             struct{} // keep field order explicit
}

type jsonCriterion struct {
	Met       *bool   `json:"met,omitempty"`
	Share     *number `json:"share,omitempty"`
	MetLeaves *int    `json:"metLeaves,omitempty"`
	Leaves    *int    `json:"leaves,omitempty"`
}

type jsonIndicator struct {
	Numerator   *number `json:"numerator,omitempty"`
	Denominator *number `json:"denominator,omitempty"`
	Value       *number `json:"value,omitempty"`
	Status      string  `json:"status,omitempty"`
	MetLeaves   *int    `json:"metLeaves,omitempty"`
	Leaves      *int    `json:"leaves,omitempty"`
}

// ordered is a JSON object whose keys keep their insertion order.
type ordered []member

type member struct {
	key   string
	value any
}

// MarshalJSON writes the members in order.
func (o ordered) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := marshal(m.key)
		if err != nil {
			return nil, err
		}
		v, err := marshal(m.value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshal is json.Marshal: strings keep "<", ">" and "&" escaped
// (\u003c…), so the file stays safe even if someone inlines it in a page.
func marshal(v any) ([]byte, error) { return json.Marshal(v) }

// JSON returns du-lieu/ket-qua.json: asOf, the periods, and one result per
// unit and started period. Each period and each result sits on its own
// line, so the file stays small and diffs well.
func JSON(r *results.Results) ([]byte, error) {
	var b bytes.Buffer
	asOf, err := marshal(r.AsOf.String())
	if err != nil {
		return nil, err
	}
	b.WriteString(`{"asOf":`)
	b.Write(asOf)
	b.WriteString(",\n\"periods\":[")
	for i, p := range r.Periods {
		jp := jsonPeriod{ID: p.ID, Name: p.Name, Title: p.Title, Start: p.Start.String(), End: p.End.String(), Status: string(p.Status)}
		if err := line(&b, i, jp); err != nil {
			return nil, err
		}
	}
	b.WriteString("\n],\n\"results\":[")
	n := 0
	for _, p := range r.Periods {
		for _, u := range p.Units {
			if err := line(&b, n, result(r, p, u)); err != nil {
				return nil, err
			}
			n++
		}
	}
	b.WriteString("\n]}\n")
	return b.Bytes(), nil
}

// line writes v on a line of its own, after a comma unless it is the first.
func line(b *bytes.Buffer, i int, v any) error {
	j, err := marshal(v)
	if err != nil {
		return err
	}
	if i > 0 {
		b.WriteByte(',')
	}
	b.WriteByte('\n')
	b.Write(j)
	return nil
}
