// Temporal awareness of SemEval-2015 Task 4 timelines (bench/metrics/temporal-awareness.ts): the
// trial gold scores 1 against itself, and small edits of a small timeline score what hand counting gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  addCounts,
  awareness,
  closure,
  emptyCounts,
  formatTimeline,
  normalizeDate,
  parseTimeline,
  scoreTimeline,
  timelineGraph,
  type TimelineLine,
} from '../../bench/metrics/temporal-awareness.js';

const TRIAL = resolve('..', 'shared', 'bench', 'events', 'semeval2015-task4', 'TimeLines_trial_data_task4_v1.2');
const trialSkip = existsSync(TRIAL) ? false : `trial timelines not found at ${TRIAL}: skipped`;

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);

/**
 * The timeline every edit starts from. Its graph: ranks 1-3 are three classes, {a, T(2005-01-XX)},
 * {b, b2, c, T(2005-01-18)}, {e, T(2005-03-01)}; x (rank 0) has no relation. Reduced: SIM(a,T1),
 * SIM(b,T2), SIM(b2,T2), SIM(c,T2), SIM(e,T3), BEFORE(a,b), BEFORE(b,e): 7. Closure: 8 nodes, 28 pairs.
 */
const GOLD = `Test entity
0\tXXXX-XX-XX\t1-1-x
1\t2005-01-XX\t1-2-a
2\t2005-01-18\t1-3-b\t1-4-b2
2\t2005-01-18\t1-5-c
3\t2005-03-01\t1-6-e
`;
const gold = parseTimeline(GOLD).lines;
const edit = (text: string): TimelineLine[] => parseTimeline(`Test entity\n${text}`).lines;

test('the timeline format is read back as written, dates in the trial forms normalised', () => {
  const parsed = parseTimeline(GOLD);
  assert.equal(parsed.entity, 'Test entity');
  assert.equal(parsed.lines.length, 5);
  assert.deepEqual(parsed.lines[2], { rank: 2, date: '2005-01-18', mentions: ['1-3-b', '1-4-b2'] });
  assert.equal(formatTimeline(parsed), GOLD);
  assert.equal(normalizeDate('1968'), '1968-XX-XX');
  assert.equal(normalizeDate('2006-03'), '2006-03-XX');
  assert.equal(normalizeDate('XXX-XX-XX'), 'XXXX-XX-XX');
  // A gold line run into the next: the date field is not a mention.
  assert.deepEqual(edit('8\t2007-03-19\t62929-5-travelling\t629292-7-travelling8\t2007-03-19\t62929-2-land')[0].mentions, ['62929-5-travelling', '629292-7-travelling8', '62929-2-land']);
  // The token part of a mention is case-folded.
  assert.deepEqual(edit('1\t2005-01-18\t3307-0-Launches')[0].mentions, ['3307-0-launches']);
});

test('the graph of the base timeline: rank 0 unrelated, n - 1 reduced relations, every pair in the closure', () => {
  const g = timelineGraph(gold);
  assert.equal(g.classOf.has('1-1-x'), false);
  assert.deepEqual(g.sizes, [2, 4, 2]);
  assert.equal(g.reduced.length, 7);
  assert.equal(closure(g).length, 28);
  assert.ok(g.reduced.includes('BEFORE 1-2-a 1-3-b'));
  assert.ok(g.reduced.includes('SIMULTANEOUS 1-4-b2 T:2005-01-18'));
});

test('a timeline against itself scores 1, in both modes', () => {
  for (const mode of ['reduced', 'closure'] as const) {
    const s = awareness(scoreTimeline(gold, gold, mode));
    assert.deepEqual(s, { precision: 1, recall: 1, f1: 1 }, mode);
  }
});

test('swapping two events: 3 of 7 relations right each way', () => {
  // a and e change places: only the three SIMULTANEOUS of rank 2 with their anchor survive.
  const swapped = edit('0\tXXXX-XX-XX\t1-1-x\n1\t2005-01-XX\t1-6-e\n2\t2005-01-18\t1-3-b\t1-4-b2\n2\t2005-01-18\t1-5-c\n3\t2005-03-01\t1-2-a\n');
  const c = scoreTimeline(swapped, gold);
  assert.deepEqual(c, { system: 7, systemVerified: 3, gold: 7, goldVerified: 3 });
  close(awareness(c).f1, 3 / 7, 'F1');
});

test('dropping an event: precision 1, recall 6/7 (reduced) or 21/28 (closure)', () => {
  const dropped = edit('0\tXXXX-XX-XX\t1-1-x\n1\t2005-01-XX\t1-2-a\n2\t2005-01-18\t1-3-b\t1-4-b2\n3\t2005-03-01\t1-6-e\n');
  const reduced = scoreTimeline(dropped, gold);
  assert.deepEqual(reduced, { system: 6, systemVerified: 6, gold: 7, goldVerified: 6 });
  close(awareness(reduced).f1, 12 / 13, 'reduced F1');
  const full = scoreTimeline(dropped, gold, 'closure');
  assert.deepEqual(full, { system: 21, systemVerified: 21, gold: 28, goldVerified: 21 });
  close(awareness(full).f1, 6 / 7, 'closure F1');
});

