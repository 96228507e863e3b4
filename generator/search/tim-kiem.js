// tim-kiem.js: the client of the search index that generator/search builds.
// It needs on the page <input id="q">, a list #ket-qua and a live region
// #thong-bao, and loads only files under its own folder (tim-kiem/).
(function () {
  'use strict';
  var me = document.currentScript;
  var input = document.getElementById('q');
  var list = document.getElementById('ket-qua');
  var live = document.getElementById('thong-bao');
  if (!me || !input || !list || !live || !window.fetch) return;
  var base = new URL('.', me.src); // .../tim-kiem/
  var root = new URL('..', base); // the site root; doc URLs are relative to it
  var PAGE = 10; // results shown per step
  var SPAN = 3; // most word chunks loaded to prefix-match the last word
  var JOIN = /['\u2019\u02bc\u2018\-\u2010\u2011\u00ad]/g;
  var files = {}, man, seq = 0, more, hits, shown;

  // toks splits s into [folded, spelling] words exactly as Go's tokens
  // does; their folds joined by spaces are vn.Fold(s).
  function toks(s) {
    return s.toLowerCase().normalize('NFC').replace(JOIN, '')
      .split(/[^\p{L}\p{N}\p{M}]+/u).map(function (t) {
        return [t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'), t];
      }).filter(function (p) { return p[0]; });
  }
  function get(f, opt) {
    return files[f] || (files[f] = fetch(new URL(f, base), opt).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).catch(function (e) { delete files[f]; throw e; })); // retry next time
  }
  // ids decodes a posting list (see encodeIDs in postings.go) into fn calls.
  function ids(enc, fn) {
    var p = -1;
    enc.forEach(function (v) {
      if (v > 0) fn(p += v);
      else for (var k = 0; k < -v; k++) fn(++p);
    });
  }
  // at returns the index of the word chunk that holds w.
  function at(w) {
    var lo = 0, hi = man.keys.length - 1;
    while (lo < hi) {
      var m = (lo + hi + 1) >> 1;
      if (man.keys[m] <= w) lo = m; else hi = m - 1;
    }
    return lo;
  }
  // look finds the docs of one query word: all, those with it in the
  // title, and (when typed with diacritics) those spelled exactly so.
  function look(t, last) {
    var w = t[0], a = at(w), b = last ? at(w + '\uffff') : a;
    var pre = last && b - a < SPAN, typed = t[1] !== w;
    if (!pre) b = a;
    return Promise.all(man.words.slice(a, b + 1).map(function (f) { return get(f); })).then(function (cs) {
      var r = { all: new Set(), ti: new Set(), ex: new Set() };
      cs.forEach(function (c) {
        Object.keys(c).forEach(function (k) {
          if (k !== w && !(pre && k.startsWith(w))) return;
          var e = c[k];
          ids(e[0], function (i) { r.all.add(i); });
          for (var j = 1; j < e.length; j += 2) {
            var s = e[j], ex = typed && (s === t[1] || pre && s.startsWith(t[1]));
            ids(e[j + 1], function (i) { r.all.add(i); r.ti.add(i); if (ex) r.ex.add(i); });
          }
        });
      });
      return r;
    });
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function item(r) {
    var u = new URL(r[1], root), li = el('li'), a = el('a', r[0]);
    if (!/^https?:$/.test(u.protocol)) return li;
    a.href = u.href;
    li.appendChild(a);
    var meta = [man.kinds[r[2]], r[3], r[4]].filter(Boolean).join(' · ');
    if (meta) li.appendChild(el('span', meta, 'ngu-canh'));
    return li;
  }
  // page shows the next PAGE hits, loading the records they need.
  function page(my) {
    var next = hits.slice(shown, shown + PAGE);
    return Promise.all(next.map(function (i) {
      return get('tai-lieu/' + Math.floor(i / man.per) + '.' + man.dh + '.json').then(function (c) { return c[i % man.per]; });
    })).then(function (recs) {
      if (my !== seq) return;
      recs.forEach(function (r) { list.appendChild(item(r)); });
      shown += recs.length;
      more.hidden = shown >= hits.length;
    });
  }
  function run(q) {
    var my = ++seq, ts = toks(q);
    list.textContent = '';
    if (!more) {
      more = el('button', 'Xem thêm kết quả');
      more.type = 'button';
      more.onclick = function () { page(seq).catch(fail); };
      list.parentNode.insertBefore(more, list.nextSibling);
    }
    more.hidden = true;
    if (!ts.length) { live.textContent = ''; return; }
    (man ? Promise.resolve() : get('chi-muc.json', { cache: 'no-cache' }).then(function (m) { man = m; }))
      .then(function () {
        return Promise.all(ts.map(function (t, i) { return look(t, i === ts.length - 1); }));
      }).then(function (rs) {
        if (my !== seq) return;
        var score = {};
        hits = [];
        rs[0].all.forEach(function (i) {
          if (!rs.every(function (r) { return r.all.has(i); })) return;
          score[i] = rs.reduce(function (s, r) { return s + (r.ex.has(i) ? 100 : 0) + (r.ti.has(i) ? 1 : 0); }, 0);
          hits.push(i);
        });
        hits.sort(function (x, y) { return score[y] - score[x] || x - y; });
        shown = 0;
        live.textContent = hits.length ? 'Có ' + hits.length.toLocaleString('vi-VN') + ' kết quả cho “' + q.trim() + '”.' :
          'Không có kết quả nào cho “' + q.trim() + '”. Hãy thử gõ ít chữ hơn hoặc không dấu.';
        return page(my);
      }).catch(fail);
  }
  function fail() {
    live.textContent = 'Không tải được chỉ mục tìm kiếm. Vui lòng thử lại.';
  }
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
      run(input.value);
    }, 150);
  });
  if (input.form) input.form.addEventListener('submit', function (e) { e.preventDefault(); run(input.value); });
  var q0 = new URLSearchParams(location.search).get('q');
  if (q0) { input.value = q0; run(q0); }
})();
