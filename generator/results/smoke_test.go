package results

import (
	"testing"

	"phongtrao/generator/data"
)

func TestSmoke(t *testing.T) {
	set := &data.Set{
		Units: tree(
			[3]string{"tinh", "Tỉnh", ""},
			[3]string{"xa-a", "Xã A", "tinh"},
			[3]string{"thon-1", "Thôn 1", "xa-a"},
			[3]string{"thon-2", "Thôn 2", "xa-a"},
		),
		Criteria: []*data.Criterion{
			crit("4.1", "1", ratioInd("tin-bao", "via", "total", ">=", "0.8")),
		},
		Reports: []data.Report{
			report(t, "thon-1", "2024-09", "via", "8", "total", "10"),
			report(t, "thon-2", "2024-09", "via", "1", "total", "10"),
		},
	}
	r := Compute(testSite(t), set, day(t, "2025-08-19"))
	p := r.Period("dot-1")
	// thon-1: 8/10 = 0.8 ≥ 0.8 met, score 1; thon-2: 0.1 not met, score 0.
	// xa-a: mean (1+0)/2 = 1/2, pooled 9/20.
	if got := p.Unit("thon-1").Indicator("4.1/tin-bao").Status; got != Met {
		t.Errorf("thon-1 status = %s", got)
	}
	a := p.Unit("xa-a")
	if a.Score.Cmp(rat("1/2")) != 0 {
		t.Errorf("xa-a score = %s", a.Score)
	}
	if v, _ := a.Indicator("4.1/tin-bao").Value(); v.Cmp(rat("9/20")) != 0 {
		t.Errorf("xa-a value = %s", v)
	}
	if p.Unit("thon-2").Rank.Siblings != 2 {
		t.Errorf("thon-2 rank = %+v", p.Unit("thon-2").Rank)
	}
}
