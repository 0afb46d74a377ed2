import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ploverCategory, toPlover } from '../../src/export/plover.js';
import { makeBundle } from './bundle-fixture.js';

/** The PLOVER manual's required fields ("JSON Data Fields"), and its categories (quad table). */
const REQUIRED = ['id', 'date', 'source', 'event'];
const CATEGORIES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'DEMAND', 'ACCUSE', 'REJECT', 'SANCTION', 'THREATEN', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT'];

function codedBundle() {
  const bundle = makeBundle();
  // Both events get an actor and a coded type; the second is dated only to the month.
  bundle.timeline.entries = bundle.timeline.entries.map((e, i) => ({ ...e, type: i === 0 ? 'Battles' : 'Protests', actorIds: ['actor:port-authority'] }));
  return bundle;
}

test('each line is one JSON record with the PLOVER required fields in their documented shapes', () => {
  const text = toPlover([codedBundle()]);
  assert.ok(text.endsWith('\n'));
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, 1, 'the month-dated event is left out: PLOVER dates are YYYY-MM-DD');
  for (const line of lines) {
    const r = JSON.parse(line);
    for (const k of REQUIRED) assert.ok(k in r, k);
    assert.equal(typeof r.id, 'string');
    assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(Array.isArray(r.event) && r.event.every((c: string) => CATEGORIES.includes(c)), JSON.stringify(r.event));
    assert.ok(Array.isArray(r.source) && r.source.length > 0);
    for (const a of r.source) assert.equal(typeof a.actor_text, 'string');
    assert.equal(r.quad_code, 4);
    assert.deepEqual(r.mode, ['firearms']);
    const geonamesFields = ['geonameid', 'name', 'latitude', 'longitude', 'feature code', 'country code'];
    assert.ok(Object.keys(r.event_loc).every((k) => geonamesFields.includes(k)), Object.keys(r.event_loc).join());
    assert.equal(typeof r.event_loc.latitude, 'number');
    assert.ok(Array.isArray(r.event_text));
  }
});

test('events PLOVER would not code are left out, not miscoded', () => {
  assert.equal(ploverCategory('Other'), undefined);
  assert.equal(toPlover([makeBundle()]), '', 'type Other has no PLOVER category');
  const noActor = codedBundle();
  noActor.timeline.entries = noActor.timeline.entries.map((e) => ({ ...e, actorIds: [] }));
  assert.equal(toPlover([noActor]), '', 'no named source actor: not coded');
  assert.equal(ploverCategory('Battles')?.event, 'ASSAULT');
  assert.equal(ploverCategory('Riots')?.mode, 'riot');
});
