package site

import (
	"strings"
	"sync"

	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
)

// BoardView is one leaderboard (.Board): a level in a period.
type BoardView struct {
	Period PeriodInfo
	// Level names the level ("Tổ", "Xã/Phường/Thị trấn"); Kinds lists its unit kinds.
	Level, Kinds string
	Leaf         bool
	Rows         []BoardRow
	// Periods links this level in every started period; Levels every level
	// in this period.
	Periods, Levels []Link
	// TieRule explains how ties are ranked.
	TieRule  string
	MaxScore string
	Total    int // indicators per team
	// Count is the number of units in the level; Pager links the pages
	// when the level does not fit one page.
	Count int
	Pager Pager
}

// defaultRowsPerPage is how many units a leaderboard or directory page
// lists unless Options.RowsPerPage says otherwise.
const defaultRowsPerPage = 100

// BoardRow is one unit on a leaderboard.
type BoardRow struct {
	Rank          int
	Tie           bool
	Name, URL     string
	Context       string
	Score         string
	IndicatorsMet int
	Deeds         int
	AllMetShare   string
}

// BoardsView is the leaderboards index (.Boards).
type BoardsView struct {
	Periods []BoardPeriod
	// LeafRule and AggregateRule explain ranking and ties.
	LeafRule, AggregateRule string
}

// BoardPeriod lists a period's leaderboards.
type BoardPeriod struct {
	Period PeriodInfo
	Levels []Link
}

const (
	leafRule = "Các tổ xếp theo điểm (tổng điểm các nội dung thi đua đạt), rồi số chỉ tiêu đạt " +
		"(kể cả chỉ tiêu không phát sinh), rồi số việc tốt trong đợt, đều từ cao xuống thấp. " +
		"Các tổ bằng nhau ở cả ba mặt đó thì đồng hạng, hạng kế tiếp bị bỏ qua (1, 2, 2, 4); " +
		"trong nhóm đồng hạng, tên xếp theo thứ tự chữ cái tiếng Việt."
	aggregateRule = "Các đơn vị xếp theo điểm trung bình của các tổ trực thuộc (so sánh chính xác, " +
		"không làm tròn), rồi tỷ lệ tổ đạt mọi nội dung thi đua. Đơn vị bằng nhau đồng hạng, hạng kế tiếp " +
		"bị bỏ qua (1, 2, 2, 4); trong nhóm đồng hạng, tên xếp theo thứ tự chữ cái tiếng Việt."
)

func (m *model) boardsIndex() *Page {
	v := &BoardsView{LeafRule: leafRule, AggregateRule: aggregateRule}
	for _, p := range m.res.Periods {
		bp := BoardPeriod{Period: periodInfo(p)}
		if p.Started() {
			for _, lv := range m.levelsIn(p) {
				bp.Levels = append(bp.Levels, Link{URL: m.boardURL(p, lv), Text: lv.Label})
			}
		}
		v.Periods = append(v.Periods, bp)
	}
	pg := m.page("boards", "xep-hang/", "Bảng xếp hạng", "xep-hang")
	pg.Description = "Xếp hạng các tổ và các đơn vị theo từng đợt thi đua."
	pg.Boards = v
	return pg
}

func (m *model) boardPage(p *results.Period, lv *level, n int) *Page {
	v := &BoardView{Period: periodInfo(p), Level: lv.Label, Kinds: lv.Kinds, Leaf: lv.Leaf,
		MaxScore: m.maxScoreTxt, Total: len(m.res.Indicators), TieRule: aggregateRule}
	if lv.Leaf {
		v.TieRule = leafRule
	}
	for _, q := range m.res.Periods {
		// The same level in another period: the tree may differ (rule 8).
		if ql := m.levelSlug(q, lv.Slug); ql != nil {
			v.Periods = append(v.Periods, Link{URL: m.boardURL(q, ql), Text: q.Name, Current: q == p})
		}
	}
	for _, l := range m.levelsIn(p) {
		v.Levels = append(v.Levels, Link{URL: m.boardURL(p, l), Text: l.Label, Current: l == lv})
	}
	all := p.Level(lv.Depth, lv.Leaf)
	rel := urls.Board(p.ID, lv.Slug)
	v.Count, v.Pager = len(all), m.pager(rel, n, pageCount(len(all), m.rows))
	lo, hi := min((n-1)*m.rows, len(all)), min(n*m.rows, len(all))
	var rows *boardRows
	if hi > lo {
		rows = m.newBoardRows(hi - lo)
		v.Rows = rows.rows[:0]
	}
	for i := lo; i < hi; i++ {
		r := all[i]
		tie := (i > 0 && all[i-1].Rank.Level == r.Rank.Level) || (i+1 < len(all) && all[i+1].Rank.Level == r.Rank.Level)
		in := m.unitOf(r.Unit)
		row := BoardRow{Rank: r.Rank.Level, Tie: tie, Name: in.name, URL: in.url,
			Context: in.context, Score: m.nums.score(r.Score), IndicatorsMet: r.IndicatorsMet, Deeds: r.Deeds}
		if r.AllMetShare != nil {
			row.AllMetShare = m.nums.share(r.AllMetShare)
		}
		v.Rows = append(v.Rows, row)
	}
	title := "Xếp hạng " + strings.ToLower(lv.Label) + " – " + p.Name
	pg := m.page("board", urls.Paged(rel, n), title, "xep-hang")
	pg.Crumbs = []Link{{URL: m.u.Path("xep-hang/"), Text: "Bảng xếp hạng"}}
	if n > 1 {
		pg.Title += " – trang " + itoa(n)
		pg.Crumbs = append(pg.Crumbs, Link{URL: m.u.Path(rel), Text: title})
	}
	pg.Description = "Bảng xếp hạng " + strings.ToLower(lv.Label) + " trong " + p.Name + "."
	pg.Board = v
	pg.boardRows = rows
	return pg
}

// levelSlug returns p's level whose leaderboard has the given slug, nil
// when p has none or has not started.
func (m *model) levelSlug(p *results.Period, slug string) *level {
	if !p.Started() {
		return nil
	}
	for _, l := range m.levelsIn(p) {
		if l.Slug == slug {
			return l
		}
	}
	return nil
}

// boardRows holds a leaderboard page's rows, taken from pool and handed
// back once the page is rendered (Page.release), as every leaderboard
// page needs about as many.
type boardRows struct {
	pool *sync.Pool
	rows []BoardRow
}

// newBoardRows returns room for n rows.
func (m *model) newBoardRows(n int) *boardRows {
	r, _ := m.boardPool.Get().(*boardRows)
	if r == nil || cap(r.rows) < n {
		r = &boardRows{pool: &m.boardPool, rows: make([]BoardRow, 0, max(n, m.rows))}
	}
	r.rows = r.rows[:0]
	return r
}

func (m *model) boardJobs() []job {
	js := []job{{rel: "xep-hang/", layout: "boards.html", make: m.boardsIndex}}
	for _, p := range m.res.Periods {
		if !p.Started() {
			continue
		}
		for _, lv := range m.levelsIn(p) {
			for n := 1; n <= pageCount(len(p.Level(lv.Depth, lv.Leaf)), m.rows); n++ {
				js = append(js, job{rel: urls.Paged(urls.Board(p.ID, lv.Slug), n), layout: "board.html",
					make: func() *Page { return m.boardPage(p, lv, n) }})
			}
		}
	}
	return js
}
