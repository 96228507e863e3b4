// A resident's path on a phone, in headless Chromium at 412 × 915.
//
//   node phone.mjs <baseURL> <path>...
//
// For each path (relative to baseURL): loads it and reports the bottom of
// the header (banner included) and every link in <main> with its text,
// href and top y on the page, and its width and height (tap targets).
// Prints one JSON array on stdout. The browser is $CHROMIUM (default
// /usr/bin/chromium).
import { chromium } from 'playwright-core';

const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
const out = [];
for (const path of paths) {
  await page.goto(new URL(path, base).href);
  out.push(await page.evaluate((path) => {
    const header = document.querySelector('header.site');
    const links = [...document.querySelectorAll('main a')].map((a) => {
      const r = a.getBoundingClientRect();
      return { text: a.textContent.trim(), href: a.getAttribute('href'), y: Math.round(r.top + window.scrollY), w: Math.round(r.width), h: Math.round(r.height) };
    }).filter((l) => l.w > 0);
    return { path, header: header ? Math.round(header.getBoundingClientRect().bottom + window.scrollY) : -1, links };
  }, path));
}
await browser.close();
process.stdout.write(JSON.stringify(out));
