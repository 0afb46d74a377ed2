import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { canonicalUrl, normalizeUrl, pageUrlKeys } from '../../src/ingest/url.js';
import { parseRobots } from '../../src/ingest/robots.js';
import { discoverFeeds, parseFeed } from '../../src/ingest/feed.js';
import { readWarc, readWarcRecords, warcResponseRecord, type KeyedItem } from '../../src/ingest/warc.js';
import { ingestPages } from '../../src/pipeline.js';
import { openStore } from '../../src/store/sqlite.js';

test('one article under many URLs gets one key: scheme, www, mobile, AMP, slash, tracking parameters', () => {
  const key = normalizeUrl('https://www.harbour-news.test/city/bridge-reopens?id=7');
  for (const u of [
    'http://harbour-news.test/city/bridge-reopens/?id=7',
    'https://m.harbour-news.test/city/bridge-reopens?utm_source=tw&id=7&fbclid=abc',
    'https://amp.harbour-news.test/city/bridge-reopens?id=7',
    'https://www.harbour-news.test/amp/city/bridge-reopens?id=7',
    'https://www.harbour-news.test/city/bridge-reopens/amp?id=7',
    'HTTPS://WWW.HARBOUR-NEWS.TEST:443/city//bridge-reopens?id=7#comments',
  ]) assert.equal(normalizeUrl(u), key, u);
  assert.notEqual(normalizeUrl('https://harbour-news.test/city/bridge-reopens?id=8'), key);
  assert.notEqual(normalizeUrl('https://harbour-news.test/city/bridge-closes?id=7'), key);
});

test('the canonical link names the page; a canonical pointing at the front page is ignored', () => {
  const html = '<html><head><link rel="canonical" href="https://harbour-news.test/city/bridge-reopens"></head><body></body></html>';
  assert.equal(canonicalUrl(html), 'https://harbour-news.test/city/bridge-reopens');
  assert.equal(canonicalUrl('<head><link href="https://harbour-news.test/" rel="canonical"></head>'), undefined);
  assert.equal(canonicalUrl('<head><meta property="og:url" content="/a/b"></head>', 'https://x.test/q'), 'https://x.test/a/b');
  const keys = pageUrlKeys({ url: 'https://m.harbour-news.test/amp/x?utm_medium=a', kind: 'html', content: html });
  assert.deepEqual(keys, ['harbour-news.test/x', 'harbour-news.test/city/bridge-reopens']);
});

test('robots.txt: our own group wins over *, the longest rule wins, Allow wins a tie, wildcards work', () => {
  const robots = parseRobots(
    ['User-agent: *', 'Disallow: /', '', 'User-agent: newsline', 'Disallow: /archive/', 'Allow: /archive/public', 'Disallow: /*.pdf$', 'Crawl-delay: 2'].join('\n'),
    'newsline',
  );
  assert.equal(robots.allows('/news/today'), true);
  assert.equal(robots.allows('/archive/2019'), false);
  assert.equal(robots.allows('/archive/public/1'), true);
  assert.equal(robots.allows('/files/report.pdf'), false);
  assert.equal(robots.allows('/files/report.pdf?x=1'), true);
  assert.equal(robots.crawlDelay, 2);
  assert.equal(parseRobots('User-agent: *\nDisallow: /\n', 'newsline').allows('/a'), false);
  assert.equal(parseRobots('User-agent: *\nDisallow:\n', 'newsline').allows('/a'), true);
});

test('RSS, Atom, JSON Feed, news sitemaps and sitemap indexes all give their article links', () => {
  const rss = parseFeed('<rss><channel><title>D</title><item><title>A &amp; B</title><link>https://n.test/a</link><pubDate>Mon, 07 Oct 2024 08:00:00 GMT</pubDate></item><item><guid>https://n.test/b</guid></item></channel></rss>');
  assert.deepEqual(rss?.items, [{ url: 'https://n.test/a', title: 'A & B', published: 'Mon, 07 Oct 2024 08:00:00 GMT' }, { url: 'https://n.test/b' }]);
  const atom = parseFeed('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><link rel="alternate" href="/e1"/><updated>2024-10-07T08:00:00Z</updated></entry></feed>', 'https://n.test/feed');
  assert.deepEqual(atom?.items, [{ url: 'https://n.test/e1', title: 'E', published: '2024-10-07T08:00:00Z' }]);
  const json = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', url: 'https://n.test/j', title: 'J', date_published: '2024-10-07' }] }));
  assert.equal(json?.kind, 'json');
  assert.equal(json?.items[0].url, 'https://n.test/j');
  const news = parseFeed('<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://n.test/s</loc><news:news><news:publication_date>2024-10-07</news:publication_date><news:title>S</news:title></news:news></url></urlset>');
  assert.deepEqual(news?.items, [{ url: 'https://n.test/s', title: 'S', published: '2024-10-07' }]);
  assert.deepEqual(parseFeed('<sitemapindex><sitemap><loc>https://n.test/sm1.xml</loc></sitemap></sitemapindex>')?.sitemaps, ['https://n.test/sm1.xml']);
  assert.equal(parseFeed('<!DOCTYPE html><html><body>page</body></html>'), undefined);
  assert.deepEqual(discoverFeeds('<head><link rel="alternate" type="application/rss+xml" href="/rss"></head>', 'https://n.test/'), ['https://n.test/rss']);
});

