// Accessibility and layout checks of a served site in headless Chromium.
//
//   node axe.mjs <baseURL> [--nojs=<path>] <path>...
//
// For each path (relative to baseURL): loads the page at 360 px wide, records
// requests that leave baseURL's origin (blocked), failed responses and script
// errors, measures horizontal overflow, then runs axe-core (injected from
// node_modules, never from a CDN) with the WCAG 2.0/2.1 A and AA rules at
// 360 px (a second run at desktop width found nothing more and cost a third
// of the time). With --nojs, also loads that path with
// JavaScript disabled and reports its h1 and visible links. Pages are
// checked $AXE_TABS at a time (default 1: on 2 cores one tab is fastest).
// Prints one JSON object on stdout; exits non-zero only when it cannot run.
// The browser is $CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const narrow = { width: 360, height: 740 };

function parseArgs(argv) {
  const [base, ...rest] = argv;
  if (!base) {
    throw new Error('usage: node axe.mjs <baseURL> [--nojs=<path>] <path>...');
  }
  const nojs = rest.filter((a) => a.startsWith('--nojs=')).map((a) => a.slice(7));
  const paths = rest.filter((a) => !a.startsWith('--'));
  return { base: new URL(base), nojs, paths };
}

// watch records what a page does on the network and in its scripts.
async function watch(page, origin) {
  const seen = { external: [], failed: [], errors: [] };
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('data:') || u.startsWith('blob:') || new URL(u).origin === origin) {
      return route.continue();
    }
    seen.external.push(u);
    return route.abort();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) seen.failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`);
  });
  return seen;
}

// overflow returns the scroll width and the outermost elements sticking out.
async function overflow(page, width) {
  return page.evaluate((w) => {
    const out = [];
    for (const el of document.body ? document.body.querySelectorAll('*') : []) {
      const r = el.getBoundingClientRect();
      if (r.right > w + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > w + 0.5)) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        out.push(`${el.tagName.toLowerCase()}${id}${cls} (right ${Math.round(r.right)}px)`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, outside: out.slice(0, 5) };
  }, width);
}

async function runAxe(page, viewport) {
  const res = await page.evaluate(async (t) => {
    // eslint-disable-next-line no-undef
    return axe.run(document, { runOnly: { type: 'tag', values: t }, resultTypes: ['violations'] });
  }, tags);
  return res.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    viewport: viewport.width,
    nodes: v.nodes.slice(0, 5).map((n) => ({
      target: n.target.join(' '),
      html: n.html.slice(0, 240),
      summary: (n.failureSummary || '').slice(0, 400),
    })),
    count: v.nodes.length,
  }));
}

// openTab opens a page at 360 px that records what each visit does.
async function openTab(browser, base) {
  const context = await browser.newContext({ viewport: narrow });
  const page = await context.newPage();
  return { context, page, seen: await watch(page, base.origin) };
}

async function checkPage(tab, base, path) {
  const { page, seen } = tab;
  seen.external.length = seen.failed.length = seen.errors.length = 0;
  const out = { path };
  const start = Date.now();
  try {
    const resp = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    out.status = resp ? resp.status() : 0;
    Object.assign(out, await overflow(page, narrow.width));
    await page.addScriptTag({ path: axePath });
    out.violations = await runAxe(page, narrow);
  } catch (e) {
    out.error = String(e);
  }
  out.ms = Date.now() - start;
  Object.assign(out, { external: [...seen.external], failed: [...seen.failed], errors: [...seen.errors] });
  return out;
}

// checkAll checks paths with a few tabs at once, keeping the paths' order.
async function checkAll(browser, base, paths) {
  const n = Math.max(1, Math.min(paths.length, Number(process.env.AXE_TABS) || 1));
  const out = new Array(paths.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    const tab = await openTab(browser, base);
    while (next < paths.length) {
      const i = next++;
      out[i] = await checkPage(tab, base, paths[i]);
    }
    await tab.context.close();
  }));
  return out;
}

async function checkNoJS(browser, base, path) {
  const context = await browser.newContext({ viewport: narrow, javaScriptEnabled: false });
  const page = await context.newPage();
  const seen = await watch(page, base.origin);
  const out = { path };
  try {
    const resp = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    out.status = resp ? resp.status() : 0;
    const h1 = page.locator('h1').first();
    out.h1 = (await h1.count()) ? (await h1.innerText()).trim() : '';
    out.h1Visible = (await h1.count()) ? await h1.isVisible() : false;
    out.mainFound = (await page.locator('main').count()) === 1;
    out.links = [];
    const links = page.locator('main a[href]');
    for (let i = 0; i < (await links.count()); i++) {
      const a = links.nth(i);
      if (await a.isVisible()) {
        out.links.push({ href: await a.getAttribute('href'), text: (await a.innerText()).trim().slice(0, 80) });
      }
    }
  } catch (e) {
    out.error = String(e);
  }
  Object.assign(out, seen);
  await context.close();
  return out;
}

async function main() {
  const { base, nojs, paths } = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const result = { pages: [], nojs: [] };
  try {
    result.pages = await checkAll(browser, base, paths);
    for (const p of nojs) result.nojs.push(await checkNoJS(browser, base, p));
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write(`axe.mjs: ${e && e.stack ? e.stack : e}\n`);
  process.exit(2);
});
