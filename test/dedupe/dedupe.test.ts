import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markDuplicates } from '../../src/dedupe/index.js';
import { signature } from '../../src/dedupe/minhash.js';
import { shingles } from '../../src/text/words.js';
import { article } from '../helpers.js';

const wire = [
  'Government troops entered the northern districts of the river town on Monday after a night of heavy shelling.',
  'A local official said the fighters had withdrawn toward the desert before dawn, leaving mines on the main road.',
  'Engineers spent the afternoon clearing the road to the hospital, which had been closed for three weeks.',
];

test('a syndicated rewrite is a near-copy of the first page; its sentences point to the originals', () => {
  const original = article({ pageId: 'p1', paragraphs: wire });
  const rewrite = article({
    pageId: 'p2',
    paragraphs: [
      'Government troops entered the northern districts of the river town on Monday following a night of heavy shelling.',
      wire[1],
      'Engineers spent the afternoon clearing the road to the hospital, which had been shut for three weeks.',
    ],
  });
  const other = article({ pageId: 'p3', paragraphs: ['The city council voted to rebuild the old market square with money from the regional budget next spring.'] });
  const [a, b, c] = markDuplicates([original, rewrite, other]);
  assert.equal(a.duplicateOf, undefined);
  assert.equal(b.duplicateOf, 'p1');
  assert.equal(c.duplicateOf, undefined);
  assert.deepEqual(b.sentences.map((s) => s.duplicateOf?.sentence), [0, 1, 2]);
  assert.ok(b.sentences.every((s) => s.duplicateOf?.pageId === 'p1'));
  assert.ok(c.sentences.every((s) => s.duplicateOf === undefined));
});

test('short generic sentences are never called copies', () => {
  const [, b] = markDuplicates([
    article({ pageId: 'a', paragraphs: ['He said so.', wire[0]] }),
    article({ pageId: 'b', paragraphs: ['He said so.', 'A completely different report about farming subsidies and the price of wheat this autumn.'] }),
  ]);
  assert.equal(b.sentences[0].duplicateOf, undefined);
});

test('marking is stable: running it twice gives the same marks', () => {
  const input = [article({ pageId: 'p1', paragraphs: wire }), article({ pageId: 'p2', paragraphs: wire })];
  assert.deepEqual(markDuplicates(markDuplicates(input)), markDuplicates(input));
});

test('MinHash signatures agree more for similar texts than for different ones', () => {
  const sig = (t: string) => signature(shingles(t, 3));
  const agree = (x: number[], y: number[]) => x.filter((v, i) => v === y[i]).length / x.length;
  const a = sig(wire.join(' '));
  const b = sig(wire.join(' ').replace('heavy', 'intense'));
  const c = sig('The city council voted to rebuild the old market square with money from the regional budget.');
  assert.ok(agree(a, b) > 0.6, `similar: ${agree(a, b)}`);
  assert.ok(agree(a, c) < 0.1, `different: ${agree(a, c)}`);
});
