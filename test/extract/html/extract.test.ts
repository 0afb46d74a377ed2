import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { extractHtml } from '../../../src/extract/html/extract.js';
import { decodeBytes } from '../../../src/ingest/decode.js';

const STORY = [
  'The river crossing at Harlow Ford reopened on Tuesday morning after engineers spent three weeks rebuilding the central span, council officials said.',
  'Traffic had been diverted through the village of Eastcombe, adding forty minutes to the journey for commuters, delivery drivers and the school buses that serve the valley.',
  'The repair cost about two million pounds, which the county will share with the regional transport fund, according to a statement issued by the works department.',
];

function page(body: string, head = '<title>Bridge reopens after repairs | Valley Gazette</title>'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
    <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    ${body}
    <footer class="site-footer"><p>Copyright Valley Gazette. All rights reserved. Contact us for licensing questions.</p></footer>
  </body></html>`;
}

const article = (extra = '') => `<article><h1>Bridge reopens after repairs</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}${extra}</article>`;

test('keeps every paragraph of the story, in order, and drops the menu and footer with their reasons', () => {
  const result = extractHtml(page(article()));
  assert.deepEqual(result.paragraphs.map((p) => p.text), STORY);
  for (const p of result.paragraphs) assert.equal(result.text.slice(p.start, p.end), p.text);
  const menu = result.dropped.find((d) => d.text.includes('Home'));
  assert.ok(menu && /nav/.test(menu.reason), `menu dropped with a reason: ${JSON.stringify(menu)}`);
  assert.ok(result.dropped.some((d) => d.text.startsWith('Copyright') && d.reason.includes('footer')));
  assert.ok(result.dropped.some((d) => d.reason === 'title'), 'the headline is not repeated in the body');
});

test('a byline date is read as the publication date and is not body text', () => {
  const html = page(article().replace('</h1>', '</h1><p class="byline">By Ann Example, March 4, 2021</p>'));
  const result = extractHtml(html);
  assert.equal(result.published?.value, '2021-03-04');
  assert.ok(!result.text.includes('Ann Example'));
});

test("a 'related articles' list inside the article is dropped", () => {
  const related = `<div class="related-articles"><h3>Related</h3><ul>
    <li><a href="/a">Council approves budget for new library in the town centre</a></li>
    <li><a href="/b">Flood defences tested as storm season begins along the coast</a></li></ul></div>`;
  const result = extractHtml(page(article(related)));
  assert.deepEqual(result.paragraphs.map((p) => p.text), STORY);
  assert.ok(result.dropped.some((d) => d.text.startsWith('Council approves') && /related/.test(d.reason)));
});

test("a heading that only introduces a list of links goes with the list", () => {
  const more = `<h3>You might also enjoy</h3><p><a href="/a">Ferry fares to rise in spring</a> <a href="/b">New bus shelter for Eastcombe</a></p>`;
  const result = extractHtml(page(article(more)));
  assert.deepEqual(result.paragraphs.map((p) => p.text), STORY);
  assert.ok(result.dropped.some((d) => d.text === 'You might also enjoy' && d.reason === 'lead-in'));
});

test('a page wrapper whose class reads like furniture is not taken for furniture when it holds the page', () => {
  const html = `<html><body><div class="outer outer--nav"><div class="main">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
    <ul class="menu"><li><a href="/">Home</a></li></ul></div></body></html>`;
  assert.deepEqual(extractHtml(html).paragraphs.map((p) => p.text), STORY);
});

test('an article split over sibling boxes is read whole when its main box is short', () => {
  const html = `<html><body><nav><a href="/">Home</a> <a href="/tours">Tours</a></nav><main><div class="intro"><div>
    <p>${STORY[0]}</p></div></div><div class="details"><p>${STORY[1]}</p><p>${STORY[2]}</p></div></main></body></html>`;
  assert.deepEqual(extractHtml(html).paragraphs.map((p) => p.text), STORY);
});

test('a small box whose class says content does not outrank the element that holds the story', () => {
  // A story of ordinary length: its prose, not the box's class words, decides.
  const long = [...STORY, ...STORY.map((p) => p.replace('the', 'that'))];
  const html = `<html><body><div class="gallery"><div class="slide-text content-text">Photo one, the bridge, at dawn, from the east bank, by a reader.</div></div>
    <div class="node">${long.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const result = extractHtml(html);
  assert.deepEqual(result.paragraphs.map((p) => p.text), long);
  assert.ok(!result.text.includes('Photo one'));
});

