// The HTTP API over the example corpus: every route, and bad input answered with a clear 4xx.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { ingestPaths } from '../../src/pipeline.js';
import { buildServer } from '../../src/server/app.js';

const TOKEN = 'a-test-token-we-made-up';
let dir: string;
let store: Store;
let app: FastifyInstance;
let base: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsline-api-'));
  store = openStore(join(dir, 'test.db'));
  await ingestPaths(store, ['examples']);
  app = await buildServer({ store, token: TOKEN, bodyLimit: 256 * 1024 });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});

after(async () => {
  await app.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(base + path);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: kept as text */
  }
  return { status: res.status, body, headers: res.headers };
}

async function post(path: string, body: unknown, token?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const res = await fetch(base + path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

function assertClientError(r: { status: number; body: any }, status: number) {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.equal(r.body.statusCode, status);
  assert.equal(typeof r.body.message, 'string');
  assert.ok(r.body.message.length > 0);
}

async function mainStory(): Promise<string> {
  const r = await get('/api/stories');
  return r.body.stories[0].id;
}

test('health counts the pages', async () => {
  const r = await get('/api/health');
  assert.equal(r.status, 200);
  assert.equal(r.body.status, 'ok');
  assert.equal(r.body.pages, 13);
});

test('the server binds to the address it was given (loopback here)', () => {
  assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
});

test('stories are listed, the biggest first', async () => {
  const r = await get('/api/stories');
  assert.equal(r.status, 200);
  assert.equal(r.body.stories.length, 2);
  assert.ok(r.body.stories[0].pages >= r.body.stories[1].pages);
});

test('search finds a page by a word of its body, with the hit marked', async () => {
  const r = await get('/api/search?q=hectares');
  assert.equal(r.status, 200);
  assert.ok(r.body.hits.length >= 1);
  const hit = r.body.hits[0];
  assert.ok(hit.snippet.some((p: { text: string; hit: boolean }) => p.hit && /hectares/i.test(p.text)));
  const stories = await get('/api/stories?q=hectares');
  assert.equal(stories.body.stories.length, 1);
});

test('search operators are plain words, never an FTS5 syntax error', async () => {
  for (const q of ['"unbalanced', 'NEAR(a b', 'a AND OR', '*', 'title:x']) {
    const r = await get('/api/search?q=' + encodeURIComponent(q));
    assert.equal(r.status, 200, q);
  }
});

test('a story comes with a bounded timeline, places, actors and summary', async () => {
  const id = await mainStory();
  const r = await get(`/api/stories/${id}?limit=5`);
  assert.equal(r.status, 200);
  assert.equal(r.body.timeline.entries.length, 5);
  assert.ok(r.body.timeline.total > 5);
  const entry = r.body.timeline.entries[0];
  assert.match(entry.date, /^\d{4}-\d{2}/);
  assert.ok(entry.sourceCount >= 1 && entry.sources.length >= 1);
  assert.ok(r.body.places.items.length >= 3);
  assert.ok(r.body.actors.items.length >= 2);
  assert.ok(r.body.summary.length >= 1);
});

test('filtering by a place keeps only entries at that place', async () => {
  const id = await mainStory();
  const story = await get(`/api/stories/${id}`);
  const place = story.body.places.items[0];
  const r = await get(`/api/stories/${id}/timeline?place=${encodeURIComponent(place.id)}&limit=200`);
  assert.equal(r.status, 200);
  assert.equal(r.body.total, place.events);
  assert.ok(r.body.entries.every((e: { placeIds: string[] }) => e.placeIds.includes(place.id)));
});

test('filtering by an actor takes the ids the API itself lists', async () => {
  const id = await mainStory();
  const story = await get(`/api/stories/${id}`);
  const actor = story.body.actors.items.find((a: { id: string; events: number }) => a.events > 0);
  assert.ok(actor, 'an actor with events');
  assert.match(actor.id, /^actor:/);
  const r = await get(`/api/stories/${id}/timeline?actor=${encodeURIComponent(actor.id)}&limit=200`);
  assert.equal(r.status, 200);
  assert.equal(r.body.total, actor.events);
  assert.ok(r.body.entries.length > 0 && r.body.entries.every((e: { actorIds: string[] }) => e.actorIds.includes(actor.id)));
});

test('an article lists each sentence as an event or left out with its reason', async () => {
  const id = await mainStory();
  const story = await get(`/api/stories/${id}`);
  const pageId = story.body.sources.items[0].pageId;
  const r = await get(`/api/articles/${pageId}`);
  assert.equal(r.status, 200);
  assert.ok(r.body.sentences.length > 0);
  for (const s of r.body.sentences) {
    assert.equal(typeof s.kept, 'boolean');
    if (!s.kept) assert.equal(typeof s.reason, 'string');
    else assert.match(s.date.value, /^\d{4}/);
  }
});

test('an entry has its sources, whose offsets point into the article text', async () => {
  const id = await mainStory();
  const story = await get(`/api/stories/${id}`);
  const entry = story.body.timeline.entries[0];
  const full = await get(`/api/stories/${id}/events/${encodeURIComponent(entry.id)}`);
  assert.equal(full.status, 200);
  const ref = full.body.sources[0];
  const article = await get(`/api/articles/${ref.pageId}`);
  assert.equal(article.body.text.slice(ref.start, ref.end), ref.text);
});

test('an article has its clean text and its dropped lines with reasons', async () => {
  const hits = await get('/api/search?q=Mayadeen&limit=50');
  const withDrops = [];
  for (const h of hits.body.hits) {
    const a = await get(`/api/articles/${h.pageId}`);
    assert.equal(a.status, 200);
    if (a.body.dropped.length) withDrops.push(a.body);
  }
  assert.ok(withDrops.length >= 1);
  assert.ok(withDrops[0].dropped.every((d: { reason: string }) => d.reason.length > 0));
});

test('unknown ids are a 404 in JSON', async () => {
  assertClientError(await get('/api/stories/story-does-not-exist'), 404);
  assertClientError(await get('/api/articles/0000000000000000'), 404);
  const id = await mainStory();
  assertClientError(await get(`/api/stories/${id}/events/no-such-event`), 404);
  assertClientError(await get('/api/no/such/route'), 404);
});

test('wrong types and out-of-range values are a 400', async () => {
  const id = await mainStory();
  assertClientError(await get(`/api/stories/${id}?limit=lots`), 400);
  assertClientError(await get(`/api/stories/${id}?limit=100000`), 400);
  assertClientError(await get(`/api/stories/${id}?offset=-1`), 400);
  assertClientError(await get(`/api/stories/${id}?color=red`), 400);
  assertClientError(await get('/api/search'), 400);
  assertClientError(await get('/api/search?q=' + 'x'.repeat(500)), 400);
  assertClientError(await get('/api/stories/bad%20id%3Cscript%3E'), 400);
  assertClientError(await get(`/api/stories/${id}/export/docx`), 400);
});

test('upload needs the token; a wrong one is refused, in JSON', async () => {
  const page = { pages: [{ source: 'harbour-note', text: 'Harbour cranes stood idle on Monday as dock workers walked out over pay in the port of Tamsworth.' }] };
  assertClientError(await post('/api/pages', page), 401);
  assertClientError(await post('/api/pages', page, 'not-the-token'), 401);
  const ok = await post('/api/pages', page, TOKEN);
  assert.equal(ok.status, 200);
  assert.equal(ok.body.added, 1);
  const again = await post('/api/pages', page, TOKEN);
  assert.equal(again.body.alreadyKnown, 1);
  const found = await get('/api/search?q=Tamsworth');
  assert.equal(found.body.hits.length, 1);
});

test('bad upload bodies are a 4xx, never a 500', async () => {
  assertClientError(await post('/api/pages', { pages: 'nope' }, TOKEN), 400);
  assertClientError(await post('/api/pages', { pages: [] }, TOKEN), 400);
  assertClientError(await post('/api/pages', { pages: [{ text: 42 }] }, TOKEN), 400);
  assertClientError(await post('/api/pages', { pages: [{ text: 'x', extra: true }] }, TOKEN), 400);
  assertClientError(await post('/api/pages', '{"pages": [', TOKEN), 400);
  const empty = await post('/api/pages', { pages: [{ text: '   ' }] }, TOKEN);
  assert.equal(empty.status, 200);
  assert.equal(empty.body.errors.length, 1);
});

test('an oversized body is a 413', async () => {
  const big = { pages: [{ text: 'word '.repeat(100_000) }] };
  assertClientError(await post('/api/pages', big, TOKEN), 413);
});

test('uploads are refused when the server has no token', async () => {
  const closed = await buildServer({ store });
  const r = await closed.inject({ method: 'POST', url: '/api/pages', payload: { pages: [{ text: 'hello there' }] } });
  assert.equal(r.statusCode, 403);
  await closed.close();
});

test('private reads need the token', async () => {
  const priv = await buildServer({ store, token: TOKEN, openReads: false });
  assert.equal((await priv.inject({ url: '/api/stories' })).statusCode, 401);
  assert.equal((await priv.inject({ url: '/api/stories', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode, 200);
  await priv.close();
});

test('/openapi.json is an OpenAPI 3 document naming every route', async () => {
  const r = await get('/openapi.json');
  assert.equal(r.status, 200);
  assert.match(r.body.openapi, /^3\.\d+\.\d+$/);
  assert.equal(typeof r.body.info.title, 'string');
  for (const path of ['/api/health', '/api/stories', '/api/search', '/api/stories/{id}', '/api/stories/{id}/timeline', '/api/stories/{id}/events/{eventId}', '/api/stories/{id}/export/{format}', '/api/articles/{id}', '/api/pages']) {
    assert.ok(r.body.paths[path], `missing ${path}`);
  }
  for (const [path, item] of Object.entries(r.body.paths as Record<string, Record<string, { responses?: object }>>)) {
    for (const op of Object.values(item)) assert.ok(op.responses, `${path} has no responses`);
  }
});

test('exports come back from the API in each format', async () => {
  const id = await mainStory();
  const csv = await get(`/api/stories/${id}/export/csv-acled`);
  assert.equal(csv.status, 200);
  assert.match(String(csv.headers.get('content-disposition')), /attachment/);
  assert.match(csv.body, /^event_date,time_precision,/);
  const geo = await get(`/api/stories/${id}/export/geojson`);
  assert.equal(geo.body.type, 'FeatureCollection');
  const tl = await get(`/api/stories/${id}/export/timelinejs`);
  assert.ok(Array.isArray(tl.body.events));
});
