// The in-memory copy window: the same answers as the plain in-memory index inside its window, the
// same answers again when rebuilt from its records, and older items forgotten generation by generation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChainTable } from '../../src/dedupe/chain-table.js';
import { WindowedCopyIndex, type CopyRecord } from '../../src/dedupe/windowed-index.js';
import { bandEnds, MemoryCopyIndex, shingleHashes } from '../../src/dedupe/index.js';
import { shingles } from '../../src/text/words.js';
import { bandKeys, signature } from '../../src/dedupe/minhash.js';

test('a chain table gives each key its values in order, or their first and last n past 2n', () => {
  const table = new ChainTable(4);
  const expected = new Map<number, number[]>();
  // Enough keys to make the table grow several times, with some keys holding many values.
  for (let i = 0; i < 5000; i++) {
    const key = i % 700 === 0 ? 1 : i % 7;
    table.add(key, key * 31, i);
    expected.set(key, [...(expected.get(key) ?? []), i]);
  }
  for (const [key, values] of expected) {
    assert.deepEqual(table.ends(key, key * 31, 8, []), bandEnds(values, 8));
    assert.equal(table.countOf(key, key * 31), values.length);
    assert.equal(table.firstValue(key, key * 31), values[0]);
  }
  assert.equal(table.firstValue(99, 99), undefined);
  assert.deepEqual(table.ends(99, 99, 8, []), []);
});

const sentences = [
  'Flood water reached the lower streets of the harbour town overnight after the river burst its banks.',
  'Flood water reached the lower streets of the harbour town overnight after the river broke its banks.',
  'The mayor said two hundred families had been moved to the school gym and the sports hall by morning.',
  'The mayor said two hundred families were moved to the school gym and the sports hall by the morning.',
  'Volunteers filled sandbags along the quay until the tide turned shortly before four in the afternoon.',
  'The county fair opened on Saturday with a record number of prize pumpkins and a brass band from the valley.',
];

function record(index: MemoryCopyIndex | WindowedCopyIndex, item: string, text: string): void {
  const sh = shingles(text, 3);
  index.recordExact(text, item);
  index.recordBands(item, bandKeys(signature(sh)), shingleHashes(sh));
}

function probe(index: MemoryCopyIndex | WindowedCopyIndex, text: string): { exact: string | undefined; candidates: string[] } {
  return { exact: index.exact(text), candidates: index.candidates(bandKeys(signature(shingles(text, 3))), 8).map((c) => c.item) };
}

test('inside its window the copy window answers as the in-memory index does', () => {
  const plain = new MemoryCopyIndex();
  const windowed = new WindowedCopyIndex(100);
  sentences.forEach((s, i) => {
    record(plain, `p#${i}`, s);
    record(windowed, `p#${i}`, s);
  });
  for (const s of sentences) assert.deepEqual(probe(windowed, s), probe(plain, s));
  assert.equal(windowed.exact('nothing like it'), undefined);
});

test('rebuilt from its records, the window answers as the live one, and forgets what fell out of it', () => {
  const live = new WindowedCopyIndex(2);
  const stored: CopyRecord[] = [];
  sentences.forEach((s, i) => {
    record(live, `p#${i}`, s);
    stored.push(...live.takeRecords());
  });
  // Six items in generations of two: the window holds the last two generations, items 2 to 5.
  const rebuilt = new WindowedCopyIndex(2, stored.length);
  assert.equal(rebuilt.windowStart(), 2);
  stored.forEach((r, seq) => {
    if (seq >= rebuilt.windowStart()) rebuilt.replay(seq, r);
  });
  for (const s of sentences) assert.deepEqual(probe(rebuilt, s), probe(live, s));
  assert.equal(live.exact(sentences[0]), undefined, 'the first generation has left the window');
  assert.equal(live.exact(sentences[3]), 'p#3');
  assert.ok(probe(live, sentences[2]).candidates.includes('p#3'), 'a near copy inside the window is a candidate');
});
