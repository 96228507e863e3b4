package tomlfile

import (
	"fmt"
	"time"

	"phongtrao/generator/calendar"
	"phongtrao/generator/decimal"
)

// The value types below implement toml.Unmarshaler so that a value of the
// wrong type is reported by the toml package as a ParseError carrying the
// key's position (plain Go fields give only an untyped message). Inside
// arrays of tables that position is not reliable (the toml package keeps
// one position per dotted key), so such tables decode into Value and
// convert with the As* functions, reporting at a position they know.

// Value holds any TOML value, undecoded; Set tells whether the key was present.
type Value struct {
	V   any
	Set bool
}

// UnmarshalTOML keeps v as it is.
func (x *Value) UnmarshalTOML(v any) error {
	x.V, x.Set = v, true
	return nil
}

// String is a TOML string.
type String string

// UnmarshalTOML accepts a string only.
func (s *String) UnmarshalTOML(v any) error {
	str, err := AsString(v)
	*s = String(str)
	return err
}

// AsString converts a decoded TOML value to a string (nil gives "").
func AsString(v any) (string, error) {
	if v == nil {
		return "", nil
	}
	str, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("cần một chuỗi trong ngoặc kép, gặp %s", describe(v))
	}
	return str, nil
}

// Strings is an array of TOML strings.
type Strings []string

// UnmarshalTOML accepts an array of strings.
func (s *Strings) UnmarshalTOML(v any) error {
	out, err := AsStrings(v)
	*s = out
	return err
}

// AsStrings converts a decoded TOML value to a list of strings (nil gives nil).
func AsStrings(v any) ([]string, error) {
	if v == nil {
		return nil, nil
	}
	arr, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("cần một mảng chuỗi như [\"a\", \"b\"], gặp %s", describe(v))
	}
	out := make([]string, 0, len(arr))
	for _, x := range arr {
		str, ok := x.(string)
		if !ok {
			return nil, fmt.Errorf("mảng chỉ được chứa chuỗi, gặp %s", describe(x))
		}
		out = append(out, str)
	}
	return out, nil
}

// Bool is a TOML boolean.
type Bool bool

// UnmarshalTOML accepts true or false.
func (b *Bool) UnmarshalTOML(v any) error {
	x, ok := v.(bool)
	if !ok {
		return fmt.Errorf("cần true hoặc false, gặp %s", describe(v))
	}
	*b = Bool(x)
	return nil
}

// Int is a TOML integer.
type Int int

// UnmarshalTOML accepts an integer.
func (n *Int) UnmarshalTOML(v any) error {
	x, ok := v.(int64)
	if !ok {
		return fmt.Errorf("cần một số nguyên, gặp %s", describe(v))
	}
	*n = Int(x)
	return nil
}

// Number is a TOML integer or float kept exactly as a decimal.
type Number decimal.D

// UnmarshalTOML accepts an integer or a float.
func (n *Number) UnmarshalTOML(v any) error {
	d, err := AsNumber(v)
	*n = Number(d)
	return err
}

// AsNumber converts a decoded TOML integer or float to an exact decimal; a
// float is read through its shortest decimal text so 0.8 is exactly 0.8.
func AsNumber(v any) (decimal.D, error) {
	switch x := v.(type) {
	case int64:
		return decimal.FromInt(x), nil
	case float64:
		return decimal.FromFloatText(x)
	default:
		return 0, fmt.Errorf("cần một số (ví dụ 1 hoặc 0.8), gặp %s", describe(v))
	}
}

// Date is a TOML local date (2025-08-19) or a string in YYYY-MM-DD or DD/MM/YYYY.
type Date calendar.Date

// UnmarshalTOML accepts a TOML date or date-time (its civil date) or a date string.
func (d *Date) UnmarshalTOML(v any) error {
	c, err := AsDate(v)
	*d = Date(c)
	return err
}

// AsDate converts a decoded TOML date, date-time or date string to a civil date.
func AsDate(v any) (calendar.Date, error) {
	switch x := v.(type) {
	case time.Time:
		return calendar.Of(x), nil
	case string:
		return calendar.ParseDate(x)
	default:
		return calendar.Date{}, fmt.Errorf("cần một ngày dạng 2025-08-19, gặp %s", describe(v))
	}
}

func describe(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("chuỗi %q", x)
	case int64, float64:
		return fmt.Sprintf("số %v", x)
	case bool:
		return fmt.Sprintf("giá trị %v", x)
	case time.Time:
		return "một ngày"
	case []any:
		return "một mảng"
	case map[string]any:
		return "một bảng"
	}
	return fmt.Sprintf("%T", v)
}
