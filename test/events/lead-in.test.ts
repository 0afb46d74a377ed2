// Datelines run into an article's first sentence are not quoted as part of what happened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadInLength } from '../../src/events/lead-in.js';

const after = (text: string, site: string | null = null) => text.slice(leadInLength(text, site));

test('a dateline in capitals, with its country and agency, is left out of the quote', () => {
  assert.equal(after('WASHINGTON -LRB- Reuters -RRB- - Virtually all cases of the flu were resistant.'), 'Virtually all cases of the flu were resistant.');
  assert.equal(after('BEIRUT (AP) — Syrian troops entered the town on Sunday.'), 'Syrian troops entered the town on Sunday.');
  assert.equal(after('DEIR EZ-ZOR, Syria (Reuters) - The army broke the siege.'), 'The army broke the siege.');
});

test("the page's own outlet run in before a dash is a dateline too", () => {
  assert.equal(after('Harbour Gazette - Flood water reached the lower streets overnight.', 'Harbour Gazette'), 'Flood water reached the lower streets overnight.');
  assert.equal(after('Harbour Gazette - Flood water reached the lower streets overnight.', null), 'Harbour Gazette - Flood water reached the lower streets overnight.');
});

test('a name, an aside or a lower-case continuation is not a dateline', () => {
  for (const text of [
    'Assad - Syria’s president since 2000 - said the war was won.',
    'The mayor - who arrived late - said two hundred families had moved.',
    'GAZA - based militants fired rockets.',
    'Ten years ago - in 2014 - Islamic State took the city.',
  ]) assert.equal(after(text), text);
});
