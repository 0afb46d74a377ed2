// The web UI in a real browser: Debian's Chromium driven by playwright-core against the server on
// the example corpus. Under CI (CI=true) a missing browser is a failure, since .ci/run installs it;
// elsewhere the tests skip and say why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { ingestPaths } from '../../src/pipeline.js';
import { buildServer } from '../../src/server/app.js';

const CHROMIUM = process.env.NEWSLINE_CHROMIUM ?? '/usr/bin/chromium';
/** Where the test run leaves its screenshot (out/ is ignored by git). */
const SHOT_DIR = join('out', 'test');
const TOKEN = 'browser-test-token';
/** Generous for a shared, loaded machine: a UI step normally takes well under a second. */
const STEP_MS = 20_000;
/** Flags for a headless run that reaches nothing outside this machine. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const inCi = ['1', 'true'].includes(String(process.env.CI).toLowerCase());
const hasBrowser = existsSync(CHROMIUM);
const skip = hasBrowser ? false : `no Chromium at ${CHROMIUM} (set NEWSLINE_CHROMIUM, or apt-get install chromium)`;

if (!hasBrowser && inCi) {
  test('Chromium is installed for the browser tests', () => {
    assert.fail(`CI=true but ${CHROMIUM} is missing: .ci/run should have installed it`);
  });
}

let dir: string;
let store: Store;
let app: FastifyInstance;
let base: string;
let browser: Browser;

before(async () => {
  if (!hasBrowser) return;
  dir = mkdtempSync(join(tmpdir(), 'newsline-browser-'));
  store = openStore(join(dir, 'test.db'));
  await ingestPaths(store, ['examples']);
  app = await buildServer({ store, token: TOKEN });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  if (!hasBrowser) return;
  await browser?.close();
  await app?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page that records everything a hostile string could make happen: dialogs, console output, requests leaving this server. */
async function watchedPage(): Promise<{ page: Page; dialogs: string[]; console: string[]; outside: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(STEP_MS);
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  const outside: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  return { page, dialogs, console: consoleLines, outside };
}

async function mainStoryId(): Promise<string> {
  const res = await fetch(`${base}/api/stories`);
  const body = (await res.json()) as { stories: { id: string }[] };
  return body.stories[0].id;
}

test('the story page shows the timeline and the map pins; a pin filters; an entry shows its highlighted source', { skip }, async () => {
  const { page, outside } = await watchedPage();
  await page.goto(`${base}/#/story/${encodeURIComponent(await mainStoryId())}`);
  await page.waitForSelector('body[data-ready="story"]');

  const entries = page.locator('#timeline li.entry');
  const allCount = await entries.count();
  assert.ok(allCount >= 3, `expected a timeline, saw ${allCount} entries`);
  assert.match((await entries.first().locator('.date').textContent()) ?? '', /^\d{4}(-\d{2}){0,2}/);
  assert.match((await entries.first().locator('.badge.sources').textContent()) ?? '', /\d+ sources?/);

  const pins = page.locator('#map path.pin');
  await pins.first().waitFor();
  assert.ok((await pins.count()) >= 2, 'expected a pin per place');
  // The borders are drawn from the local file: the base layer is there with no internet.
  assert.ok((await page.locator('#map path.leaflet-interactive, #map path').count()) > (await pins.count()));

  mkdirSync(SHOT_DIR, { recursive: true });
  const shot = join(SHOT_DIR, 'story-page.png');
  await page.screenshot({ path: shot, fullPage: true });
  assert.ok(statSync(shot).size > 10_000, 'the screenshot should hold a drawn page');

  // Click the pin with the fewest events: the filtered timeline must be shorter and all at that place.
  const pinIds = await pins.evaluateAll((nodes) => nodes.map((n) => [...n.classList].find((c) => c.startsWith('pin-'))!));
  const placeIds = await page.evaluate(() => [...document.querySelectorAll('#timeline li.entry')].map((n) => n.getAttribute('data-places') ?? ''));
  const target = pinIds[pinIds.length - 1];
  await page.locator(`#map path.${target}`).dispatchEvent('click');
  await page.waitForSelector('#clear-filter');
  const filtered = await page.evaluate(() => [...document.querySelectorAll('#timeline li.entry')].map((n) => (n.getAttribute('data-places') ?? '').split(' ')));
  assert.ok(filtered.length > 0 && filtered.length < allCount, `filter kept ${filtered.length} of ${allCount}`);
  const placeOf = (cls: string) => cls.slice('pin-'.length);
  assert.ok(filtered.every((ids) => ids.some((id) => id.replace(/[^A-Za-z0-9_-]/g, '_') === placeOf(target))), 'every kept entry is at the clicked place');
  assert.ok(placeIds.length === allCount);
  await page.click('#clear-filter');
  await page.waitForFunction((n) => document.querySelectorAll('#timeline li.entry').length === n, allCount);

  // Click an entry: its sources list, and the first source's sentence highlighted in the cleaned page.
  const first = entries.first();
  const entryText = (await first.textContent()) ?? '';
  await first.click();
  const mark = page.locator('#source-text mark#highlight');
  await mark.waitFor();
  const highlighted = ((await mark.textContent()) ?? '').trim();
  assert.ok(highlighted.length > 10, 'a sentence is highlighted');
  assert.ok((await page.locator('#source-list li').count()) >= 1);
  const around = (await page.locator('#source-text').textContent()) ?? '';
  assert.ok(around.length > highlighted.length, 'the sentence is shown inside its page');
  assert.ok(entryText.length > 0);
  assert.deepEqual(outside, [], 'the page asked for nothing outside this server');
  await page.close();
});

