import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ploverCategory, toPlover } from '../../src/export/plover.js';
import { makeBundle } from './bundle-fixture.js';

const REQUIRED = ['id', 'date', 'event', 'mode', 'context', 'actor', 'recipient', 'text'];
const CATEGORIES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'CRIME', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'FIGHT'];

test('each line is a JSON record with the PLOVER fields and a PLOVER category', () => {
  const bundle = makeBundle();
  bundle.timeline.entries = bundle.timeline.entries.map((e, i) => ({ ...e, type: i === 0 ? 'Battles' : 'Protests' }));
  const lines = toPlover([bundle]).trimEnd().split('\n');
  assert.equal(lines.length, bundle.timeline.entries.length);
  for (const line of lines) {
    const r = JSON.parse(line);
    for (const k of REQUIRED) assert.ok(k in r, k);
    assert.ok(CATEGORIES.includes(r.event), r.event);
    assert.match(r.date, /^\d{4}-\d{2}(-\d{2})?$/);
  }
});

test('an event with no PLOVER equivalent is left out, not miscoded', () => {
  assert.equal(ploverCategory('Other'), undefined);
  assert.equal(toPlover([makeBundle()]), '');
  assert.equal(ploverCategory('Battles')?.event, 'FIGHT');
});
