#!/usr/bin/env bash
# hugo-site.sh DIR OUT: makes OUT a minimal Hugo site that renders the
# stories of the site in DIR (DIR/content/stories/*.md, TOML front matter
# between +++ lines, which Hugo reads as they are) and nothing else: a page
# per story (title, date, summary, body, previous/next) and a paginated list,
# newest first, 10 a page like our generator's list. Taxonomies, RSS,
# sitemap, robots.txt and 404 are disabled. The stories are not copied:
# contentDir points at DIR/content. Needs Debian's hugo (see check_hugo).
set -euo pipefail

usage() { echo "usage: $0 SOURCE_DIR OUT_DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
src=$(cd "$1" && pwd) || usage
[ -d "$src/content/stories" ] || { echo "$0: $src/content/stories not found" >&2; exit 1; }
out=$2
mkdir -p "$out"
out=$(cd "$out" && pwd)

# hugo_minor prints Hugo's minor version (0.111.3 -> 111).
hugo_minor() { hugo version | sed -n 's/.*v0\.\([0-9]*\)\..*/\1/p'; }

if ! command -v hugo >/dev/null 2>&1; then
  echo "$0: hugo not found; install it with: apt-get install -y --no-install-recommends hugo" >&2
  exit 1
fi

# Page size: "paginate" until Hugo 0.128, "[pagination] pagerSize" after.
minor=$(hugo_minor)
if [ -n "$minor" ] && [ "$minor" -ge 128 ]; then
  paging=$'[pagination]\npagerSize = 10'
else
  paging='paginate = 10'
fi

rm -rf "$out/layouts" "$out/config.toml" "$out/hugo.toml"
mkdir -p "$out/layouts/_default"
cat >"$out/config.toml" <<TOML
# Written by bench/hugo-site.sh: renders only $src/content.
baseURL = "https://bench.example.vn/"
languageCode = "vi"
title = "Người tốt, việc tốt"
contentDir = "$src/content"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false
$paging

[markup.goldmark.renderer]
unsafe = false
TOML

cat >"$out/layouts/_default/single.html" <<'HTML'
<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head>
<body>
<main>
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></p>
{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
{{ .Content }}
</article>
<nav>
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</nav>
</main>
</body>
</html>
HTML

cat >"$out/layouts/_default/list.html" <<'HTML'
<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
<ul>
{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>
{{ end }}
</ul>
{{ template "_internal/pagination.html" . }}
</main>
</body>
</html>
HTML
echo "hugo site for $src/content in $out" >&2