test('a cookie banner is dropped, even when it reads like prose', () => {
  const banner = `<div id="cookie-consent"><p>We use cookies to improve your experience, to personalise content and ads, and to analyse our traffic. By continuing you agree to this.</p><a href="#">Accept</a></div>`;
  const result = extractHtml(page(banner + article()));
  assert.ok(!result.text.includes('cookies'));
  assert.ok(result.dropped.some((d) => d.text.startsWith('We use cookies') && /cookie/.test(d.reason)));
});

test('a title tag that is only the site name gives way to the headline', () => {
  const result = extractHtml(page(article(), '<title>Valley Gazette</title><meta property="og:site_name" content="Valley Gazette">'));
  assert.equal(result.title, 'Bridge reopens after repairs');
  assert.equal(result.site, 'Valley Gazette');
});

test('non-UTF-8 pages decode by their declared charset: Windows-1256 Arabic and GB2312 Chinese', () => {
  const arabic = 'أعيد فتح الجسر فوق النهر صباح الثلاثاء بعد ثلاثة أسابيع من أعمال الإصلاح، بحسب مسؤولين في المجلس المحلي.';
  const arBytes = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><article><p>${arabic}</p></article></body></html>`, 'windows-1256');
  const ar = decodeBytes(arBytes, 'html');
  assert.equal(ar.encoding, 'windows-1256');
  assert.ok(extractHtml(ar.text).text.includes(arabic));

  const chinese = '经过三个星期的维修，河上的大桥于星期二上午重新开放，地方议会的官员表示交通已经恢复正常。';
  const zhBytes = iconv.encode(`<html><head><meta charset="gb2312"></head><body><article><p>${chinese}</p></article></body></html>`, 'gbk');
  const zh = decodeBytes(zhBytes, 'html');
  assert.ok(extractHtml(zh.text).text.includes(chinese));
});

test('a charset given by the HTTP header outranks detection', () => {
  const text = 'Ça coûte très cher, dit-il à la réunion du conseil municipal de la petite ville côtière.';
  const bytes = iconv.encode(`<html><body><p>${text}</p></body></html>`, 'windows-1252');
  assert.equal(decodeBytes(bytes, 'html', 'ISO-8859-1').text.includes(text), true);
});

test('deep nesting gives a result: the text when it is within reach, else a page-truncated note', () => {
  const nested = (depth: number, inner: string) => `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
  assert.ok(extractHtml(nested(1_000, `<p>${STORY[0]}</p>`)).text.includes('Harlow Ford'));
  const deep = extractHtml(`<html><body><p>${STORY[2]}</p>${nested(100_000, `<p>${STORY[0]}</p>`)}</body></html>`);
  assert.ok(deep.text.includes('two million pounds'));
  assert.ok(deep.dropped.some((d) => d.reason === 'page-truncated'));
  const unclosed = extractHtml(`<html><body><p>${STORY[1]}</p>${'<span><b><i>'.repeat(20_000)}more</body></html>`);
  assert.ok(unclosed.text.includes('Eastcombe'));
});

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '<div>', '</div>', '<p>', '</p>', '<a href="x">', '</a>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>',
  '<table><tr><td>', '</td></tr></table>', '<li>', '<ul>', '</ul>', '<br>', '<br/>', '<img src=x onerror=1>', '&amp;', '&#0;', '&#xD800;',
  '&nbsp;', '<', '>', '"', "'", '=', '<meta charset="', '<title>', '</title>', '<svg><text>', '</svg>', '<template>', '<nav class="menu">',
  '<article class="article-body">', '<h1>', '</h1>', '<time datetime="2019-13-45">', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":',
  '\u0000', '\ufeff', '\u202e', 'word ', 'Some words, with commas, here. ', 'x'.repeat(300), '<p hidden>', '<span style="display:none">', '<rt>', '<ruby>',
];

test('random and hostile HTML: every case ends, without an exception, with offsets that point into the text', () => {
  const next = random(20240601);
  for (let i = 0; i < 300; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(next() * 60);
    for (let j = 0; j < n; j++) {
      if (next() < 0.15) parts.push(String.fromCharCode(Math.floor(next() * 0xffff)));
      else parts.push(PIECES[Math.floor(next() * PIECES.length)]);
    }
    const html = parts.join('');
    const result = extractHtml(html, { url: next() < 0.5 ? 'https://example.org/2020/01/02/story' : undefined });
    assert.equal(typeof result.text, 'string', `case ${i}`);
    for (const p of result.paragraphs) assert.equal(result.text.slice(p.start, p.end), p.text, `case ${i}`);
  }
});
