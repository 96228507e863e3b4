package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"

	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/diag"
)

// Options says where New makes a site and from what.
type Options struct {
	// Dir is the new site's folder: it must not exist yet, or be empty.
	Dir string
	// Units is the path of a file in the shape of data/units.csv (columns
	// id, name, kind, parent) holding the site's units, a CSV file or an
	// Excel workbook (.xlsx, written as data/units.xlsx); "" for the
	// example tree (ExampleUnits).
	Units string
}

// Site is what New made.
type Site struct {
	Files []string // every file written, slash-separated, relative to Dir, sorted
	Root  string   // the root unit's name
	Units int      // units in data/units.csv
	Teams int      // of which teams (units without children)
}

// NotEmptyError is a Dir that already holds something: New never writes
// over anyone's files. The command exits with code 2.
type NotEmptyError struct{ Dir string }

func (e *NotEmptyError) Error() string {
	return fmt.Sprintf("thư mục %s đã có tệp: lệnh new chỉ tạo trang mới trong một thư mục chưa có hoặc còn trống\n"+
		"gợi ý: chọn một tên thư mục khác, ví dụ generator new trang-thi-dua-moi", e.Dir)
}

// New makes a new site in opts.Dir. It reads and checks the units first
// (errors name opts.Units with its line and column, as `check` would
// name data/units.csv) and writes nothing unless every file is ready.
func New(opts Options) (*Site, error) {
	if err := checkEmpty(opts.Dir); err != nil {
		return nil, err
	}
	files, site, err := Files(opts.Units)
	if err != nil {
		return nil, err
	}
	for _, name := range site.Files {
		full := filepath.Join(opts.Dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(full, files[name], 0o644); err != nil {
			return nil, err
		}
	}
	return site, nil
}

// checkEmpty returns a *NotEmptyError when dir exists and holds anything,
// and an error when dir exists but is not a folder.
func checkEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
			return &NotEmptyError{Dir: dir}
		}
		return err
	case len(entries) > 0:
		return &NotEmptyError{Dir: dir}
	}
	return nil
}

// Files returns every file of a new site by its slash path, and what it
// holds, without writing anything: the units from the file at unitsPath
// ("" for ExampleUnits), checked by data.Load together with the files
// made around them.
func Files(unitsPath string) (map[string][]byte, *Site, error) {
	demo, errs := config.Load(starterFS())
	if errs.Len() > 0 {
		return nil, nil, fmt.Errorf("the embedded demo site.toml: %w", errs.Err())
	}
	units := []byte(ExampleUnits)
	if unitsPath != "" {
		b, err := os.ReadFile(unitsPath)
		if err != nil {
			var l diag.List
			l.Add(diag.Pos{File: unitsPath}, "không đọc được tệp đơn vị: "+err.Error(),
				"kiểm tra lại đường dẫn sau --units (tệp CSV cột id,name,kind,parent như data/units.csv)")
			return nil, nil, l.Err()
		}
		units = b
	}
	unitsFile := data.UnitsFile
	if strings.EqualFold(filepath.Ext(unitsPath), ".xlsx") {
		unitsFile = strings.TrimSuffix(data.UnitsFile, ".csv") + ".xlsx" // read like CSV (package sheet)
	}
	criteria := criteriaText()
	files := map[string][]byte{
		unitsFile:         units,
		data.CriteriaFile: criteria,
		config.FileName:   siteText(demo, ""),
		reportFile(demo):  reportHeader(criteria),
		data.DeedsFile:    []byte(deedsHeader),
	}
	set, err := loadUnits(files, demo, unitsFile, unitsPath)
	if err != nil {
		return nil, nil, err
	}
	root := set.Units.Root.Name
	files[config.FileName] = siteText(demo, root)
	leaf := firstTeam(set.Units)
	files[storyFile] = storyText(demo, leaf, set.Criteria)
	files["README.md"] = []byte(readmeText(root, reportFile(demo)))
	files[".gitignore"] = []byte("# Thư mục xuất do lệnh build tạo ra: không cần lưu.\n/public/\n")

	s := &Site{Root: root, Units: len(set.Units.All)}
	for _, u := range set.Units.All {
		if u.IsLeaf() {
			s.Teams++
		}
	}
	for name := range files {
		s.Files = append(s.Files, name)
	}
	slices.Sort(s.Files)
	return files, s, nil
}

// loadUnits checks the site's data with the loader `build` uses, from an
// in-memory folder (fstest.MapFS is only a map of files; nothing of the
// testing package comes with it). Problems in unitsFile (data/units.csv or
// data/units.xlsx) are given at unitsPath, the file the user named.
func loadUnits(files map[string][]byte, demo *config.Site, unitsFile, unitsPath string) (*data.Set, error) {
	fsys := fstest.MapFS{}
	for name, b := range files {
		fsys[name] = &fstest.MapFile{Data: b, Mode: 0o644}
	}
	set, errs := data.Load(fsys, demo)
	if errs.Len() == 0 {
		return set, nil
	}
	if unitsPath == "" {
		return nil, fmt.Errorf("the example site does not load: %w", errs.Err())
	}
	var out diag.List
	for _, d := range errs.Items() {
		if d.Pos.File == unitsFile {
			d.Pos.File = unitsPath
		}
		out.Add(d.Pos, d.Msg, d.Hint)
	}
	return nil, out.Err()
}

// firstTeam is the first unit without children in units.csv's order.
func firstTeam(us *data.Units) *data.Unit {
	for _, u := range us.All {
		if u.IsLeaf() {
			return u
		}
	}
	return us.Root
}

// reportFile is the report file of the campaign's first month.
func reportFile(demo *config.Site) string {
	return path.Join(data.ReportsDir, demo.Campaign.Start.MonthOf().String()+".csv")
}
