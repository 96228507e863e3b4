import { chromium } from 'playwright-core';
const [base, ...paths] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 412, height: 915 } });
for (const path of paths) {
  await p.goto(base + path);
  const r = await p.evaluate(() => {
    const h = document.querySelector('header.site').getBoundingClientRect();
    const small = [...document.querySelectorAll('main a')].filter(a => { const r = a.getBoundingClientRect(); return r.width > 0 && r.height < 24; }).length;
    return { headerBottom: Math.round(h.bottom + window.scrollY), small, links: document.querySelectorAll('main a').length };
  });
  console.log(path, JSON.stringify(r));
}
await b.close();
