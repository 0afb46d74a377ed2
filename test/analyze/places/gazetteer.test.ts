import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../../src/analyze/places/gazetteer.js';

const started = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - started;

test('the gazetteer loads cities500 and the countries once per process', (t) => {
  t.diagnostic(`load time ${loadMs.toFixed(0)} ms for ${gazetteer.size} places`);
  assert.ok(gazetteer.size > 190_000, `only ${gazetteer.size} places`);
  assert.equal(loadGazetteer(), gazetteer, 'a second call returns the same instance');
});

test('byId finds cities by GeoNames id and countries by ISO code', () => {
  const deir = gazetteer.byId('geonames:170794');
  assert.ok(deir);
  assert.equal(deir.geonameId, 170794);
  assert.equal(deir.countryCode, 'SY');
  assert.ok(Math.abs(deir.lat - 35.336) < 0.01 && Math.abs(deir.lon - 40.141) < 0.01);
  const syria = gazetteer.byId('country:SY');
  assert.equal(syria?.featureCode, 'PCLI');
  assert.equal(syria?.name, 'Syria');
  assert.equal(gazetteer.byId('geonames:0'), undefined);
  assert.equal(gazetteer.byId('elsewhere:1'), undefined);
});

test('lookup reports how each candidate matched', () => {
  const kinds = (name: string, id: string) => gazetteer.lookup(name).find((e) => e.place.id === id)?.matchedBy;
  assert.equal(kinds('Deir ez-Zor', 'geonames:170794'), 'name');
  assert.equal(kinds('Deir al-Zour', 'geonames:170794'), 'alternate');
  assert.equal(kinds('Deir Ez Zour', 'geonames:170794'), 'article-free');
  assert.equal(kinds('Mayadeen', 'geonames:173480'), 'article-free');
  assert.equal(kinds('Albukamal', 'geonames:174448'), 'skeleton');
  assert.equal(kinds('Raqqa', 'geonames:172955'), 'alternate');
  assert.equal(kinds('Syria', 'country:SY'), 'name');
  assert.equal(kinds('Turkey', 'country:TR'), 'alternate');
});

test('codes and other scripts are not indexed as names', () => {
  assert.ok(!gazetteer.lookup('DEZ').some((e) => e.place.id === 'geonames:170794'), 'airport code');
  assert.ok(!gazetteer.lookup('Sam').some((e) => e.place.id === 'geonames:170654'), 'three-letter alternate of Damascus');
  assert.deepEqual(gazetteer.lookup('دير الزور'), []);
});
