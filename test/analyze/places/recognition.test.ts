import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../../src/analyze/places/gazetteer.js';
import { findPlaces } from '../../../src/analyze/places/resolve.js';

const gazetteer = loadGazetteer();
const found = (text: string) => findPlaces(text, gazetteer).mentions.map((m) => ({ text: m.text, id: m.entityId }));

test('a country named by common words alone is still found: the United States, the Middle East', () => {
  const m = found('Talks between the United States and its allies in the Middle East stalled.');
  assert.ok(m.some((x) => x.text === 'United States' && x.id === 'country:US'), JSON.stringify(m));
  assert.ok(m.some((x) => x.text === 'Middle East'), JSON.stringify(m));
  // Common words that name no country stay out.
  assert.ok(!found('The Security Council met on Monday.').some((x) => x.text === 'Security Council'));
});

test('a dateline in capitals is a place, though other words in capitals are not', () => {
  const m = found('OTTAWA — The budget vote was delayed again, officials said.');
  assert.ok(m.some((x) => x.text === 'OTTAWA'), JSON.stringify(m));
  assert.ok(!found('Staff at NASA said the OTTAWA files were sealed.').some((x) => x.text === 'OTTAWA'));
});
