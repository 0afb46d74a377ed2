import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findActors, loadActorTable } from '../../../src/analyze/entities/actors.js';
import { loadGazetteer } from '../../../src/analyze/places/gazetteer.js';
import { findPlaces } from '../../../src/analyze/places/resolve.js';

const SEEDS = resolve('..', 'shared', 'seeds');
const skip = existsSync(SEEDS) ? false : `seed pages not found at ${SEEDS}`;

interface GoldPlace {
  mentions: string[];
  lat: number;
  lon: number;
  within_km: number;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

test('every gold place spelling in the seed pages resolves within its radius', { skip }, (t) => {
  const gold = JSON.parse(readFileSync(resolve(SEEDS, 'gold.json'), 'utf8'));
  const places = gold.story.places as Record<string, GoldPlace>;
  const gazetteer = loadGazetteer();
  const table = loadActorTable();
  let checked = 0;
  const seen = new Set<string>();
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(resolve(SEEDS, file), 'utf8');
    const actors = findActors(text, table);
    const result = findPlaces(text, gazetteer, { exclude: actors.mentions });
    for (const [label, place] of Object.entries(places)) {
      for (const spelling of place.mentions) {
        for (const at of occurrences(text, spelling)) {
          const mention = result.mentions.find((m) => m.start < at + spelling.length && at < m.end);
          assert.ok(mention, `${file}: '${spelling}' at ${at} (${label}) found no place`);
          const resolved = gazetteer.byId(mention.entityId)!;
          const distance = km(resolved, place);
          assert.ok(distance <= place.within_km, `${file}: '${spelling}' -> ${resolved.name} ${distance.toFixed(0)} km from ${label}`);
          checked++;
          seen.add(spelling);
        }
      }
    }
  }
  t.diagnostic(`${checked} gold place mentions checked, ${seen.size} distinct spellings`);
  const expected = Object.values(places).flatMap((p) => p.mentions);
  assert.deepEqual([...seen].sort(), [...expected].sort(), 'every gold spelling occurs in some seed page');
});
