// The HTML report of `zhen check` in headless Chromium (run.sh starts it):
// every finding of the JSON output is on the page and reachable by the
// keyboard, the filters hide and show the right rows, nothing is fetched,
// nothing is logged as an error, the page works at 360 px and prints both
// columns with the findings. Screenshots go to OUT_DIR.
// Usage: node report.mjs ZHEN OUT_DIR CHROMIUM
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [zhenArg, outArg, browserPath] = process.argv.slice(2);
const zhen = path.resolve(zhenArg), out = path.resolve(outArg);
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let passed = 0, failed = 0;

function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`ok - ${name}`);
  } else {
    failed++;
    console.log(`FAIL - ${name}${detail === undefined ? '' : ': ' + detail}`);
  }
}

// zhen's status is 1 when it finds an error: not a failure here
function zhenRun(args) {
  // from the source folder, so that the page names corpus/… as a user's would
  const r = spawnSync(zhen, [args[0], '--config=none', ...args.slice(1)],
    { cwd: src, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`zhen ${args.join(' ')}: status ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function report(name, zh, en) {
  const file = path.join(out, `${name}.html`);
  zhenRun(['check', '--lexicon=none', '--format=html', '-o', file, zh, en]);
  const json = zhenRun(['check', '--lexicon=none', '--format=json', zh, en])
    .trim().split('\n').map((l) => JSON.parse(l)).filter((o) => o.type);
  return { file, findings: json };
}

// Chromium as the machine notes say: without the background-networking
// flags it calls Google's hosts, which this closed network refuses.
// Playwright gives it a new, empty --user-data-dir.
const browser = await chromium.launch({
  executablePath: browserPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update',
    '--disable-sync'],
});

// A page with its console errors, page errors and requests recorded.
async function open(file, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const log = { errors: [], requests: [], dialogs: 0 };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('dialog', (d) => { log.dialogs++; d.dismiss(); });
  const url = pathToFileURL(file).href;
  await page.goto(url);
  return { context, page, log, url };
}

function noTraffic(name, log, url) {
  const others = log.requests.filter((u) => u !== url);
  check(`${name}: no network request`, others.length === 0, others.join(' '));
  check(`${name}: no console error`, log.errors.length === 0, log.errors.join(' | '));
}

// the ids of the shown finding rows, in page order
const shownRows = (page) => page.$$eval('li.f', (ls) => ls
  .filter((li) => li.offsetParent !== null).map((li) => li.id));

async function findingsPresent(page, findings) {
  const rows = await page.$$eval('li.f', (ls) => ls.map((li) => ({
    id: li.id, fid: li.dataset.id, sev: li.dataset.sev, type: li.dataset.type,
    text: li.textContent })));
  check('as many finding rows as JSON findings', rows.length === findings.length,
    `${rows.length} rows, ${findings.length} findings`);
  // row f<i> is the i-th finding of the JSON stream: the same list
  const wrong = findings.filter((f, i) => {
    const r = rows.find((x) => x.id === `f${i}`);
    return !r || r.fid !== f.id || r.sev !== f.severity || r.type !== f.type ||
      !r.text.includes(f.message);
  });
  check('every JSON finding is on the page with its id, severity, type and message',
    wrong.length === 0, wrong.map((f) => f.id).join(' '));
  const marks = await page.$$eval('mark[data-f]', (ms) => ms.map((m) => m.dataset.f).join(' '));
  const unmarked = findings.filter((f, i) => (f.zh || f.en) &&
    !marks.split(' ').includes(`f${i}`));
  check('every figure of a finding is marked in the text', unmarked.length === 0,
    unmarked.map((f) => f.id).join(' '));
  const mark = page.locator('mark[data-f~="f0"]').first();
  await mark.hover();
  const title = await mark.getAttribute('title');
  check("hovering a finding's figure shows its severity, type, message and id",
    title !== null && title.includes(`${findings[0].severity} ${findings[0].type}: ${findings[0].message}`) &&
    title.includes(findings[0].id), title);
}

async function keyboard(page, n) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  const seen = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(i % 2 ? 'j' : 'n');
    seen.push(await page.evaluate(() => document.activeElement.id));
  }
  const all = await shownRows(page);
  check('n/j visit every finding once, in page order',
    JSON.stringify(seen) === JSON.stringify(all), `${seen} vs ${all}`);
  await page.keyboard.press('n');
  const wrapped = await page.evaluate(() => document.activeElement.id);
  check('n after the last finding wraps to the first', wrapped === all[0], wrapped);
  await page.keyboard.press('p');
  const back = await page.evaluate(() => document.activeElement.id);
  check('p goes back to the last', back === all[all.length - 1], back);
  await page.keyboard.press('k');
  const back2 = await page.evaluate(() => document.activeElement.id);
  check('k goes back one more', all.length < 2 || back2 === all[all.length - 2], back2);
}

async function filters(page, findings) {
  const ids = (pred) => findings.map((f, i) => (pred(f) ? `f${i}` : null))
    .filter((x) => x);
  await page.uncheck('input[name="sev"][value="warning"]');
  check('unchecking warning hides the warnings and only them',
    JSON.stringify(await shownRows(page)) ===
    JSON.stringify(ids((f) => f.severity !== 'warning')));
  const beadsOk = await page.$$eval('#beads section', (bs) => bs.every((b) => {
    const rows = [...b.querySelectorAll('li.f')];
    if (!rows.length)
      return !b.hidden;
    return b.hidden === rows.every((li) => li.dataset.sev === 'warning');
  }));
  check('a bead whose findings are all warnings is hidden with them, others stay', beadsOk);
  await page.check('input[name="sev"][value="warning"]');
  check('checking it again shows every finding',
    (await shownRows(page)).length === findings.length);

  await page.click('a[href="#type=value"]');
  await page.waitForFunction(() => location.hash === '#type=value');
  check('the header count "value" shows the value findings only',
    JSON.stringify(await shownRows(page)) === JSON.stringify(ids((f) => f.type === 'value')));
  const clean = await page.$$eval('#beads section', (bs) => bs.filter((b) =>
    !b.querySelector('li.f') && !b.hidden).length);
  check('... and hides the beads without findings', clean === 0, clean);
  await keyboard(page, ids((f) => f.type === 'value').length);

  await page.click('a[href="#sev=error"]');
  await page.waitForFunction(() => location.hash === '#sev=error');
  check('the header count "errors" shows the errors only',
    JSON.stringify(await shownRows(page)) === JSON.stringify(ids((f) => f.severity === 'error')));
  await page.click('a[href="#all"]');
  await page.waitForFunction(() => location.hash === '#all');
  check('"show all" shows every finding', (await shownRows(page)).length === findings.length);
  const beads = await page.$$eval('#beads section', (bs) => bs.filter((b) => b.hidden).length);
  check('... and every bead', beads === 0, beads);
}

async function simplified(page) {
  const before = await page.$$eval('.simp', (s) => s.filter((x) => x.offsetParent).length);
  await page.keyboard.press('s');
  const after = await page.$$eval('.simp', (s) => s.filter((x) => x.offsetParent).length);
  const total = await page.$$eval('.simp', (s) => s.length);
  check('s shows the Simplified reading of every Chinese sentence that has one',
    before === 0 && total > 0 && after === total, `${before} ${after} ${total}`);
  await page.keyboard.press('s');
}

async function narrow(file, findings) {
  const { context, page, log, url } = await open(file, { width: 360, height: 740 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check('360 px: nothing wider than the screen', width <= 360, width);
  const boxes = await page.$$eval('li.f', (ls) => ls.map((li) => {
    const r = li.getBoundingClientRect();
    return r.left >= 0 && r.right <= 360 && r.width > 0;
  }));
  check('360 px: every finding row inside the screen',
    boxes.length === findings.length && boxes.every((x) => x));
  await page.keyboard.press('n');
  check('360 px: n still reaches the first finding',
    await page.evaluate(() => document.activeElement.id) === 'f0');
  await page.screenshot({ path: path.join(out, 'tw-results-360.png'), fullPage: false });
  noTraffic('360 px', log, url);
  await context.close();
}

async function printed(file, findings) {
  const { context, page, log, url } = await open(file, { width: 800, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const b = document.querySelector('#beads section li.f').closest('section');
    const zh = b.querySelector('.zh').getBoundingClientRect();
    const en = b.querySelector('.en').getBoundingClientRect();
    return {
      sideBySide: en.left >= zh.right - 1 && Math.abs(en.top - zh.top) < 2,
      controls: getComputedStyle(document.getElementById('controls')).display,
      rows: [...document.querySelectorAll('li.f')].filter((li) => li.offsetParent).length,
    };
  });
  check('print: the two columns side by side', layout.sideBySide);
  check('print: the filters are not printed', layout.controls === 'none', layout.controls);
  check('print: every finding printed inline', layout.rows === findings.length, layout.rows);
  await page.screenshot({ path: path.join(out, 'tw-results-print.png'), fullPage: true });
  await page.pdf({ path: path.join(out, 'tw-results.pdf'), format: 'A4' });
  noTraffic('print', log, url);
  await context.close();
}

// A document that tries to run script: it must show as text.
async function hostile() {
  const zh = path.join(out, 'hostile.zh.txt'), en = path.join(out, 'hostile.en.txt');
  writeFileSync(zh, '营收为<script>alert(1)</script>34亿元。\n利润</td><img src=x onerror=alert(1)>为5亿元。\n');
  writeFileSync(en, 'Revenue was <script>alert(1)</script> RMB 34 billion.\nProfit was </td><img src=x onerror=alert(1)> RMB 5 billion.\n');
  const file = path.join(out, 'hostile.html');
  zhenRun(['check', '--force', '--lexicon=none', '--format=html', '-o', file, zh, en]);
  const { context, page, log, url } = await open(file, { width: 1000, height: 800 });
  const dom = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('script').length,
    text: document.body.textContent,
  }));
  check('hostile input: no <img> element, one <script> (the report\'s)',
    dom.imgs === 0 && dom.scripts === 1, JSON.stringify([dom.imgs, dom.scripts]));
  check('hostile input: its tags show as text',
    dom.text.includes('<script>alert(1)</script>') &&
    dom.text.includes('</td><img src=x onerror=alert(1)>'));
  check('hostile input: no dialog opened', log.dialogs === 0, log.dialogs);
  noTraffic('hostile input', log, url);
  await context.close();
}


// The Simplified reading is the page's map of characters applied by the
// script, or a sentence's own reading where the map would be wrong: either
// way it must be what zhen convert gives for that sentence. 著 becomes 着
// in the first sentence and stays in 著名: the second needs its own.
async function simplifiedExact() {
  const zh = path.join(out, 'simp.zh.txt'), en = path.join(out, 'simp.en.txt');
  writeFileSync(zh, '他看著報告說營收為34億元。\n著名的公司獲利為5億元。\n');
  writeFileSync(en, 'He read the report: revenue was RMB 3.4 billion.\n' +
    'The famous company made a profit of RMB 500 million.\n');
  const file = path.join(out, 'simp.html');
  zhenRun(['check', '--lexicon=none', '--format=html', '-o', file, zh, en]);
  const { context, page, log, url } = await open(file, { width: 1000, height: 800 });
  const mode = (await page.textContent('header dl')).match(/converted with (t2s|tw2s|hk2s)/)[1];
  await page.keyboard.press('s');
  const got = await page.$$eval('#beads .zh p', (ps) => ps.map((p) => {
    const s = p.querySelector('.simp');
    return { text: p.textContent.slice(0, p.textContent.length - (s ? s.textContent.length : 0)),
      simp: s ? s.textContent : null,
      shown: !!(s && s.offsetParent) };
  }));
  const want = got.map((g) => spawnSync(zhen, ['convert', `--convert=${mode}`, '-'],
    { input: g.text, encoding: 'utf8' }).stdout.replace(/\n$/, ''));
  check('Simplified reading: each sentence reads as zhen convert gives it',
    got.length === 2 && got.every((g, i) => (g.simp === null ? g.text : g.simp) === want[i]),
    JSON.stringify([got, want]));
  check('... shown after s, the one from the map and the one of its own',
    got.every((g) => g.simp !== null && g.shown));
  const html = readFileSync(file, 'utf8');
  check('... one sentence carries its own reading, the other the map gives',
    (html.match(/<span class=simp/g) || []).length === 1 && /data-m="[^"]*著着/.test(html));
  noTraffic('Simplified reading', log, url);
  await context.close();
}

// Beads the aligner doubts (confidence under 0.25, where the check turns
// its errors into warnings) are shaded and say their confidence. Five
// Chinese "是。" against two English "Yes.": which pairs with which is a
// guess.
async function lowConfidence() {
  const zh = path.join(out, 'low.zh.txt'), en = path.join(out, 'low.en.txt');
  writeFileSync(zh, '營收為34億元。\n是。\n是。\n是。\n是。\n是。\n淨利為5億元。\n');
  writeFileSync(en, 'Revenue was NT$3.4 billion.\nYes.\nYes.\nNet profit was NT$500 million.\n');
  const file = path.join(out, 'low.html');
  zhenRun(['check', '--lexicon=none', '--format=html', '-o', file, zh, en]);
  const beads = zhenRun(['align', '--lexicon=none', '--format=json', zh, en])
    .trim().split('\n').map((l) => JSON.parse(l)).filter((o) => 'confidence' in o);
  const { context, page, log, url } = await open(file, { width: 1000, height: 800 });
  const shown = await page.$$eval('#beads section', (ss) => ss.map((s) => {
    const c = s.querySelector('.w .c');
    return { id: s.id, low: s.classList.contains('low'),
      bg: getComputedStyle(s).backgroundColor,
      conf: c ? c.textContent : null,
      label: c ? getComputedStyle(c, '::before').content : null };
  }));
  const low = beads.filter((b) => b.confidence < 0.25);
  check('low confidence: the test pair has a doubted bead and a sure one',
    low.length > 0 && low.length < beads.length, JSON.stringify(beads));
  check('low confidence: one section a bead', shown.length === beads.length);
  const plainBg = shown.find((s, i) => beads[i].confidence >= 0.25).bg;
  const wrong = beads.filter((b, i) => {
    const s = shown[i];
    if (!s || s.id !== `b${b.index + 1}`)
      return true;
    if (b.confidence < 0.25)
      return !s.low || s.bg === plainBg || s.conf !== b.confidence.toFixed(2);
    return s.low;
  });
  check('low confidence: exactly the beads under 0.25 are shaded, with their confidence',
    wrong.length === 0, JSON.stringify(wrong));
  check('low confidence: the figure is labelled "confidence"',
    shown.filter((s) => s.low).every((s) => s.label === '"confidence "'),
    JSON.stringify(shown.map((s) => s.label)));
  await page.screenshot({ path: path.join(out, 'low-confidence.png') });
  noTraffic('low confidence', log, url);
  await context.close();
}

// A finding a baseline accepted is shown greyed, apart from the others:
// a box hides and shows it, and n/p never stop on it.
async function acceptedGreyed(tw) {
  const base = path.join(out, 'accepted.tsv'), file = path.join(out, 'accepted.html');
  const id = tw.findings[0].id;
  zhenRun(['accept', id, '--reason=test', `--baseline=${base}`,
    'corpus/tw-results/zh.txt', 'corpus/tw-results/en.txt']);
  zhenRun(['check', '--lexicon=none', `--baseline=${base}`, '--format=html', '-o', file,
    'corpus/tw-results/zh.txt', 'corpus/tw-results/en.txt']);
  await acceptedChecks('accepted', file, id, tw.findings.length);
}

// The checks of a page with one finding of @p total accepted (@p id).
async function acceptedChecks(name, file, id, total) {
  const { context, page, log, url } = await open(file, { width: 1000, height: 800 });
  const row = page.locator('li.f.acc');
  check(`${name}: one greyed row, with the id accepted`, await row.count() === 1 &&
    await row.getAttribute('data-id') === id && await row.isVisible());
  const colours = await page.evaluate(() => {
    const c = (sel) => getComputedStyle(document.querySelector(sel)).color;
    return [c('li.f.acc'), c('li.f:not(.acc)')];
  });
  check(`${name}: greyed (another colour than an open finding)`, colours[0] !== colours[1],
    colours.join(' vs '));
  check(`${name}: its figure is marked greyed and leads to it`,
    await page.locator(`mark.acc[data-f~="${await row.getAttribute('id')}"]`).count() > 0);
  check(`${name}: not among the findings counted or stepped to`,
    (await page.textContent('#shown')) === `${total - 1} of ${total - 1}`,
    await page.textContent('#shown'));
  const seen = new Set();
  for (let i = 0; i < total; i++) {
    await page.keyboard.press('n');
    seen.add(await page.evaluate(() => document.activeElement.className));
  }
  check(`${name}: n never stops on it`, ![...seen].some((c) => c.includes('acc')), [...seen].join());
  await page.uncheck('input[name="acc"]');
  check(`${name}: unchecking the box hides it`, !(await row.isVisible()));
  await page.check('input[name="acc"]');
  check(`${name}: checking it shows it again`, await row.isVisible());
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  noTraffic(name, log, url);
  await context.close();
}

// The page of pre-aligned pairs (--pairs) and of a bilingual file read as
// units (XLIFF): every finding of the JSON there and reached by n, each
// pair under its place (line, unit, segment id), no error, narrow works.
async function pairsPage(name, args, places, reading) {
  const file = path.join(out, `${name}.html`);
  zhenRun(['check', '--lexicon=none', '--format=html', '-o', file, ...args]);
  const findings = zhenRun(['check', '--lexicon=none', '--format=json', ...args])
    .trim().split('\n').map((l) => JSON.parse(l)).flatMap((o) => o.findings || []);
  check(`${name}: the input has findings`, findings.length > 0);
  const { context, page, log, url } = await open(file, { width: 1000, height: 800 });
  await findingsPresent(page, findings);
  await keyboard(page, findings.length);
  const where = await page.$$eval('#beads section .w', (ws) => ws.map((w) => w.textContent));
  check(`${name}: each pair under its place`, places.every((p) => where.includes(p)),
    where.slice(0, 5).join(' | '));
  await figuresRead(name, page);
  if (reading)
    await simplified(page);
  await page.click('a[href="#sev=error"]');
  await page.waitForFunction(() => location.hash === '#sev=error');
  const ids = findings.map((f, i) => (f.severity === 'error' ? `f${i}` : null)).filter((x) => x);
  check(`${name}: the header count "errors" shows the errors only`,
    JSON.stringify(await shownRows(page)) === JSON.stringify(ids));
  await page.setViewportSize({ width: 360, height: 740 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(`${name}: 360 px: nothing wider than the screen`, width <= 360, width);
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  noTraffic(name, log, url);
  await context.close();
}

// Every figure that zhen numbers reads in a pair's side (its JSON
// quantities) is marked there, and the figures matched share a colour.
async function figuresRead(name, page) {
  const sides = await page.$$eval('#beads section', (ss) => ss.flatMap((sec) =>
    ['zh', 'en'].map((l) => {
      const p = sec.querySelector(`.${l} p`), s = p.querySelector('.simp');
      const text = p.textContent;
      return { l, text: s ? text.slice(0, text.length - s.textContent.length) : text,
        marks: [...p.querySelectorAll('mark')].map((m) => m.textContent),
        colours: [...p.querySelectorAll('mark[class^="m"]')].map((m) => m.className).sort() };
    })));
  const missed = sides.filter((sd) => {
    const json = spawnSync(zhen, ['numbers', `--lang=${sd.l}`, '--format=json', '-'],
      { input: sd.text, encoding: 'utf8' }).stdout;
    const want = json.split('\n').filter((x) => x).map((x) => JSON.parse(x).text);
    return want.some((t) => !sd.marks.includes(t));
  });
  check(`${name}: every figure of the JSON quantities marked`,
    sides.length > 0 && missed.length === 0, JSON.stringify(missed.slice(0, 2)));
  const pairs = [];
  for (let i = 0; i + 1 < sides.length; i += 2)
    pairs.push([sides[i].colours.join(), sides[i + 1].colours.join()]);
  check(`${name}: matched figures share a colour on both sides`,
    pairs.some(([z]) => z) && pairs.every(([z, e]) => z === e), JSON.stringify(pairs.slice(0, 3)));
}

// A finding of a bilingual file accepted by a baseline: greyed on the
// pairs page as on the document page.
async function pairsAccepted(name, args) {
  const all = path.join(out, `${name}-all.tsv`), base = path.join(out, `${name}-base.tsv`);
  const file = path.join(out, `${name}.html`);
  zhenRun(['check', '--lexicon=none', `--write-baseline=${all}`, ...args]);
  const findings = zhenRun(['check', '--lexicon=none', '--format=json', ...args])
    .trim().split('\n').map((l) => JSON.parse(l)).flatMap((o) => o.findings || []);
  const id = findings[0].id;
  const lines = readFileSync(all, 'utf8').split('\n');
  writeFileSync(base, lines.filter((l) => l.startsWith('#') || l.startsWith(id)).join('\n') + '\n');
  zhenRun(['check', '--lexicon=none', `--baseline=${base}`, '--format=html', '-o', file, ...args]);
  await acceptedChecks(name, file, id, findings.length);
}

// A batch's index page: a row a pair with its counts, sorted by a click
// on a heading (numbers most first, then the other way), and its links
// open the pairs' pages.
async function batchIndex() {
  const dir = path.join(out, 'batch'), pages = path.join(out, 'batch-pages');
  mkdirSync(dir, { recursive: true });
  for (const d of ['tw-results', 'cn-policy', 'hk-deal']) {
    copyFileSync(path.join(src, 'corpus', d, 'zh.txt'), path.join(dir, `${d}.zh.txt`));
    copyFileSync(path.join(src, 'corpus', d, 'en.txt'), path.join(dir, `${d}.en.txt`));
  }
  // a clean pair, so that the errors column is not in order already
  writeFileSync(path.join(dir, 'a-clean.zh.txt'), '营收为34亿元。\n');
  writeFileSync(path.join(dir, 'a-clean.en.txt'), 'Revenue was RMB 3.4 billion.\n');
  zhenRun(['check', '--lexicon=none', '--batch', dir, '--format=html', '-o', pages]);
  const { context, page, log, url } = await open(path.join(pages, 'index.html'),
    { width: 1000, height: 800 });
  const col = async (i) => page.$$eval('#pairs tbody tr', (rs, i) =>
    rs.map((r) => r.cells[i].textContent), i);
  check('index: a row a pair', (await col(0)).length === 4);
  const w0 = (await col(3)).map(Number);
  await page.click('#pairs th:nth-child(4)'); // errors
  const w1 = (await col(3)).map(Number);
  check('index: a click on "errors" sorts most first',
    w1.every((x, i) => i === 0 || w1[i - 1] >= x) && w1.join() !== w0.join(),
    `${w0} -> ${w1}`);
  await page.click('#pairs th:nth-child(4)');
  const w2 = (await col(3)).map(Number);
  check('index: a second click the other way',
    w2.every((x, i) => i === 0 || w2[i - 1] <= x), w2.join());
  await page.focus('#pairs th:nth-child(2)');
  await page.keyboard.press('Enter');
  const zh = await col(1);
  check('index: Enter on "Chinese" sorts by name',
    JSON.stringify(zh) === JSON.stringify([...zh].sort()), zh.join());
  await page.screenshot({ path: path.join(out, 'batch-index.png') });
  const first = await page.$eval('#pairs tbody tr a', (a) => a.textContent);
  await page.click('#pairs tbody tr a');
  await page.waitForSelector('#beads');
  check('index: a link opens the pair\'s page', (await page.title()).includes('zh.txt'),
    `${first}: ${await page.title()}`);
  const others = log.requests.filter((u) => !u.startsWith('file://'));
  check('index: nothing fetched from outside', others.length === 0, others.join(' '));
  check('index: no console error', log.errors.length === 0, log.errors.join(' | '));
  await context.close();
}

try {
  const tw = report('tw-results', 'corpus/tw-results/zh.txt',
    'corpus/tw-results/en.txt');
  check('the corpus report has findings', tw.findings.length > 0);
  const { context, page, log, url } = await open(tw.file, { width: 1000, height: 620 });
  // the README's picture (docs/report.png is a copy): the first finding in focus
  await page.keyboard.press('n');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(out, 'tw-results.png') });
  await page.setViewportSize({ width: 1100, height: 760 });
  await findingsPresent(page, tw.findings);
  await keyboard(page, tw.findings.length);
  await filters(page, tw.findings);
  await simplified(page);
  const full = path.join(out, 'tw-results-full.png');
  await page.screenshot({ path: full, fullPage: true });
  noTraffic('wide', log, url);
  await context.close();
  await narrow(tw.file, tw.findings);
  await printed(tw.file, tw.findings);
  await hostile();
  await simplifiedExact();
  await lowConfidence();
  await acceptedGreyed(tw);
  await pairsPage('pairs', ['--pairs', 'corpus/pairs/sample.tsv'], ['line 1', 'line 50']);
  await pairsPage('xliff', ['corpus/formats/xliff/tw-results.xlf'],
    ['unit 2, segment 1, line 16 id 2/1 (signed-off)'], true);
  await pairsAccepted('xliff-accepted', ['corpus/formats/xliff/tw-results.xlf']);
  await batchIndex();
} catch (e) {
  check('the test ran to its end', false, e.stack);
}
await browser.close();
console.log(`${passed} passed, ${failed} failed; screenshots in ${out}`);
process.exit(failed ? 1 : 0);
