import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesSvg } from '../../src/export/svg-map.js';
import type { EntityTally, Place } from '../../src/model.js';

function place(name: string, lat: number, lon: number, mentions: number): EntityTally<Place> {
  return { entity: { id: name, name, lat, lon, countryCode: 'XX', featureCode: 'PPL', population: 0 }, mentions, spellings: [name], events: 0 };
}

function circles(svg: string) {
  return [...svg.matchAll(/<title>([^<]*)<\/title><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)]
    .map((m) => ({ name: m[1].split(' — ')[0], x: Number(m[2]), y: Number(m[3]), r: Number(m[4]) }));
}

test('places are plotted east to the right and north up, inside the drawing', () => {
  const svg = placesSvg([place('West', 35, 39, 1), place('East', 35, 41, 1), place('North', 36, 40, 1)]);
  const c = Object.fromEntries(circles(svg).map((p) => [p.name, p]));
  assert.ok(c.East.x > c.West.x);
  assert.ok(c.North.y < c.West.y);
  assert.equal(c.West.y, c.East.y);
  const [, , w, hgt] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
  for (const p of Object.values(c)) assert.ok(p.x - p.r > 0 && p.x + p.r < w && p.y - p.r > 0 && p.y + p.r < hgt);
  // Equirectangular: a degree is the same length both ways.
  assert.ok(Math.abs((c.East.x - c.West.x) / 2 - (c.West.y - c.North.y)) < 0.2);
});

test('circle size follows mentions; bigger circles are drawn first', () => {
  const list = circles(placesSvg([place('Small', 35, 40, 1), place('Big', 34, 41, 16)]));
  assert.deepEqual(list.map((p) => p.name), ['Big', 'Small']);
  assert.ok(list[0].r > list[1].r);
});

test('a lone place gets a frame; places without coordinates are left out; none gives no svg', () => {
  assert.equal(circles(placesSvg([place('Alone', 10, 10, 3)])).length, 1);
  assert.equal(circles(placesSvg([place('Here', 10, 10, 3), place('Nowhere', NaN, 0, 1)])).length, 1);
  assert.equal(placesSvg([]), '');
  assert.ok(placesSvg([place('A <b>', 1, 1, 1)]).includes('A &lt;b&gt;'));
});
