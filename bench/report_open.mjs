// How long an HTML report takes to open in Chromium, for bench/report_html.py:
// from navigation to the load event (the page's inline script has run by
// then, so its filters and keys work), and, separately, to the first finding
// reached with "n". Prints "X.XX s to load, Y.YY s to the first finding".
// Usage: node report_open.mjs CHROMIUM PAGE REPEAT
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// playwright-core is tests/browser's (pinned there, never a browser of its own)
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../tests/browser/package.json'));
const { chromium } = require('playwright-core');

const [browserPath, page, repeat] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: browserPath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let best = Infinity, bestKey = Infinity;
for (let i = 0; i < Number(repeat); i++) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const p = await context.newPage();
  const t0 = Date.now();
  await p.goto(pathToFileURL(path.resolve(page)).href, { waitUntil: 'load', timeout: 120000 });
  const t1 = Date.now();
  await p.keyboard.press('n');
  await p.waitForFunction(() => document.activeElement &&
    document.activeElement.classList.contains('f'), null, { timeout: 120000 });
  const t2 = Date.now();
  best = Math.min(best, (t1 - t0) / 1000);
  bestKey = Math.min(bestKey, (t2 - t0) / 1000);
  await context.close();
}
await browser.close();
console.log(`${best.toFixed(2)} s to load, ${bestKey.toFixed(2)} s to the first finding`);
