import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed } from '../../bench/cluster.js';

test('B-cubed: one cluster holding two classes, scored by hand', () => {
  // items: x1 x2 (class X) and y1 (class Y) all in cluster 1; y2 alone in cluster 2
  const s = bcubed(['1', '1', '1', '2'], ['X', 'X', 'Y', 'Y']);
  // precision: x1, x2 -> 2/3 each, y1 -> 1/3, y2 -> 1; recall: x1, x2 -> 1, y1 -> 1/2, y2 -> 1/2
  assert.ok(Math.abs(s.precision - (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4) < 1e-12);
  assert.ok(Math.abs(s.recall - (1 + 1 + 0.5 + 0.5) / 4) < 1e-12);
});
