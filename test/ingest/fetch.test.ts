import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Fetcher, isPrivateAddress, USER_AGENT } from '../../src/ingest/fetch.js';
import { readUrls } from '../../src/ingest/web.js';
import type { FetchState } from '../../src/store/store.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/sqlite.js';
import { ingestPages } from '../../src/pipeline.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const hits: { path: string; at: number; agent: string; headers: IncomingMessage['headers'] }[] = [];
const server = createServer((req, res) => {
  hits.push({ path: req.url ?? '', at: Date.now(), agent: String(req.headers['user-agent']), headers: req.headers });
  const handler = routes.get((req.url ?? '').split('?')[0]);
  if (handler) handler(req, res);
  else {
    res.statusCode = 404;
    res.end('not here');
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;
const base = `http://127.0.0.1:${port}`;
after(() => server.close());

/** Only this loopback test server is let through; every other private address stays refused. */
const polite = (extra = {}) => new Fetcher({ allowAddresses: ['127.0.0.1'], hostDelayMs: 0, backoffMs: 50, timeoutMs: 2000, ...extra });

const html = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
const send = (type: string, body: string | Buffer, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': type, ...headers });
  res.end(body);
};

routes.set('/robots.txt', send('text/plain', 'User-agent: *\nDisallow: /private/\nAllow: /private/open\n'));
routes.set('/news/one', send('text/html; charset=utf-8', html('Bridge reopens after repairs', 'The river bridge reopened on Tuesday after three weeks of repairs.')));
routes.set('/private/secret', send('text/html', html('Hidden', 'Not for crawlers.')));

test('a page is fetched with a user agent that names newsline, and robots.txt is asked first', async () => {
  const out = await polite().fetch(`${base}/news/one`);
  assert.ok(out.ok);
  assert.match(out.body.toString(), /Bridge reopens/);
  assert.match(USER_AGENT, /^newsline\//);
  const mine = hits.filter((h) => h.path === '/news/one');
  assert.equal(mine[0].agent, USER_AGENT);
  assert.ok(hits.findIndex((h) => h.path === '/robots.txt') < hits.findIndex((h) => h.path === '/news/one'));
});

test('a path that robots.txt disallows is not fetched', async () => {
  const before = hits.filter((h) => h.path === '/private/secret').length;
  const out = await polite().fetch(`${base}/private/secret`);
  assert.equal(out.ok, false);
  assert.match((out as { reason: string }).reason, /robots\.txt .* disallows/);
  assert.equal(hits.filter((h) => h.path === '/private/secret').length, before);
});

test('loopback, private and link-local addresses are refused without permission', async () => {
  const out = await new Fetcher().fetch(`${base}/news/one`);
  assert.equal(out.ok, false);
  assert.match((out as { reason: string }).reason, /private, loopback or link-local/);
  for (const a of ['127.0.0.1', '10.1.2.3', '192.168.0.9', '172.20.0.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::5', '::ffff:127.0.0.1']) assert.ok(isPrivateAddress(a), a);
  for (const a of ['93.184.216.34', '2606:4700::1111']) assert.equal(isPrivateAddress(a), false, a);
});

routes.set('/to-metadata', (_req, res) => {
  res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
  res.end();
});
routes.set('/to-localhost-name', (_req, res) => {
  res.writeHead(302, { location: `http://localhost:${port}/news/one` });
  res.end();
});

test('a redirect to a private address is refused, by address and after DNS resolution', async () => {
  const literal = await polite().fetch(`${base}/to-metadata`);
  assert.equal(literal.ok, false);
  assert.match((literal as { reason: string }).reason, /169\.254\.169\.254 is a private/);
  // 'localhost' is a name, not an address: only the check on what DNS answers, at connect time, can refuse it.
  const named = await new Fetcher({ robots: false, retries: 0 }).fetch(`http://localhost:${port}/news/one`);
  assert.equal(named.ok, false);
  assert.match((named as { reason: string }).reason, /localhost resolves to a private address/);
  const everything = await new Fetcher({ allowPrivate: true, hostDelayMs: 0 }).fetch(`${base}/to-localhost-name`);
  assert.ok(everything.ok, JSON.stringify(everything));
});

routes.set('/slow', (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.write('<html>');
  const timer = setTimeout(() => res.end('</html>'), 5000);
  res.on('close', () => clearTimeout(timer));
});

test('a slow server times out', async () => {
  const out = await polite({ timeoutMs: 300, retries: 0 }).fetch(`${base}/slow`);
  assert.equal(out.ok, false);
  assert.match((out as { reason: string }).reason, /timed out/);
});

routes.set('/loop-a', (_req, res) => {
  res.writeHead(301, { location: '/loop-b' });
  res.end();
});
routes.set('/loop-b', (_req, res) => {
  res.writeHead(301, { location: '/loop-a' });
  res.end();
});
for (let i = 0; i < 10; i++) {
  routes.set(`/hop-${i}`, (_req, res) => {
    res.writeHead(302, { location: `/hop-${i + 1}` });
    res.end();
  });
}

test('a redirect loop and too long a redirect chain both end in an error', async () => {
  const loop = await polite().fetch(`${base}/loop-a`);
  assert.equal(loop.ok, false);
  assert.match((loop as { reason: string }).reason, /redirect loop/);
  const chain = await polite({ maxRedirects: 3 }).fetch(`${base}/hop-0`);
  assert.equal(chain.ok, false);
  assert.match((chain as { reason: string }).reason, /more than 3 redirects/);
});

routes.set('/huge', (_req, res) => {
  // 50 MB, streamed without a Content-Length, so only counting the bytes can stop it.
  res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < 50 && !res.destroyed) {
      sent++;
      if (!res.write(chunk)) return res.once('drain', pump);
    }
    res.end();
  };
  pump();
});
const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0));
routes.set('/bomb', send('text/html', bomb, { 'content-encoding': 'gzip' }));
routes.set('/zipped', send('text/html', gzipSync(html('Zipped', 'A compressed page.')), { 'content-encoding': 'gzip' }));

