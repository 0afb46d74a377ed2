import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGeoJson } from '../../src/export/geojson.js';
import { makeBundle } from './bundle-fixture.js';

/** The parts of RFC 7946 (and its JSON schema, geojson.org/schema) that a FeatureCollection of Points must meet. */
function assertFeatureCollection(doc: any) {
  assert.equal(doc.type, 'FeatureCollection');
  assert.ok(Array.isArray(doc.features));
  for (const f of doc.features) {
    assert.equal(f.type, 'Feature');
    assert.ok(f.properties === null || typeof f.properties === 'object');
    assert.ok(f.id === undefined || typeof f.id === 'string' || typeof f.id === 'number');
    assert.equal(f.geometry.type, 'Point');
    assert.equal(f.geometry.coordinates.length, 2);
    const [lon, lat] = f.geometry.coordinates;
    assert.ok(typeof lon === 'number' && lon >= -180 && lon <= 180);
    assert.ok(typeof lat === 'number' && lat >= -90 && lat <= 90);
  }
}

test('places become a FeatureCollection of Points, longitude first', () => {
  const bundle = makeBundle();
  const doc = JSON.parse(toGeoJson([bundle]));
  assertFeatureCollection(doc);
  assert.equal(doc.features.length, bundle.places.length);
  const place = bundle.places[0].entity;
  const f = doc.features.find((x: any) => x.properties.placeId === place.id);
  assert.deepEqual(f.geometry.coordinates, [place.lon, place.lat]);
  assert.equal(f.properties.events, bundle.places[0].events);
});

test('no stories, an empty collection', () => {
  assertFeatureCollection(JSON.parse(toGeoJson([])));
});
