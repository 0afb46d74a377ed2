// The timeline metrics of the tilse library (Martschat & Markert, EACL 2017, "Improving ROUGE for
// Timeline Summarization"): concat, agreement, align, align+ and align+ m:1 ROUGE, and date F1.
// Written from a reading of tilse/evaluation/rouge.py, util.py and dates.py in
// github.com/smartschat/tilse, and of experiments/evaluate.py in github.com/complementizer/news-tls
// (which scores T17 with 'align+ m:1', ROUGE-1 and ROUGE-2, one reference timeline at a time).
import { rougeN, type RougeCounts } from './rouge.js';

/** A timeline: ISO day ('2011-02-11') -> the sentences of that day's summary. */
export type Timeline = Map<string, string[]>;

export interface PRF {
  precision: number;
  recall: number;
  f: number;
}

export type Measure = 'rouge_1' | 'rouge_2';
export type Scores = Record<Measure, PRF>;

const MEASURES: Record<Measure, number> = { rouge_1: 1, rouge_2: 2 };

export function fScore(precision: number, recall: number, beta = 1): number {
  if (precision + recall === 0) return 0;
  return ((1 + beta * beta) * precision * recall) / (beta * beta * precision + recall);
}

function ordinal(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

function dayDistance(a: string, b: string): number {
  return Math.abs(ordinal(a) - ordinal(b));
}

/** tilse's date weight: 1 on the same day, 1/2 a day apart, 1/3 two days apart... */
function dateWeight(a: string, b: string): number {
  return 1 / (dayDistance(a, b) + 1);
}

function datesOf(tl: Timeline): string[] {
  return [...tl.keys()].sort();
}

/** The union of the reference timelines' dates. */
function refDates(refs: Timeline[]): string[] {
  return [...new Set(refs.flatMap((r) => [...r.keys()]))].sort();
}

/** What each reference says on a day (an empty summary where it says nothing), as tilse's GroundTruth[date]. */
function refsOn(refs: Timeline[], day: string): string[][] {
  return refs.map((r) => r.get(day) ?? []);
}

/** Each ROUGE count summed over pieces, then P = hit/peer, R = hit/model (0 when a denominator is 0). */
class Tally {
  private num = { p: { rouge_1: 0, rouge_2: 0 }, r: { rouge_1: 0, rouge_2: 0 } };
  private den = { p: { rouge_1: 0, rouge_2: 0 }, r: { rouge_1: 0, rouge_2: 0 } };

  addPrecision(m: Measure, counts: RougeCounts, weight = 1): void {
    this.num.p[m] += weight * counts.hit;
    this.den.p[m] += counts.peer;
  }

  addRecall(m: Measure, counts: RougeCounts, weight = 1): void {
    this.num.r[m] += weight * counts.hit;
    this.den.r[m] += counts.model;
  }

  scores(): Scores {
    const out = {} as Scores;
    for (const m of Object.keys(MEASURES) as Measure[]) {
      const precision = this.den.p[m] ? this.num.p[m] / this.den.p[m] : 0;
      const recall = this.den.r[m] ? this.num.r[m] / this.den.r[m] : 0;
      out[m] = { precision, recall, f: fScore(precision, recall) };
    }
    return out;
  }
}

function counts(peer: string[], models: string[][]): Record<Measure, RougeCounts> {
  return { rouge_1: rougeN(peer, models, 1), rouge_2: rougeN(peer, models, 2) };
}

/** 'concat': every daily summary of a timeline joined into one document. */
export function concat(pred: Timeline, refs: Timeline[]): Scores {
  const peer = datesOf(pred).flatMap((d) => pred.get(d)!);
  const models = refs.map((r) => datesOf(r).flatMap((d) => r.get(d)!));
  const c = counts(peer, models);
  const t = new Tally();
  for (const m of Object.keys(MEASURES) as Measure[]) {
    t.addPrecision(m, c[m]);
    t.addRecall(m, c[m]);
  }
  return t.scores();
}

/** 'agreement': daily summaries compared only on the same day. */
export function agreement(pred: Timeline, refs: Timeline[]): Scores {
  const predDates = new Set(pred.keys());
  const ref = new Set(refDates(refs));
  const t = new Tally();
  for (const day of [...new Set([...predDates, ...ref])].sort()) {
    const c = counts(pred.get(day) ?? [], refsOn(refs, day));
    for (const m of Object.keys(MEASURES) as Measure[]) {
      if (predDates.has(day)) t.addPrecision(m, c[m]);
      if (ref.has(day)) t.addRecall(m, c[m]);
    }
  }
  return t.scores();
}

/**
 * tilse's quick ROUGE-1 F1 used only to build alignment costs: whitespace tokens, case kept, no
 * stemming or stopwords; a token is left out when it is a substring of Python's
 * string.punctuation (tilse tests `k not in string.punctuation`, a substring test).
 */
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

function approxCounts(sentences: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) for (const k of s.split(/\s+/).filter(Boolean)) if (!PUNCTUATION.includes(k)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

export function rougeApproximation(pred: string[], refs: string[][]): number {
  const p = approxCounts(pred);
  const r = refs.map(approxCounts);
  let match = 0;
  for (const [tok, n] of p) for (const rc of r) match += Math.min(n, rc.get(tok) ?? 0);
  const predTotal = [...p.values()].reduce((a, b) => a + b, 0);
  const precDenom = r.length * predTotal;
  const recDenom = r.reduce((s, rc) => s + [...rc.values()].reduce((a, b) => a + b, 0), 0);
  const precision = precDenom ? match / precDenom : 0;
  const recall = recDenom ? match / recDenom : 0;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

type CostFn = (predDay: string, refDay: string) => number;

function dateCost(): CostFn {
  return (p, r) => 1 - dateWeight(p, r);
}

function dateContentCost(pred: Timeline, refs: Timeline[]): CostFn {
  return (p, r) => (1 - dateWeight(p, r)) * (1 - rougeApproximation(pred.get(p) ?? [], refsOn(refs, r)));
}

/** Rows assigned to columns: [row, col] pairs. */
type Assignment = [number, number][];

/** Many-to-one: each row to its cheapest column (the first on ties, as numpy's argmin). */
export function assignToMinCost(costs: number[][]): Assignment {
  return costs.map((row, i) => {
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j] < row[best]) best = j;
    return [i, best] as [number, number];
  });
}

/**
 * One-to-one assignment of least total cost, min(rows, cols) pairs, following the shortest
 * augmenting path method scipy's linear_sum_assignment uses (Crouse 2016), with its order of
 * visiting columns and its preference for free columns on ties, so that among equally cheap
 * assignments we pick the one scipy picks.
 */
export function linearSumAssignment(costs: number[][]): Assignment {
  if (!costs.length || !costs[0].length) return [];
  const transposed = costs[0].length < costs.length;
  const a = transposed ? costs[0].map((_, j) => costs.map((row) => row[j])) : costs;
  const nr = a.length;
  const nc = a[0].length;
  const u = new Array<number>(nr).fill(0);
  const v = new Array<number>(nc).fill(0);
  const col4row = new Array<number>(nr).fill(-1);
  const row4col = new Array<number>(nc).fill(-1);
  const path = new Array<number>(nc).fill(-1);
  for (let curRow = 0; curRow < nr; curRow++) {
    const shortest = new Array<number>(nc).fill(Infinity);
    const inRows = new Array<boolean>(nr).fill(false);
    const inCols = new Array<boolean>(nc).fill(false);
    const remaining = Array.from({ length: nc }, (_, it) => nc - it - 1);
    let numRemaining = nc;
    let minVal = 0;
    let sink = -1;
    let i = curRow;
    while (sink === -1) {
      let index = -1;
      let lowest = Infinity;
      inRows[i] = true;
      for (let it = 0; it < numRemaining; it++) {
        const j = remaining[it];
        const r = minVal + a[i][j] - u[i] - v[j];
        if (r < shortest[j]) {
          path[j] = i;
          shortest[j] = r;
        }
        if (shortest[j] < lowest || (shortest[j] === lowest && row4col[j] === -1)) {
          lowest = shortest[j];
          index = it;
        }
      }
      minVal = lowest;
      if (minVal === Infinity) throw new Error('cost matrix is infeasible');
      const j = remaining[index];
      if (row4col[j] === -1) sink = j;
      else i = row4col[j];
      inCols[j] = true;
      remaining[index] = remaining[--numRemaining];
    }
    u[curRow] += minVal;
    for (let r = 0; r < nr; r++) if (inRows[r] && r !== curRow) u[r] += minVal - shortest[col4row[r]];
    for (let c = 0; c < nc; c++) if (inCols[c]) v[c] -= minVal - shortest[c];
    let j = sink;
    for (;;) {
      const r = path[j];
      row4col[j] = r;
      const previous = col4row[r];
      col4row[r] = j;
      j = previous;
      if (r === curRow) break;
    }
  }
  const out: Assignment = col4row.map((c, r) => (transposed ? [c, r] : [r, c]) as [number, number]);
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * tilse's per-day mapping: predicted days aligned to reference days (for precision) and reference
 * days to predicted days (for recall); each aligned pair's hits weighted by 1/(days apart + 1);
 * days left unaligned are scored against an empty summary.
 */
function alignedScores(pred: Timeline, refs: Timeline[], cost: CostFn, assign: (c: number[][]) => Assignment): Scores {
  const predDays = datesOf(pred);
  const refDays = refDates(refs);
  const t = new Tally();
  if (!predDays.length || !refDays.length) return t.scores();
  const precCosts = predDays.map((p) => refDays.map((r) => cost(p, r)));
  const recCosts = refDays.map((r) => predDays.map((p) => cost(p, r)));
  const measures = Object.keys(MEASURES) as Measure[];
  const matchedPred = new Set<number>();
  for (const [row, col] of assign(precCosts)) {
    matchedPred.add(row);
    const [p, r] = [predDays[row], refDays[col]];
    const c = counts(pred.get(p)!, refsOn(refs, r));
    for (const m of measures) t.addPrecision(m, c[m], dateWeight(p, r));
  }
  predDays.forEach((p, i) => {
    if (matchedPred.has(i)) return;
    const c = counts(pred.get(p)!, refs.map(() => []));
    for (const m of measures) t.addPrecision(m, c[m]);
  });
  const matchedRef = new Set<number>();
  for (const [row, col] of assign(recCosts)) {
    matchedRef.add(row);
    const [r, p] = [refDays[row], predDays[col]];
    const c = counts(pred.get(p)!, refsOn(refs, r));
    for (const m of measures) t.addRecall(m, c[m], dateWeight(p, r));
  }
  refDays.forEach((r, i) => {
    if (matchedRef.has(i)) return;
    const c = counts([], refsOn(refs, r));
    for (const m of measures) t.addRecall(m, c[m]);
  });
  return t.scores();
}

/** 'align': one-to-one alignment of days by date distance. */
export function alignDateCosts(pred: Timeline, refs: Timeline[]): Scores {
  return alignedScores(pred, refs, dateCost(), linearSumAssignment);
}

/** 'align+': one-to-one alignment by date distance and content. */
export function alignDateContentCosts(pred: Timeline, refs: Timeline[]): Scores {
  return alignedScores(pred, refs, dateContentCost(pred, refs), linearSumAssignment);
}

/** 'align+ m:1': many-to-one alignment by date distance and content (the T17 metric of news-tls). */
export function alignDateContentCostsManyToOne(pred: Timeline, refs: Timeline[]): Scores {
  return alignedScores(pred, refs, dateContentCost(pred, refs), assignToMinCost);
}

/** Date selection: the predicted and reference date sets compared. */
export function dateScores(pred: Timeline, refs: Timeline[]): PRF {
  const predDays = new Set(pred.keys());
  const ref = new Set(refDates(refs));
  const shared = [...predDays].filter((d) => ref.has(d)).length;
  const precision = predDays.size ? shared / predDays.size : 0;
  const recall = ref.size ? shared / ref.size : 0;
  return { precision, recall, f: fScore(precision, recall) };
}

/** news-tls's average: precision and recall averaged over timelines, F from those averages. */
export function averagePRF(results: PRF[]): PRF {
  const n = results.length || 1;
  const precision = results.reduce((s, r) => s + r.precision, 0) / n;
  const recall = results.reduce((s, r) => s + r.recall, 0) / n;
  return { precision, recall, f: fScore(precision, recall) };
}
