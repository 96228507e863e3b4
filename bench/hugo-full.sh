#!/usr/bin/env bash
# hugo-full.sh SRC OUT [EXPORT]: makes OUT a minimal Hugo site that renders
# what bench/hugo-site.sh renders (the stories of SRC) plus one page per unit
# of SRC/data/units.csv at /don-vi/<id>/: the unit's name, its kind, a
# breadcrumb of its parent chain and, per period, its score, ranks and a
# table of its criteria and indicators (about 18 rows), like our unit pages.
#
# The results are data Hugo reads, not HTML: bench/hugofull writes
# OUT/content/don-vi/<id>.md whose TOML front matter holds them, taken from
# our generator's export (du-lieu/ket-qua.json). EXPORT is that file from an
# earlier build of SRC; without it this script builds SRC once into a
# temporary folder, with $GENERATOR if set (a built generator binary), else
# with `go run ./generator`. SRC/data/criteria.toml is copied to OUT/data/
# for the labels and targets. SRC is only read.
set -euo pipefail

usage() { echo "usage: $0 SOURCE_DIR OUT_DIR [KET_QUA_JSON]" >&2; exit 2; }
[ $# -eq 2 ] || [ $# -eq 3 ] || usage
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
src=$(cd "$1" && pwd) || usage
[ -f "$src/data/units.csv" ] || { echo "$0: $src/data/units.csv not found" >&2; exit 1; }
"$here/hugo-site.sh" "$src" "$2"
out=$(cd "$2" && pwd)

export_json=${3:-}
tmp=""
trap '[ -z "$tmp" ] || rm -rf "$tmp"' EXIT
if [ -z "$export_json" ]; then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/hugo-full.XXXXXX")
  echo "building $src once for its results export" >&2
  if [ -n "${GENERATOR:-}" ]; then
    "$GENERATOR" build --source "$src" --out "$tmp/public" --quiet
  else
    (cd "$repo" && go run ./generator build --source "$src" --out "$tmp/public" --quiet)
  fi
  export_json=$tmp/public/du-lieu/ket-qua.json
fi
[ -f "$export_json" ] || { echo "$0: $export_json not found" >&2; exit 1; }

rm -rf "$out/content" "$out/data"
mkdir -p "$out/data"
cp "$src/data/criteria.toml" "$out/data/criteria.toml"
(cd "$repo" && go run ./bench/hugofull -export "$export_json" -units "$src/data/units.csv" -out "$out/content/don-vi")

# Two content folders: the stories where hugo-site.sh points contentDir, and
# the unit pages under OUT. A mount replaces the default content mount, so
# both are listed.
cat >>"$out/config.toml" <<TOML

# Added by bench/hugo-full.sh: the unit pages.
[[module.mounts]]
source = "$src/content"
target = "content"
[[module.mounts]]
source = "content"
target = "content"
TOML

mkdir -p "$out/layouts/don-vi" "$out/layouts/partials"
# crumbs.html: the links to a unit's ancestors, root first, given the id of
# its parent; recursive, one GetPage a level.
cat >"$out/layouts/partials/crumbs.html" <<'HTML'
{{- with . }}{{ with site.GetPage (printf "/don-vi/%s" .) }}{{ partial "crumbs.html" .Params.parent }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end -}}
HTML
# rows.html: the table's fixed part, from data/criteria.toml, worked out
# once for the whole build (partialCached): per criterion its link and
# name, per indicator its results key, label, kind and requirement.
cat >"$out/layouts/partials/rows.html" <<'HTML'
{{- $ops := dict ">=" "≥" "<=" "≤" "==" "=" ">" ">" "<" "<" -}}
{{- $rows := slice -}}
{{- range site.Data.criteria.criterion -}}
{{- $cid := .id -}}
{{- $inds := slice -}}
{{- range .indicator -}}
{{- $req := printf "%s %v" (index $ops .op) .target -}}
{{- if eq .kind "ratio" }}{{ $req = printf "%s %s %%" (index $ops .op) (strings.TrimSuffix ",0" (lang.FormatNumberCustom 1 (mul 100.0 .target) "- , .")) }}{{ else if eq .kind "monthly" }}{{ $req = printf "%s mỗi tháng" $req }}{{ end -}}
{{- $inds = $inds | append (dict "key" (printf "%s/%s" $cid .id) "kind" .kind "label" .label "req" $req) -}}
{{- end -}}
{{- $rows = $rows | append (dict "id" $cid "href" (printf "/tieu-chi/%s/" (replace $cid "." "-")) "text" (printf "%s. %s" $cid .short) "points" (.points | default 1) "inds" $inds) -}}
{{- end -}}
{{- return $rows -}}
HTML
cat >"$out/layouts/don-vi/list.html" <<'HTML'
<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Đơn vị</title></head>
<body><main><h1>Đơn vị</h1>{{ range first 1 (where .Pages "Params.depth" 0) }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}</main></body>
</html>
HTML
# single.html: a unit's page. Numbers are formatted the Vietnamese way
# (decimal comma): shares as percentages with one decimal, scores with two,
# trailing zeros dropped.
cat >"$out/layouts/don-vi/single.html" <<'HTML'
{{- $rows := partialCached "rows.html" "rows" -}}
{{- $max := 0 }}{{ $nind := 0 }}{{ range $rows }}{{ $max = add $max .points }}{{ $nind = add $nind (len .inds) }}{{ end -}}
{{- $st := dict "met" "✓ Đạt" "not-met" "✗ Chưa đạt" "none" "Không phát sinh" "no-data" "Chưa có báo cáo" -}}
{{- $ps := dict "done" "Đã kết thúc" "running" "Đang diễn ra" "upcoming" "Chưa bắt đầu" -}}
{{- $leaf := .Params.leaf -}}
{{- $parent := "" }}{{ with .Params.parent }}{{ $parent = site.GetPage (printf "/don-vi/%s" .) }}{{ end -}}
<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title>
<meta name="description" content="Kết quả thi đua, xếp hạng của {{ .Title }}{{ with $parent }} ({{ .Title }}){{ end }}"></head>
<body>
<nav class="crumbs" aria-label="Đường dẫn"><ol><li><a href="/">Trang chủ</a></li>{{ partialCached "crumbs.html" .Params.parent .Params.parent }}<li><span aria-current="page">{{ .Title }}</span></li></ol></nav>
<main>
<h1>{{ .Title }}</h1>
<p class="lead">{{ .Params.kind }}{{ with $parent }} · {{ .Title }}{{ end }}</p>
{{ range .Params.periods -}}
{{ $p := . -}}
<details class="card-period">
<summary><h2>{{ .name }}: {{ index $ps .status }} <small>({{ time.Format "02/01/2006" .start }} – {{ time.Format "02/01/2006" .end }})</small></h2></summary>
<ul class="facts">
<li><strong>Điểm: {{ $s := lang.FormatNumberCustom 2 .score "- , ." }}{{ strings.TrimSuffix ",00" $s }}</strong>/{{ $max }}{{ if not $leaf }} (trung bình các Tổ){{ end }}</li>
<li>Hạng <strong>{{ .rank_siblings }}</strong>/{{ $.Params.siblings }}{{ with $parent }} trong {{ .Title }}{{ end }}</li>
<li>Hạng <strong>{{ .rank_level }}</strong>/{{ $.Params.level_units }} trong cùng cấp</li>
{{ if $leaf }}<li>Đạt {{ .indicators_met }}/{{ $nind }} chỉ tiêu</li>{{ else }}<li>{{ int (math.Round (mul .all_met_share .leaves)) }}/{{ .leaves }} Tổ đạt mọi nội dung ({{ strings.TrimSuffix ",0" (lang.FormatNumberCustom 1 (mul 100.0 .all_met_share) "- , .") }} %)</li>{{ end }}
<li>{{ .deeds }} việc tốt, khen thưởng trong đợt</li>
</ul>
<table class="score">
<caption>Kết quả từng nội dung, {{ .name }}</caption>
<thead><tr><th scope="col">Nội dung, chỉ tiêu</th><th scope="col">Yêu cầu</th><th scope="col">Kết quả</th><th scope="col">Đánh giá</th></tr></thead>
{{ range $rows -}}
{{ $c := index $p.criteria .id -}}
<tbody>
<tr class="crit"><th scope="row" colspan="3"><a href="{{ .href }}">{{ .text }}</a></th>
<td>{{ if $leaf }}{{ if $c.met }}✓ Đạt{{ else }}✗ Chưa đạt{{ end }}{{ else }}{{ $c.met_leaves }}/{{ $c.leaves }} Tổ đạt ({{ strings.TrimSuffix ",0" (lang.FormatNumberCustom 1 (mul 100.0 $c.share) "- , .") }} %){{ end }}</td></tr>
{{ range .inds -}}
{{ $i := index $p.indicators .key -}}
<tr><th scope="row" class="ind">{{ .label }}</th><td>{{ .req }}</td>
<td>{{ if not (isset $i "value") }}–{{ else if eq .kind "ratio" }}{{ strings.TrimSuffix ",0" (lang.FormatNumberCustom 1 (mul 100.0 $i.value) "- , .") }} % <small>({{ $i.numerator }}/{{ $i.denominator }})</small>{{ else if eq .kind "monthly" }}{{ $i.numerator }}/{{ $i.denominator }} tháng{{ else }}{{ strings.TrimSuffix ",00" (lang.FormatNumberCustom 2 $i.value "- , .") }}{{ end }}</td>
<td>{{ if $leaf }}{{ index $st $i.status }}{{ else }}{{ $i.met_leaves }}/{{ $i.leaves }} Tổ đạt{{ end }}</td></tr>
{{ end -}}
</tbody>
{{ end -}}
</table>
</details>
{{ end -}}
</main>
</body>
</html>
HTML
echo "hugo site for $src/content and the units of $src/data/units.csv in $out" >&2
