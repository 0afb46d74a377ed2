// The cap on candidates verified per LSH band: a band crowded by many earlier near-copies still finds the copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedArticle, Page } from '../../src/model.js';
import { bandEnds, CANDIDATES_PER_BAND_END, markDuplicates, markStoredCopies } from '../../src/dedupe/index.js';
import { openStore } from '../../src/store/sqlite.js';
import { article } from '../helpers.js';

const bulletin = [
  'The night train to the coast was held at the junction for two hours while a fallen tree was cleared from the line.',
  'Passengers were offered hot drinks in the waiting room and the service reached the terminus shortly after midnight.',
  'The rail company apologised and said every ticket for the delayed journey would be refunded in full next week.',
];

/** A republished bulletin: the same report with its own sign-off line, as wire copies carry. */
function reprint(n: number): string[] {
  return [...bulletin, `Bulletin ${n} of the regional desk, sent to subscriber ${n * 7}.`];
}

test('the band ends: the first and last n items in order, the whole list when it is short', () => {
  assert.deepEqual(bandEnds([1, 2, 3], 2), [1, 2, 3]);
  assert.deepEqual(bandEnds([1, 2, 3, 4, 5, 6, 7], 2), [1, 2, 6, 7]);
});

test('with far more earlier near-copies than the cap, a new reprint is still marked as a copy, of an early one', () => {
  const many = 6 * CANDIDATES_PER_BAND_END;
  const articles = Array.from({ length: many }, (_, i) => article({ pageId: `p${i}`, paragraphs: reprint(i) }));
  const marked = markDuplicates(articles);
  assert.equal(marked[0].duplicateOf, undefined);
  for (const a of marked.slice(1)) assert.ok(a.duplicateOf, `${a.pageId} is a copy`);
  // Every reprint shares the three report sentences with the first one: those sentences point there.
  assert.deepEqual(marked[many - 1].sentences.slice(0, 3).map((s) => s.duplicateOf?.pageId), ['p0', 'p0', 'p0']);
});

test('the stored index applies the same cap and finds the same copies', () => {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'newsline-cap-')), 'test.db'));
  try {
    const many = 4 * CANDIDATES_PER_BAND_END;
    const articles = Array.from({ length: many }, (_, i) => article({ pageId: `p${i}`, paragraphs: reprint(i) }));
    for (const a of articles) store.addPage({ id: a.pageId, source: `${a.pageId}.txt`, kind: 'text', content: a.text, encoding: 'utf-8' } satisfies Page, a);
    markStoredCopies(store);
    const inMemory = markDuplicates(articles);
    const stored = articles.map((a) => store.article(a.pageId) as AnalyzedArticle);
    assert.deepEqual(stored.map((a) => a.duplicateOf), inMemory.map((a) => a.duplicateOf));
    assert.ok(stored.slice(1).every((a) => a.duplicateOf));
  } finally {
    store.close();
  }
});
