package export

import (
	"testing"
)

func TestSanity(t *testing.T) {
	r := tinyResults(t)
	j, err := JSON(r)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", j)
	t.Logf("%s", CSV(r))
}