test('adding an event the gold lacks: precision 7/8, recall 1', () => {
  const added = edit(`${GOLD.split('\n').slice(1).join('\n')}3\t2005-03-01\t1-9-z\n`);
  const c = scoreTimeline(added, gold);
  assert.deepEqual(c, { system: 8, systemVerified: 7, gold: 7, goldVerified: 7 });
  close(awareness(c).f1, 14 / 15, 'F1');
});

test('merging two dates: e put on 2005-01-18 with rank 2', () => {
  // Reduced: SIM(e, T2) is wrong (the gold has T2 before e), 5 of 6 right; of the gold's 7,
  // SIM(e, T3) (no T3 in the system) and BEFORE(b, e) (SIMULTANEOUS there) are missed.
  const merged = edit('1\t2005-01-XX\t1-2-a\n2\t2005-01-18\t1-3-b\t1-4-b2\n2\t2005-01-18\t1-5-c\n2\t2005-01-18\t1-6-e\n');
  const c = scoreTimeline(merged, gold);
  assert.deepEqual(c, { system: 6, systemVerified: 5, gold: 7, goldVerified: 5 });
  close(awareness(c).f1, 10 / 13, 'F1');
  // Closure: the 15 pairs without e or T3 agree, and e stays after a and T1: 17 of 21, and 17 of the gold's 28.
  assert.deepEqual(scoreTimeline(merged, gold, 'closure'), { system: 21, systemVerified: 17, gold: 28, goldVerified: 17 });
});

test('everything at rank 0 relates nothing: no precision to lose, no recall won', () => {
  const flat = edit('0\tXXXX-XX-XX\t1-2-a\t1-3-b\n0\tXXXX-XX-XX\t1-6-e\n');
  assert.deepEqual(scoreTimeline(flat, gold), { system: 0, systemVerified: 0, gold: 7, goldVerified: 0 });
  assert.deepEqual(awareness(scoreTimeline(flat, gold)), { precision: 0, recall: 0, f1: 0 });
});

test('a date at two ranks: its anchor joins the first, the order of the ranks is kept', () => {
  // The trial's Beatles timeline: court_case (rank 6) and lost (rank 7), both on 2006-05-08.
  const g = timelineGraph(edit('6\t2006-05-08\t4954-2-court_case\n7\t2006-05-08\t4954-2-lost\n'));
  assert.deepEqual(g.sizes, [2, 1]);
  assert.deepEqual(g.reduced.sort(), ['BEFORE 4954-2-court_case 4954-2-lost', 'SIMULTANEOUS 4954-2-court_case T:2006-05-08']);
});

test('the micro average sums counts over timelines before dividing', () => {
  const dropped = edit('1\t2005-01-XX\t1-2-a\n2\t2005-01-18\t1-3-b\t1-4-b2\n3\t2005-03-01\t1-6-e\n');
  const sum = addCounts(addCounts(emptyCounts(), scoreTimeline(gold, gold)), scoreTimeline(dropped, gold));
  assert.deepEqual(sum, { system: 13, systemVerified: 13, gold: 14, goldVerified: 13 });
  close(awareness(sum).recall, 13 / 14, 'recall');
});

test('each trial gold timeline scores 1 against itself', { skip: trialSkip }, () => {
  const files = readdirSync(TRIAL).filter((f) => f.endsWith('.txt')).sort();
  assert.equal(files.length, 6);
  let total = emptyCounts();
  for (const file of files) {
    const timeline = parseTimeline(readFileSync(join(TRIAL, file), 'utf8'));
    assert.ok(timeline.lines.length > 0, file);
    for (const mode of ['reduced', 'closure'] as const) {
      const c = scoreTimeline(timeline.lines, timeline.lines, mode);
      assert.equal(c.systemVerified, c.system, `${file} ${mode}`);
      assert.equal(c.goldVerified, c.gold, `${file} ${mode}`);
      if (mode === 'reduced') total = addCounts(total, c);
    }
  }
  assert.ok(total.gold > 100, `trial reduced relations: ${total.gold}`);
  assert.deepEqual(awareness(total), { precision: 1, recall: 1, f1: 1 });
});

test('a trial timeline with one event moved scores below 1', { skip: trialSkip }, () => {
  const timeline = parseTimeline(readFileSync(join(TRIAL, 'steve_jobs.txt'), 'utf8')).lines;
  const dated = timeline.filter((l) => l.rank > 0);
  // The first dated event sent past the last rank.
  const moved = timeline.map((l) => (l === dated[0] ? { ...l, rank: dated[dated.length - 1].rank + 1 } : l));
  const s = awareness(scoreTimeline(moved, timeline));
  assert.ok(s.f1 < 1 && s.f1 > 0.8, String(s.f1));
});
