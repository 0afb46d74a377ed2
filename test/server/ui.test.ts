// The web UI's files: served by the server itself, nothing loaded from elsewhere, page text only
// ever placed as text. (No browser here: what a browser does with them is for the browser tests.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { buildServer } from '../../src/server/app.js';

let store: Store;
let app: FastifyInstance;

before(async () => {
  store = openStore(':memory:');
  app = await buildServer({ store });
});

after(async () => {
  await app.close();
  store.close();
});

const OWN_FILES = ['/', '/assets/app.js', '/assets/style.css'];
const EXTERNAL = /(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i;

test('the page, script, style, Leaflet and the borders are served', async () => {
  for (const url of [...OWN_FILES, '/assets/leaflet.js', '/assets/leaflet.css', '/assets/countries.geojson']) {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 200, url);
    assert.ok(r.body.length > 100, url);
  }
  const borders = JSON.parse((await app.inject({ url: '/assets/countries.geojson' })).body);
  assert.equal(borders.type, 'FeatureCollection');
  assert.ok(borders.features.length > 100);
});

test('our own UI files name no external URL', async () => {
  for (const url of OWN_FILES) {
    const body = (await app.inject({ url })).body;
    assert.doesNotMatch(body, EXTERNAL, url);
  }
});

test('the HTML loads scripts and styles only from this server', async () => {
  const html = (await app.inject({ url: '/' })).body;
  for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) assert.match(m[1], /^(\/assets\/[a-z.]+|#\/)$/, m[1]);
});

test('the script never parses markup: no innerHTML, outerHTML, insertAdjacentHTML or document.write', async () => {
  const js = (await app.inject({ url: '/assets/app.js' })).body;
  assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
});

test('every answer carries a content security policy allowing only this origin', async () => {
  const r = await app.inject({ url: '/' });
  const csp = String(r.headers['content-security-policy']);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe/);
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
});
