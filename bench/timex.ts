// Temporal expressions on TempEval-3's training data (TimeBank + AQUAINT, 'TBAQ-cleaned'), scored
// with TempEval-3's own metric (bench/metrics/timeml.ts). Our tagger and plain chrono-node both get
// the document creation time as their reference date. NEWSLINE_TIMEX_ERRORS=1 lists every miss on stderr,
// then the wrong values grouped by the shape of the gold and of our value.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { tagTime } from '../src/analyze/time/index.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { addCounts, countMatches, emptyCounts, parseTimeml, scoreCounts, type Timex, type TimemlDoc, type TimexCounts } from './metrics/timeml.js';

/** Published on the TempEval-3 test set (Platinum), value F1 / relaxed F1 (UzZaman et al. 2013). */
const ANCHORS: [string, number, number][] = [
  ['HeidelTime (TE3 test set)', 0.776, 0.9],
  ['SUTime (TE3 test set)', 0.674, 0.9],
];

function tmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tmlFiles(path);
    return name.endsWith('.tml') ? [path] : [];
  });
}

function ours(doc: TimemlDoc): Timex[] {
  const anchor = doc.dct ? { value: doc.dct.slice(0, 10), granularity: 'day' as const } : null;
  return tagTime(doc.text, anchor).map((r) => ({ start: r.start, end: r.end, text: r.text, type: r.type, value: r.value }));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Plain chrono-node: each result's start date, written down to the finest component chrono is sure of. */
function chronoTimexes(doc: TimemlDoc): Timex[] {
  const ref = new Date(`${doc.dct.slice(0, 10)}T12:00:00Z`);
  return chrono.parse(doc.text, ref).map((r) => {
    const c = r.start;
    const year = pad(c.get('year') ?? 0, 4);
    let value = year;
    let type = 'DATE';
    if (c.isCertain('month') || c.isCertain('day')) value += `-${pad(c.get('month') ?? 1)}`;
    if (c.isCertain('day') || c.isCertain('weekday')) value = `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    if (c.isCertain('hour')) { value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`; type = 'TIME'; }
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/tempeval/TBAQ-cleaned');
  let files = tmlFiles(dir);
  if (args.limit) files = files.slice(0, args.limit);
  const showErrors = process.env.NEWSLINE_TIMEX_ERRORS === '1';
  const shapes = new Map<string, number>();
  let mine: TimexCounts = emptyCounts();
  let plain: TimexCounts = emptyCounts();
  for (const file of files) {
    const doc = parseTimeml(file, readFileSync(file, 'utf8'));
    const system = ours(doc);
    const result = countMatches(doc.timexes, system);
    mine = addCounts(mine, result);
    plain = addCounts(plain, countMatches(doc.timexes, chronoTimexes(doc)));
    if (showErrors) reportErrors(doc, system, result.pairs, shapes);
  }
  if (showErrors) reportShapes(shapes);
  const a = scoreCounts(mine);
  const b = scoreCounts(plain);
  printTable([
    ['system', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value F1', 'type acc'],
    ['newsline', round(a.strictP), round(a.strictR), round(a.strictF1), round(a.relaxedP), round(a.relaxedR), round(a.relaxedF1), round(a.valueF1), round(a.typeAccuracy)],
    ['plain chrono-node', round(b.strictP), round(b.strictR), round(b.strictF1), round(b.relaxedP), round(b.relaxedR), round(b.relaxedF1), round(b.valueF1), round(b.typeAccuracy)],
    ...ANCHORS.map(([name, value, relaxed]) => [name, '', '', '', '', '', relaxed, value, '']),
  ]);
  process.stdout.write(`gold timexes ${mine.gold}, ours ${mine.system}, relaxed matches ${mine.relaxed}, right values ${mine.value}\n`);
  process.stdout.write(JSON.stringify({
    set: 'tempeval/TBAQ-cleaned', docs: files.length, strictF1: round(a.strictF1), relaxedF1: round(a.relaxedF1),
    valueF1: round(a.valueF1), typeAccuracy: round(a.typeAccuracy), chronoValueF1: round(b.valueF1),
  }) + '\n');
}

/** A value with its digits masked ('1998-Q3' → '9999-Q9'), so misses group by the kind of value. */
const shape = (value: string): string => value.replace(/\d/g, '9');

/** Wrong values grouped by (gold shape, our shape), most frequent first: where the next rule pays most. */
function reportShapes(shapes: Map<string, number>): void {
  process.stderr.write('\nwrong values by (gold shape <- our shape):\n');
  for (const [key, n] of [...shapes].sort((a, b) => b[1] - a[1])) process.stderr.write(`${String(n).padStart(5)}  ${key}\n`);
}

function reportErrors(doc: TimemlDoc, system: Timex[], pairs: [Timex, Timex][], shapes: Map<string, number>): void {
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedSystem = new Set(pairs.map(([, s]) => s));
  const context = (t: Timex) => doc.text.slice(Math.max(0, t.start - 40), t.end + 30).replace(/\s+/g, ' ');
  for (const g of doc.timexes) if (!matchedGold.has(g)) process.stderr.write(`MISS\t${g.text}\t${g.value}\t${context(g)}\n`);
  for (const s of system) if (!matchedSystem.has(s)) process.stderr.write(`EXTRA\t${s.text}\t${s.value}\t${context(s)}\n`);
  for (const [g, s] of pairs) {
    if (g.value !== s.value) {
      const key = `${shape(g.value)} <- ${shape(s.value)}`;
      shapes.set(key, (shapes.get(key) ?? 0) + 1);
      process.stderr.write(`VALUE\t${g.text}|${s.text}\t${g.value}|${s.value}\tdct=${doc.dct}\t${context(g)}\n`);
    }
    else if (g.text !== s.text) process.stderr.write(`SPAN\t${g.text}|${s.text}\n`);
  }
}
