package tomlfile

import (
	"fmt"
	"time"

	"phongtrao/generator/calendar"
	"phongtrao/generator/decimal"
)

// The value types below implement toml.Unmarshaler so that a value of the
// wrong type is reported by the toml package as a ParseError carrying the
// key's position (plain Go fields give only an untyped message).

// String is a TOML string.
type String string

// UnmarshalTOML accepts a string only.
func (s *String) UnmarshalTOML(v any) error {
	str, ok := v.(string)
	if !ok {
		return fmt.Errorf("cần một chuỗi trong ngoặc kép, gặp %s", describe(v))
	}
	*s = String(str)
	return nil
}

// Strings is an array of TOML strings.
type Strings []string

// UnmarshalTOML accepts an array of strings.
func (s *Strings) UnmarshalTOML(v any) error {
	arr, ok := v.([]any)
	if !ok {
		return fmt.Errorf("cần một mảng chuỗi như [\"a\", \"b\"], gặp %s", describe(v))
	}
	out := make([]string, 0, len(arr))
	for _, x := range arr {
		str, ok := x.(string)
		if !ok {
			return fmt.Errorf("mảng chỉ được chứa chuỗi, gặp %s", describe(x))
		}
		out = append(out, str)
	}
	*s = out
	return nil
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

// UnmarshalTOML accepts an integer or a float; a float is read through its
// shortest decimal text so 0.8 is exactly 0.8.
func (n *Number) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case int64:
		*n = Number(decimal.FromInt(x))
	case float64:
		d, err := decimal.FromFloatText(x)
		if err != nil {
			return err
		}
		*n = Number(d)
	default:
		return fmt.Errorf("cần một số (ví dụ 1 hoặc 0.8), gặp %s", describe(v))
	}
	return nil
}

// Date is a TOML local date (2025-08-19) or a string in YYYY-MM-DD or DD/MM/YYYY.
type Date calendar.Date

// UnmarshalTOML accepts a TOML date or date-time (its civil date) or a date string.
func (d *Date) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case time.Time:
		*d = Date(calendar.Of(x))
	case string:
		c, err := calendar.ParseDate(x)
		if err != nil {
			return err
		}
		*d = Date(c)
	default:
		return fmt.Errorf("cần một ngày dạng 2025-08-19, gặp %s", describe(v))
	}
	return nil
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
