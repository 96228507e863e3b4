package site

// notFoundPage is the 404 page: a search box and the directory's letters.
func (m *model) notFoundPage() *Page {
	pg := m.page("404", "404.html", "Không tìm thấy trang", "")
	letters, _ := m.directory()
	pg.Directory = &DirectoryView{Letters: m.letterLinks(letters, "")}
	return pg
}