const article = (i: number, town: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Flood report ${i} from ${town}</title></head><body><article><h1>Flood report ${i} from ${town}</h1>` +
  `<p>Water rose in ${town} on 3 March 2024, and crews moved ${i * 7} families to the school hall overnight.</p>` +
  `<p>The mayor of ${town} said the river would crest on Thursday, record ${i}.</p></article></body></html>`;

function warcFile(dir: string, name: string, records: Buffer[]): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat(records));
  return path;
}

async function collect(items: AsyncIterable<KeyedItem>): Promise<KeyedItem[]> {
  const out: KeyedItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

test('a WARC.gz (one gzip member per record) is read record by record; only HTML responses become pages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-warc-'));
  const info = gzipSync(Buffer.from('WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n'));
  const pdfHttp = 'HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF';
  const pdf = gzipSync(Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.test/x.pdf\r\nWARC-Date: 2024-03-03T10:00:00Z\r\nContent-Length: ${pdfHttp.length}\r\n\r\n${pdfHttp}\r\n\r\n`));
  const file = warcFile(dir, 'a.warc.gz', [
    info,
    warcResponseRecord({ uri: 'https://www.riverside.test/flood-1', date: '2024-03-03T10:00:00Z', html: article(1, 'Riverside'), id: 'r1' }),
    pdf,
    warcResponseRecord({ uri: 'https://hilltop.test/flood-2', date: '2024-03-05T10:00:00Z', html: article(2, 'Hilltop'), id: 'r2', language: 'fra' }),
  ]);
  const records = await collect(readWarcRecords(file) as AsyncIterable<never>);
  assert.equal(records.length, 4);
  const items = await collect(readWarc(file));
  const pages = items.flatMap((i) => ('page' in i ? [i.page] : []));
  assert.deepEqual(pages.map((p) => p.url), ['https://www.riverside.test/flood-1', 'https://hilltop.test/flood-2']);
  assert.match(pages[0].content, /Riverside/);
  assert.equal(items.filter((i) => 'skipped' in i).length, 1);
  assert.ok(items.every((i) => !('page' in i) || i.key?.startsWith('warc:<urn:uuid:')));
  // Filters by host, date range and language.
  const only = async (o: object) => (await collect(readWarc(file, o))).flatMap((i) => ('page' in i ? [i.page.url] : []));
  assert.deepEqual(await only({ hosts: ['riverside.test'] }), ['https://www.riverside.test/flood-1']);
  assert.deepEqual(await only({ from: '2024-03-04' }), ['https://hilltop.test/flood-2']);
  assert.deepEqual(await only({ to: '2024-03-04' }), ['https://www.riverside.test/flood-1']);
  assert.deepEqual(await only({ languages: ['fr'] }), ['https://hilltop.test/flood-2']);
  assert.deepEqual(await only({ languages: ['en'] }), ['https://www.riverside.test/flood-1']);
  // A plain .warc with the same records reads the same.
  const plain = warcFile(dir, 'b.warc', [Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://c.test/p\r\nContent-Length: 64\r\n\r\n' + 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>plain record</p>'.padEnd(64, ' ') + '\r\n\r\n')]);
  assert.equal((await collect(readWarc(plain))).filter((i) => 'page' in i).length, 1);
  const broken = warcFile(dir, 'c.warc', [Buffer.from('this is not an archive\n')]);
  assert.match(JSON.stringify(await collect(readWarc(broken))), /cannot read the archive/);
});

test('ingesting two WARC files in a row: one article is one page however its URL was spelt; --resume passes over logged records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-warc2-'));
  const a = warcFile(dir, 'a.warc.gz', [1, 2].map((i) => warcResponseRecord({ uri: `https://valley.test/flood-${i}`, date: '2024-03-03T10:00:00Z', html: article(i, 'Valley'), id: `a${i}` })));
  // The same article 1 again, reached by its mobile URL with a tracking parameter and a changed page around it.
  const b = warcFile(dir, 'b.warc.gz', [
    warcResponseRecord({ uri: 'https://m.valley.test/flood-1/?utm_source=x', date: '2024-03-04T10:00:00Z', html: article(1, 'Valley').replace('</body>', '<footer>ad</footer></body>'), id: 'b1' }),
    warcResponseRecord({ uri: 'https://valley.test/flood-3', date: '2024-03-04T10:00:00Z', html: article(3, 'Valley'), id: 'b3' }),
  ]);
  const store = openStore(join(dir, 'db.sqlite'));
  try {
    const both = async function* () {
      yield* readWarc(a);
      yield* readWarc(b);
    };
    const report = await ingestPages(store, both());
    assert.equal(report.added, 3);
    assert.equal(report.alreadyKnown, 1);
    assert.equal(store.pageCount(), 3);
    assert.deepEqual(store.unplacedPageIds(), []);
    const again = await ingestPages(store, readWarc(b, { isDone: (k) => store.isLogged(k) }), { resume: true });
    assert.equal(again.pagesRead, 0);
    assert.equal(store.pageCount(), 3);
  } finally {
    store.close();
  }
});
