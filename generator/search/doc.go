// Package search builds the site's search index at build time and ships the
// client script that queries it in the browser, folding Vietnamese
// diacritics on both sides (vn.Fold), so "dak nong" finds "Đắk Nông" and
// "Đăk Nông", "quang hoa" finds "Quảng Hoà" and "Quảng Hòa", and "dak rlap"
// finds "Đắk R'Lấp".
//
// # Using it from the site renderer
//
// Call Build with one Doc per searchable page (units of every level, with
// their ancestors as Context; stories; news; other pages) and write every
// returned file at its path under the output root. The docs' order matters
// only through Kind: kinds rank in the order they first appear, so pass the
// province first, then districts, communes, villages, then stories and news.
// Doc.URL is best given relative to the site root without a leading "/"
// ("don-vi/dak-nong/"), which keeps working when the site lives under a
// sub-path; the script resolves it against the folder above its own.
//
// The search page (/tim-kiem/index.html, written by the site) needs:
//
//	{{template "search-form.html" .Base}}     <!-- label, <input type="search" id="q" name="q">, button; GET {{.}}tim-kiem/ -->
//	{{template "search-results.html" .Base}}  <!-- live region #thong-bao, list #ket-qua, the script -->
//
// where the dot is the site's base path ending in "/" (for example "/").
// Without JavaScript the form still submits; the page should then offer its
// A–Z directory of units (issue 5). search-box.html is a smaller form for the
// header of every page; its input has id "q-dau-trang", so it never clashes
// with the search page's "q".
//
// # Index layout
//
// All files live under Dir ("tim-kiem/"):
//
//   - chi-muc.json, the manifest: doc count, kind labels, the key and file
//     of every word chunk, and the hash naming the doc-table chunks.
//   - chi-muc/<key>.<hash>.json, word chunks: the folded words in byte
//     order, cut into runs of about ChunkTarget bytes, each word mapped to
//     [context ids, spelling, ids, spelling, ids, ...] where a spelling is
//     how titles write the word (lowercase, with diacritics) and ids are
//     compressed by encodeIDs. A query loads the one chunk holding each of
//     its words, and for the last word (matched as a prefix while typing)
//     the chunks its prefix spans, when they are at most three.
//   - tai-lieu/<n>.<hash>.json, the doc table: result records [title, url,
//     kind, context, date], DocsPerChunk to a file; ids are positions in
//     result order (kind, then Vietnamese collation of the title), so only
//     the records of the results shown are loaded.
//   - tim-kiem.js, the client script (about 3.3 KB minified).
//
// Measured by TestFirstSearchSize on synthetic sites, a first search
// ("dak nong", "thon 1": manifest, word chunks and the first 10 records)
// fetches about 35 KB and 19 KB on a province site (850 docs) and about
// 65 KB and 55 KB on a national one (104,000 docs); budgets are 100 KB and
// 300 KB.
//
// # Ranking
//
// Every word of the query must match, in the title or the context. Results
// rank by the number of words typed with diacritics that the title spells
// exactly so, then by the number of words found in the title rather than
// the context, then in id order (kind, then title).
package search
