// Runs the tagger over the real seed pages (read from ../shared/seeds, never copied here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TimeRef } from '../../../src/model.js';
import { sentenceDate, tagTime, type Anchor } from '../../../src/analyze/time/index.js';

const SEEDS = path.resolve('..', 'shared', 'seeds');
const skip = existsSync(path.join(SEEDS, 'gold.json')) ? false : `seed pages not found at ${SEEDS}`;

interface Seed {
  lines: string[];
  refs: TimeRef[];
  /** Refs whose start lies on the 1-based lines [from, to]. */
  onLines(from: number, to?: number): TimeRef[];
}

function loadSeed(prefix: string): Seed {
  const gold = JSON.parse(readFileSync(path.join(SEEDS, 'gold.json'), 'utf8')) as { documents: Record<string, { published: string | null }> };
  const name = Object.keys(gold.documents).find((n) => n.startsWith(prefix))!;
  const text = readFileSync(path.join(SEEDS, name), 'utf8');
  const published = gold.documents[name].published;
  const anchor: Anchor | null = published ? { value: published, granularity: 'day' } : null;
  const refs = tagTime(text, anchor);
  const lines = text.split(/\r?\n/);
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; i++) {
    lineStarts.push(offset);
    offset += lines[i].length + (text.slice(offset + lines[i].length).startsWith('\r\n') ? 2 : 1);
  }
  const lineOf = (offset: number) => lineStarts.findLastIndex((s) => s <= offset) + 1;
  for (const r of refs) assert.equal(text.slice(r.start, r.end), r.text);
  return { lines, refs, onLines: (from, to = from) => refs.filter((r) => lineOf(r.start) >= from && lineOf(r.start) <= to) };
}


test('000, line 10: the storming is dated 2017-10-16', { skip }, () => {
  const refs = loadSeed('000').onLines(10);
  assert.ok(refs.some((r) => r.value === '2017-10-16' && r.granularity === 'day'), JSON.stringify(refs));
  assert.equal(sentenceDate(refs, null)?.value, '2017-10-16');
  // 'for over two years' on the same line is a length of time, not a date.
  assert.ok(refs.some((r) => r.type === 'DURATION' && r.value === 'P2Y'));
});

test('000, line 6: the dateline with its clock time is one TIME', { skip }, () => {
  const [ref] = loadSeed('000').onLines(6);
  assert.equal(ref.type, 'TIME');
  assert.equal(ref.value, '2017-10-16T12:45');
});

test("003, line 41: 'Two months ago' on a page of 2017-11-04 is 2017-09", { skip }, () => {
  const refs = loadSeed('003').onLines(41);
  const ago = refs.find((r) => r.type === 'DATE');
  assert.deepEqual({ value: ago?.value, granularity: ago?.granularity }, { value: '2017-09', granularity: 'month' });
  assert.deepEqual(sentenceDate(refs, { value: '2017-11-04', granularity: 'day' }), { value: '2017-09', granularity: 'month', from: 'expression', text: ago!.text });
});

test('003, lines 37-59: every dated expression is in 2017; siege lengths are durations', { skip }, () => {
  const refs = loadSeed('003').onLines(37, 59);
  assert.ok(refs.length >= 4, JSON.stringify(refs));
  for (const r of refs) {
    const year = /^(\d{4})/.exec(r.value);
    if (year) assert.equal(year[1], '2017', `${r.text} -> ${r.value}`);
  }
  const siege = refs.find((r) => /3 years/.test(r.text));
  assert.equal(siege?.type, 'DURATION');
  assert.equal(siege?.value, 'P3Y');
});

test("003: the '© 2025' footer and the US date '11/04/2017'", { skip }, () => {
  const seed = loadSeed('003');
  assert.ok(!seed.refs.some((r) => r.value.startsWith('2025')), 'no 2025 date anywhere on the page');
  assert.deepEqual(seed.onLines(28).map((r) => r.value), ['2017-11-04']);
});

test("004, line 12: 'On Tuesday' on a page of July 4th, 2017 is 2017-07-04", { skip }, () => {
  const refs = loadSeed('004').onLines(12);
  assert.ok(refs.some((r) => r.value === '2017-07-04'), JSON.stringify(refs));
  assert.equal(sentenceDate(refs, null)?.value, '2017-07-04');
  assert.ok(!refs.some((r) => r.text.includes('137')), "'Regiment 137' is not a year");
});

test('undated pages: weekdays stay unresolved, named years and months are kept', { skip }, () => {
  const refs = loadSeed('002').refs;
  const weekdays = refs.filter((r) => r.rule === 'weekday');
  assert.ok(weekdays.length >= 3);
  assert.ok(weekdays.every((r) => r.anchor === 'none' && r.value.startsWith('XXXX-WXX-')));
  assert.ok(refs.some((r) => r.value === '2011-03'));
  assert.ok(!loadSeed('001').refs.some((r) => /500|670/.test(r.text)), "'500-670 kilometers' is no date");
});
