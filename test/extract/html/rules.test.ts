import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../../src/extract/html/extract.js';
import { MAX_HTML_CHARS } from '../../../src/extract/html/dom.js';

const BODY = [
  'The lighthouse keepers of Skerry Point handed over the keys on Friday, ending a watch their families had kept for more than a century.',
  'Automatic lamps were fitted in the spring, and the coastguard said the station would now be checked from the harbour office twice a week.',
  'Local historians plan to turn the keepers cottage into a small museum, with logbooks, oil lamps and letters lent by the last three families.',
];
const LEAD = 'After one hundred and twelve years of lamps trimmed by hand, the last keepers of Skerry Point have left the rock for good.';

function page(inner: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Keepers leave Skerry Point</title>${head}</head><body>
    <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/coast">Coast</a></li></ul></nav>
    ${inner}
    <footer class="page-footer"><p>Harbour Weekly, printed and published on the island since 1921.</p></footer>
  </body></html>`;
}

const paragraphs = (extra = '') => `${BODY.map((p) => `<p>${p}</p>`).join('')}${extra}`;

test('lead: a standfirst in a header box beside the body is article text', () => {
  const html = page(`<main><header class="story-head"><h1>Keepers leave Skerry Point</h1><div class="standfirst"><p>${LEAD}</p></div></header>
    <article><div class="story-text">${paragraphs()}</div><div class="tools"><a href="/print">Print this page</a></div></article></main>`);
  const result = extractHtml(html);
  assert.deepEqual(result.paragraphs.map((p) => p.text), [LEAD, ...BODY]);
});

test('lead: a teaser far from the article, above the headline, is not taken for its lead', () => {
  const teaser = 'Read our earlier report on the storm that closed the island ferry for a week last winter and cut the power twice.';
  const html = page(`<div class="top"><div><div><div><p>${teaser}</p></div></div></div></div>
    <main><h1>Keepers leave Skerry Point</h1><div class="story-text">${paragraphs()}</div></main>`);
  assert.ok(!extractHtml(html).text.includes('earlier report'));
});

test('captions and picture credits are dropped, the paragraphs around them kept', () => {
  const figure = '<figure><img src="lamp.jpg"><figcaption>The old lamp room, seen from the gallery.</figcaption></figure>';
  const credit = '<p>Foto: Ann Example / Harbour Weekly</p>';
  const result = extractHtml(page(`<article><h1>Keepers leave Skerry Point</h1>${paragraphs(figure + credit)}</article>`));
  assert.deepEqual(result.paragraphs.map((p) => p.text), BODY);
  assert.ok(result.dropped.some((d) => d.reason === 'caption' && d.text.startsWith('The old lamp room')));
  assert.ok(result.dropped.some((d) => d.reason === 'credit' && d.text.startsWith('Foto:')));
});

test('paywall, blog-engine and prompt lines inside the article are dropped', () => {
  const tail = [
    '<p>To read every story in full, subscribe to Harbour Weekly for a small monthly fee.</p>',
    '<p>This entry was posted in Coast. Bookmark the permalink.</p>',
    '<p>Was this article helpful?</p>',
    '<p>Follow us on Twitter and Instagram for the latest news from the islands.</p>',
  ].join('');
  const result = extractHtml(page(`<article><h1>Keepers leave Skerry Point</h1>${paragraphs(tail)}</article>`));
  assert.deepEqual(result.paragraphs.map((p) => p.text), BODY);
  const reasons = new Set(result.dropped.map((d) => d.reason));
  for (const reason of ['subscription', 'post-meta', 'label', 'follow-us']) assert.ok(reasons.has(reason), `dropped as ${reason}`);
});

test('metadata: last modification kept apart from publication, description and canonical address read', () => {
  const head = [
    '<link rel="canonical" href="/coast/keepers-leave">',
    '<meta name="description" content="The last keepers of Skerry Point   hand over the keys.">',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-06-04T08:00:00Z","dateModified":"2021-06-07T17:30:00Z"}</script>',
  ].join('');
  const result = extractHtml(page(`<article><h1>Keepers leave Skerry Point</h1>${paragraphs()}</article>`, head), { url: 'https://harbour.example/coast/keepers-leave?ref=home' });
  assert.equal(result.published?.value, '2021-06-04');
  assert.equal(result.lastModified?.value, '2021-06-07');
  assert.equal(result.lastModified?.evidence.source, 'json-ld');
  assert.equal(result.description, 'The last keepers of Skerry Point hand over the keys.');
  assert.equal(result.canonicalUrl, 'https://harbour.example/coast/keepers-leave');
});

test('a page with no modification date has none, even when it has a publication date', () => {
  const head = '<meta property="article:published_time" content="2021-06-04T08:00:00Z">';
  const result = extractHtml(page(`<article><h1>Keepers leave Skerry Point</h1>${paragraphs()}</article>`, head));
  assert.equal(result.published?.value, '2021-06-04');
  assert.equal(result.lastModified, null);
});

test('script-only text: a page that shows a teaser is read from its JSON-LD articleBody', () => {
  const full = BODY.join('\n') + '\n' + BODY.map((p) => p.replace('Skerry', 'North Skerry')).join('\n');
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Keepers leave Skerry Point', articleBody: full });
  const html = page(`<article><h1>Keepers leave Skerry Point</h1><p>${BODY[0]}</p></article>`, `<script type="application/ld+json">${ld}</script>`);
  const result = extractHtml(html);
  assert.equal(result.paragraphs.length, 6);
  assert.ok(result.text.includes('harbour office twice a week'));
});

test('hostile sizes end with a result: a huge attribute, a page past the size limit', () => {
  const huge = extractHtml(page(`<article><h1 title="${'x'.repeat(2_000_000)}">Keepers</h1>${paragraphs()}</article>`));
  assert.ok(huge.text.includes('harbour office'));
  const filler = '<div class="row"><span>cell</span></div>'.repeat(Math.ceil(MAX_HTML_CHARS / 40) + 1000);
  const large = extractHtml(page(`<article>${paragraphs()}</article>${filler}`));
  assert.ok(large.text.includes('harbour office'));
  assert.ok(large.dropped.some((d) => d.reason === 'page-truncated'));
});