test('a 50 MB body is cut at the size cap, and a gzip bomb at the cap after decompression', async () => {
  const huge = await polite({ maxBytes: 2 * 1024 * 1024 }).fetch(`${base}/huge`);
  assert.equal(huge.ok, false);
  assert.match((huge as { reason: string }).reason, /too large/);
  assert.ok(bomb.length < 2 * 1024 * 1024);
  const boom = await polite({ maxBytes: 2 * 1024 * 1024 }).fetch(`${base}/bomb`);
  assert.equal(boom.ok, false);
  assert.match((boom as { reason: string }).reason, /after decompression/);
  const fine = await polite().fetch(`${base}/zipped`);
  assert.ok(fine.ok);
  assert.match(fine.body.toString(), /A compressed page/);
});

let busy = 0;
routes.set('/busy', (_req, res) => {
  busy++;
  if (busy === 1) {
    res.writeHead(429, { 'retry-after': '1' });
    res.end('slow down');
  } else send('text/html', html('Busy desk', 'Served on the second try.'))(_req, res);
});

test('a 429 with Retry-After is waited out before trying again', async () => {
  const out = await polite({ backoffMs: 10 }).fetch(`${base}/busy`);
  assert.ok(out.ok);
  const times = hits.filter((h) => h.path === '/busy').map((h) => h.at);
  assert.equal(times.length, 2);
  assert.ok(times[1] - times[0] >= 900, `second try came ${times[1] - times[0]} ms after the first`);
});

routes.set('/tagged', (req, res) => {
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304);
    res.end();
  } else send('text/html', html('Tagged', 'A page with an ETag.'), { etag: '"v1"' })(req, res);
});

test('conditional requests: an ETag sent back gets a 304', async () => {
  const f = polite();
  const first = await f.fetch(`${base}/tagged`);
  assert.ok(first.ok);
  assert.equal(first.etag, '"v1"');
  const second = await f.fetch(`${base}/tagged`, { etag: first.etag });
  assert.equal(second.ok, false);
  assert.equal((second as { notModified?: boolean }).notModified, true);
});

let feedVersion = 1;
const rss = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
${[1, 2, 3].slice(0, feedVersion + 1).map((i) => `<item><title>Story ${i}</title><link>${base}/story/${i}?utm_source=rss</link><pubDate>Tue, 0${i} Oct 2024 10:00:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;
routes.set('/feed.xml', (req, res) => send('application/rss+xml', rss())(req, res));
for (const i of [1, 2, 3]) routes.set(`/story/${i}`, send('text/html', html(`Story ${i}`, `Report number ${i} on the flood.`)));

test('a feed that changes between two polls: the second poll fetches only the new item', async () => {
  const known = new Map<string, string>();
  const states = new Map<string, FetchState>();
  const memory = {
    pageForUrl: (u: string) => known.get(u),
    fetchState: (u: string) => states.get(u),
    saveFetchState: (u: string, s: FetchState) => void states.set(u, s),
  };
  const fetcher = polite();
  const poll = async () => {
    const pages = [];
    for await (const item of readUrls([`${base}/feed.xml`], { fetcher, memory })) if ('page' in item) pages.push(item.page);
    // What the pipeline does after storing a page: remember the URL it came from.
    for (const p of pages) known.set(p.url!.replace(/^https?:\/\//, '').replace(/\?.*$/, ''), p.id);
    return pages.map((p) => p.url);
  };
  assert.deepEqual(await poll(), [`${base}/story/1?utm_source=rss`, `${base}/story/2?utm_source=rss`]);
  feedVersion = 2;
  const storyHits = () => hits.filter((h) => h.path.startsWith('/story/')).length;
  const before = storyHits();
  assert.deepEqual(await poll(), [`${base}/story/3?utm_source=rss`]);
  assert.equal(storyHits() - before, 1);
});

routes.set('/feed2.xml', send('application/atom+xml', `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Dam</title><link href="${base}/go/4"/><updated>2024-10-09T08:00:00Z</updated></entry></feed>`));
routes.set('/go/4', (_req, res) => {
  res.writeHead(302, { location: '/story/4' });
  res.end();
});
routes.set('/story/4', send('text/html', html('Dam gates opened', 'Engineers opened the dam gates on Wednesday to relieve the flooded valley.')));

test('through the pipeline: a feed item that redirects is stored once, placed in a story, and not fetched again', async () => {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'newsline-web-')), 'web.db'));
  try {
    const fetcher = polite();
    const first = await ingestPages(store, readUrls([`${base}/feed2.xml`], { fetcher, memory: store }));
    assert.equal(first.added, 1);
    assert.equal(first.storiesTouched.length, 1);
    const goHits = () => hits.filter((h) => h.path === '/go/4').length;
    const before = goHits();
    const second = await ingestPages(store, readUrls([`${base}/feed2.xml`], { fetcher, memory: store }));
    assert.equal(second.added, 0);
    assert.equal(goHits(), before);
    assert.equal(store.pageCount(), 1);
  } finally {
    store.close();
  }
});
