import { test } from 'node:test';
import assert from 'node:assert/strict';
import { b3, ceafe, corefScores, maxWeightAssignment, muc, partitionOf, type PRF } from '../../bench/metrics/coref.js';

const close = (actual: number, expected: number, what = '') => assert.ok(Math.abs(actual - expected) < 1e-12, `${what} ${actual} != ${expected}`);
const closePRF = (actual: PRF, precision: number, recall: number, what: string) => {
  close(actual.precision, precision, `${what} precision`);
  close(actual.recall, recall, `${what} recall`);
  close(actual.f1, precision + recall ? (2 * precision * recall) / (precision + recall) : 0, `${what} F1`);
};

test('identity scores 1 on every metric, singletons included', () => {
  const key = [['a', 'b', 'c'], ['d', 'e'], ['f']];
  const s = corefScores(key, [['f'], ['e', 'd'], ['c', 'a', 'b']]);
  closePRF(s.muc, 1, 1, 'MUC');
  closePRF(s.b3, 1, 1, 'B3');
  closePRF(s.ceafe, 1, 1, 'CEAF-e');
  close(s.conll, 1, 'CoNLL');
});

test('only singletons on both sides: MUC has no links (0, as the scorer gives), B3 and CEAF-e are 1', () => {
  const s = corefScores([['a'], ['b'], ['c']], [['c'], ['b'], ['a']]);
  closePRF(s.muc, 0, 0, 'MUC');
  closePRF(s.b3, 1, 1, 'B3');
  closePRF(s.ceafe, 1, 1, 'CEAF-e');
  close(s.conll, 2 / 3, 'CoNLL');
});

// The worked example of Pradhan et al. (ACL 2014) with mentions missing on either side: key {a b c} {d e f g}, response {a b} {c d} {f g h i}
// (e is missing from the response, h and i from the key). By hand:
//   MUC R: K1 cut into {a b}{c} -> 3-2 = 1; K2 into {d}{e}{f g} -> 4-3 = 1; R = 2/(2+3) = 0.4.
//   MUC P: R1 {a b} -> 1; R2 {c}{d} -> 0; R3 {f g}{h}{i} -> 1; P = 2/(1+1+3) = 0.4.
//   B3 R: (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = (5/3 + 5/4)/7 = 5/12; B3 P: (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8 = 1/2.
//   CEAF-e: phi4(K1,R1) = 4/5, phi4(K1,R2) = 2/5, phi4(K2,R2) = 2/6, phi4(K2,R3) = 4/8; best alignment
//   K1-R1 + K2-R3 = 1.3; R = 1.3/2 = 0.65, P = 1.3/3.
test('the worked example of Pradhan et al. 2014', () => {
  const key = [['a', 'b', 'c'], ['d', 'e', 'f', 'g']];
  const response = [['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']];
  closePRF(muc(key, response), 0.4, 0.4, 'MUC');
  closePRF(b3(key, response), 0.5, 5 / 12, 'B3');
  closePRF(ceafe(key, response), 1.3 / 3, 0.65, 'CEAF-e');
  const s = corefScores(key, response);
  close(s.conll, (0.4 + (2 * 0.5 * (5 / 12)) / (0.5 + 5 / 12) + (2 * 0.65 * (1.3 / 3)) / (0.65 + 1.3 / 3)) / 3, 'CoNLL');
});

// Key {a b c d}. Split into {a b} {c d}: MUC R = (4-2)/3, P = 1; B3 R = (2²/4 + 2²/4)/4 = 1/2, P = 1;
// CEAF-e phi4 = 2·2/(4+2) = 2/3 for either half, one of them aligned: R = (2/3)/1, P = (2/3)/2.
// The merge is the same partitions with key and response swapped: every precision and recall trade places.
test('a split and a merge', () => {
  const whole = [['a', 'b', 'c', 'd']];
  const halves = [['a', 'b'], ['c', 'd']];
  closePRF(muc(whole, halves), 1, 2 / 3, 'split MUC');
  closePRF(b3(whole, halves), 1, 1 / 2, 'split B3');
  closePRF(ceafe(whole, halves), 1 / 3, 2 / 3, 'split CEAF-e');
  closePRF(muc(halves, whole), 2 / 3, 1, 'merge MUC');
  closePRF(b3(halves, whole), 1 / 2, 1, 'merge B3');
  closePRF(ceafe(halves, whole), 2 / 3, 1 / 3, 'merge CEAF-e');
});

// Two events told in two sentences each, one of them wrongly joined by a stray sentence of the other:
// key {a b} {c d}, response {a b c} {d}. MUC R: K1 1 piece -> 1, K2 {c}{d} -> 0: 1/2; P: R1 {a b}{c} -> 1,
// R2 0 links: 1/2. B3 R: (4/2 + 1/2 + 1/2)/4 = 3/4; P: (4/3 + 1/3 + 1/1)/4 = 2/3.
// CEAF-e: phi4 K1-R1 = 4/5, K2-R1 = 2/5, K2-R2 = 2/3: best K1-R1 + K2-R2 = 22/15; R = P = 11/15.
test('a wrong merge beside a missed one', () => {
  const key = [['a', 'b'], ['c', 'd']];
  const response = [['a', 'b', 'c'], ['d']];
  closePRF(muc(key, response), 1 / 2, 1 / 2, 'MUC');
  closePRF(b3(key, response), 2 / 3, 3 / 4, 'B3');
  closePRF(ceafe(key, response), 11 / 15, 11 / 15, 'CEAF-e');
});

test('Kuhn-Munkres finds the best alignment where the greedy one does not', () => {
  // greedy takes 0.9 then 0.1 (1.0); the optimum is 0.8 + 0.8
  const { columnOf, total } = maxWeightAssignment([[0.9, 0.8], [0.8, 0.1]]);
  assert.deepEqual(columnOf, [1, 0]);
  close(total, 1.6);
  // rectangular, both ways
  close(maxWeightAssignment([[1, 5, 0], [4, 6, 0]]).total, 9);
  close(maxWeightAssignment([[1, 4], [5, 6], [0, 0]]).total, 9);
  assert.deepEqual(maxWeightAssignment([[1, 4], [5, 6], [0, 0]]).columnOf, [1, 0, -1]);
});

test('CEAF-e aligns across groups and needs the optimum inside one', () => {
  // key {a b c} {d e}, response {a b d e} {c}: phi4 K1-R1 = 4/7, K1-R2 = 2/4, K2-R1 = 4/6, K2-R2 = 0.
  // Alignments: K1-R1 alone 4/7 (K2-R2 = 0); K1-R2 + K2-R1 = 1/2 + 2/3 = 7/6, the best.
  const s = ceafe([['a', 'b', 'c'], ['d', 'e']], [['a', 'b', 'd', 'e'], ['c']]);
  closePRF(s, 7 / 12, 7 / 12, 'CEAF-e');
});

test('partitionOf groups items by label', () => {
  assert.deepEqual(partitionOf(new Map([['a', 'x'], ['b', 'y'], ['c', 'x']])), [['a', 'c'], ['b']]);
  assert.throws(() => muc([['a'], ['a']], [['a']]));
});