test('search finds a page by a word from its body', { skip }, async () => {
  const { page } = await watchedPage();
  // 'Mayadeen' appears in the body of an example page; the search box drives the route.
  await page.goto(`${base}/#/`);
  await page.waitForSelector('body[data-ready="home"]');
  await page.fill('#search', 'Mayadeen');
  await page.press('#search', 'Enter');
  await page.waitForSelector('body[data-ready="search"]');
  await page.locator('#hits li').first().waitFor();
  assert.ok((await page.locator('#hits li').count()) >= 1);
  assert.match((await page.locator('#hits mark').first().textContent()) ?? '', /mayadeen/i);
  await page.close();
});

test('each entry names its actors, and clicking one keeps only the entries with that actor', { skip }, async () => {
  const { page, console: logged } = await watchedPage();
  await page.goto(`${base}/#/story/${await mainStoryId()}`);
  await page.waitForSelector('body[data-ready="story"]');
  const button = page.locator('#timeline .actor-filter', { hasText: 'Islamic State' }).first();
  await button.waitFor();
  const before = await page.locator('#timeline li.entry').count();
  await button.click();
  await page.waitForSelector('#clear-filter');
  const entries = page.locator('#timeline li.entry');
  const after = await entries.count();
  assert.ok(after > 0 && after <= before, `${after} of ${before} entries`);
  for (let i = 0; i < after; i++) assert.match((await entries.nth(i).textContent()) ?? '', /Islamic State/);
  assert.match((await page.locator('#timeline-info').textContent()) ?? '', /with Islamic State/);
  assert.deepEqual(logged.filter((l) => /pageerror/.test(l)), []);
  await page.close();
});

test('an article marks the sentences the timeline left out, each with its reason', { skip }, async () => {
  const { page, console: logged } = await watchedPage();
  const res = await fetch(`${base}/api/stories/${await mainStoryId()}`);
  const story = (await res.json()) as { sources: { items: { pageId: string; title: string | null }[] } };
  const orontes = story.sources.items.find((s) => /Troops push into IS-held districts/.test(s.title ?? ''))!;
  await page.goto(`${base}/#/article/${orontes.pageId}`);
  await page.waitForSelector('body[data-ready="article"]');
  const marked = page.locator('#article-text .left-out', { hasText: 'Commanders predicted' });
  assert.equal(await marked.count(), 1, 'the prediction is marked where it stands');
  assert.match((await marked.getAttribute('title')) ?? '', /prediction/);
  assert.equal(await page.locator('#article-text .left-out', { hasText: 'moved into the districts' }).count(), 0, 'an event is not marked');
  assert.deepEqual(logged.filter((l) => /pageerror/.test(l)), []);
  await page.close();
});

test('a page full of script, onerror and javascript: links is shown as text and nothing runs', { skip }, async () => {
  const hostile = [
    'Quarry collapse at Velmora traps workers',
    '',
    'VELMORA, 4 March 2024 - A quarry wall collapsed at Velmora on Monday, trapping eleven workers, officials said.',
    'Rescuers said <script>window.__pwned = 1; console.log("pwned-script"); alert("pwned-script")</script> was found on the wall.',
    'A witness posted <img src=x onerror="window.__pwned = 2; alert(\'pwned-img\')"> and <svg onload="alert(\'pwned-svg\')"></svg> online.',
    'More at <a href="javascript:alert(\'pwned-link\')">this link</a> and javascript:alert("pwned-bare") according to the zorbleflint report.',
  ].join('\n');
  const hostileHtml =
    '<html><head><title>Zorbleflint quarry update</title><script>alert("pwned-head")</script><style>body{display:none}</style></head>' +
    '<body><article><h1>Zorbleflint quarry update</h1><p>Rescuers reached the trapped workers at Velmora on 5 March 2024, the zorbleflint team said.</p>' +
    '<p><img src="x" onerror="alert(\'pwned-img2\')"><a href="javascript:alert(\'pwned-link2\')">Click for more</a></p>' +
    '<script>document.title = "pwned"; alert("pwned-body")</script></article></body></html>';
  const res = await fetch(`${base}/api/pages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ pages: [{ source: 'hostile.txt', text: hostile }, { source: 'hostile.html', html: hostileHtml }] }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  const report = (await res.json()) as { pageIds: string[]; added: number };
  assert.equal(report.added, 2);

  const { page, dialogs, console: lines, outside } = await watchedPage();
  const visit = async (hash: string, ready: string) => {
    await page.goto(`${base}/${hash}`);
    await page.waitForSelector(`body[data-ready="${ready}"]`);
  };
  await visit(`#/article/${report.pageIds[0]}`, 'article');
  const shown = (await page.locator('#article-text').textContent()) ?? '';
  assert.ok(shown.includes('<script>'), 'the markup is shown as the text it is');
  await visit(`#/article/${report.pageIds[1]}`, 'article');
  await visit('#/search/zorbleflint', 'search');
  assert.ok((await page.locator('#hits li').count()) >= 1, 'the hostile pages are found');
  const storyRes = await fetch(`${base}/api/articles/${report.pageIds[0]}`);
  const storyId = ((await storyRes.json()) as { storyId: string | null }).storyId;
  if (storyId) {
    await visit(`#/story/${encodeURIComponent(storyId)}`, 'story');
    const entry = page.locator('#timeline li.entry').first();
    if (await entry.count()) {
      await entry.click();
      await page.locator('#source-text mark').waitFor();
    }
  }
  // Give any injected handler (an image error, a timer) time to fire.
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.deepEqual(lines.filter((l) => /pwned/.test(l)), [], 'no injected script logged');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator('#main script, #main img, #main svg[onload], #main [onerror]').count(), 0);
  assert.equal(await page.locator('#main a[href^="javascript:"]').count(), 0);
  assert.notEqual(await page.title(), 'pwned');
  assert.deepEqual(outside, []);
  await page.close();
});
