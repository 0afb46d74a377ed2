// Article extraction from HTML on the Zyte set (token-shingle F1, bench/metrics/zyte.ts) or the
// trafilatura set (snippet F, bench/metrics/trafilatura.ts), ours beside Readability.js 0.6 on linkedom,
// which runs in this same process on the same decoded pages as the baseline (its textContent, as the
// Zyte repository's readability_js runner prints it). Speed is pages per second of the extraction call
// alone (pages are read and decoded beforehand), and the ratio ours / Readability.
// NEWSLINE_EXTRACT_ERRORS=1 lists the pages we score worst on (stderr); =misses dumps every missed and leaked snippet of the trafilatura set. Speed is the fastest of SPEED_ROUNDS passes each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractHtml } from '../src/extract/html/extract.js';
import { readGzipHtml, readGzipText } from './data.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { scoreZyte, shingleMatch } from './metrics/zyte.js';
import { countSnippets, normaliseSnippet, scoreSnippets, type SnippetItem } from './metrics/trafilatura.js';

/** Pages run once by each extractor before timing, so that neither is timed while the JIT warms up. */
const WARMUP_PAGES = 5;
/**
 * Timed passes over the pages; each side keeps its fastest pass. Within a pass the two extractors take
 * turns a few pages at a time, so that both meet the same load from the rest of a shared machine: timed
 * as two whole passes one after the other, a burst of other work during one of them decided the ratio.
 * NEWSLINE_EXTRACT_ROUNDS=1 times a single pass (quicker while iterating).
 */
const SPEED_ROUNDS = Math.max(1, Number(process.env.NEWSLINE_EXTRACT_ROUNDS ?? 2) || 1);

/** Published by the Zyte set's authors (README of scrapinghub/article-extraction-benchmark): F1, P, R, accuracy. */
const ZYTE_ANCHORS: [string, ...(number | string)[]][] = [
  ['rs_trafilatura', 0.97, 0.951, 0.99, 0.287],
  ['AutoExtract (2019)', 0.97, 0.984, 0.956, 0.47],
  ['go_trafilatura', 0.96, 0.94, 0.98, 0.287],
  ['trafilatura 2.0.0', 0.958, 0.938, 0.978, 0.293],
  ['newspaper4k', 0.949, 0.964, 0.934, 0.326],
  ['readability.js 0.6.0', 0.947, 0.914, 0.982, 0.166],
  ['readability-lxml', 0.922, 0.913, 0.931, 0.315],
  ['goose3', 0.896, 0.94, 0.856, 0.232],
];
/** Published by trafilatura's authors on all 990 pages (we hold 692 of them): F, P, R, accuracy. */
const TRAFILATURA_ANCHORS: [string, ...(number | string)[]][] = [
  ['trafilatura 2.2.0 (990 pages)', 0.924, 0.906, 0.943, 0.923],
  ['magic-html', 0.889, '', '', ''],
  ['justext', 0.862, '', '', ''],
  ['news-please', 0.836, '', '', ''],
  ['readability-lxml', 0.826, '', '', ''],
  ['goose3', 0.81, '', '', ''],
  ['newspaper4k', 0.801, '', '', ''],
];

interface BenchPage {
  id: string;
  url?: string;
  html: string;
  /** Zyte: the true article body. */
  truth?: string;
  /** trafilatura set: the snippets. */
  item?: SnippetItem;
}

function loadZyte(dir: string): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({ id, url: truth[id].url, truth: truth[id].articleBody ?? '', html: readGzipText(join(dir, 'html', `${id}.html.gz`)) }));
}

function loadTrafilatura(dir: string): BenchPage[] {
  const evaldata = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  return Object.entries(evaldata).map(([url, v]) => ({
    id: v.file,
    url,
    item: { with: v.with ?? [], without: v.without ?? [] },
    html: readGzipHtml(join(dir, 'html', `${v.file}.gz`)),
  }));
}

function ours(page: BenchPage): string {
  return extractHtml(page.html, { url: page.url }).text;
}

function readabilityJs(page: BenchPage): string {
  const { document } = parseHTML(page.html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

interface RunResult {
  outputs: (string | null)[];
  seconds: number;
  crashes: number;
}

/**
 * Pages each extractor reads before the other takes its turn: enough that each mostly pays for its own
 * garbage collection (taking turns page by page, one's garbage was collected in the other's time),
 * few enough that a turn lasts well under a second.
 */
const TURN_PAGES = 20;

function warmUp(pages: BenchPage[], extract: (p: BenchPage) => string): void {
  for (const page of pages.slice(0, WARMUP_PAGES)) {
    try {
      extract(page);
    } catch {
      // counted in the timed run
    }
  }
}

/** One timed pass of each extractor, taking turns TURN_PAGES pages at a time; each one's seconds are its own turns' alone. */
function runSideBySide(pages: BenchPage[], extractors: ((p: BenchPage) => string)[]): RunResult[] {
  const results: RunResult[] = extractors.map(() => ({ outputs: [], seconds: 0, crashes: 0 }));
  for (let start = 0; start < pages.length; start += TURN_PAGES) {
    const turn = pages.slice(start, start + TURN_PAGES);
    extractors.forEach((extract, k) => {
      const result = results[k];
      const t0 = performance.now();
      for (const page of turn) {
        try {
          result.outputs.push(extract(page));
        } catch {
          result.crashes++;
          result.outputs.push(null); // both sets' authors score a failed page as an empty output
        }
      }
      result.seconds += (performance.now() - t0) / 1000;
    });
  }
  return results;
}

interface Scores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

function score(set: string, pages: BenchPage[], outputs: (string | null)[]): Scores {
  if (set === 'zyte') {
    const truth: Record<string, string> = {};
    const predicted: Record<string, string> = {};
    pages.forEach((p, i) => {
      truth[p.id] = p.truth ?? '';
      predicted[p.id] = outputs[i] ?? '';
    });
    return scoreZyte(truth, predicted);
  }
  const s = scoreSnippets(pages.map((p, i) => countSnippets(p.item!, outputs[i])));
  return { f1: s.f, precision: s.precision, recall: s.recall, accuracy: s.accuracy };
}

function listErrors(set: string, pages: BenchPage[], outputs: (string | null)[]): void {
  const rows = pages.map((p, i) => {
    if (set === 'zyte') {
      const c = shingleMatch(p.truth ?? '', outputs[i] ?? '');
      const pr = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
      const rc = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
      return { id: p.id, bad: 2 - pr - rc, note: `P=${pr.toFixed(2)} R=${rc.toFixed(2)}`, url: p.url };
    }
    const c = countSnippets(p.item!, outputs[i]);
    return { id: p.id, bad: c.fp + c.fn, note: `FP=${c.fp} FN=${c.fn}`, url: p.url };
  });
  for (const r of rows.sort((a, b) => b.bad - a.bad).slice(0, 40)) if (r.bad > 0) process.stderr.write(`${r.note}\t${r.id}\t${r.url ?? ''}\n`);
}

/** Every page's misses on the trafilatura set, snippet by snippet: what to read when sorting misses by kind. */
function dumpMisses(pages: BenchPage[], outputs: (string | null)[]): void {
  pages.forEach((p, i) => {
    const text = normaliseSnippet(outputs[i] ?? '');
    const missed = p.item!.with.filter((w) => !text.includes(normaliseSnippet(w)));
    const leaked = p.item!.without.filter((w) => text.includes(normaliseSnippet(w)));
    if (!missed.length && !leaked.length) return;
    process.stderr.write(`${p.id}\t${p.url ?? ''}\n`);
    for (const w of missed) process.stderr.write(`  missed\t${normaliseSnippet(w)}\n`);
    for (const w of leaked) process.stderr.write(`  leaked\t${normaliseSnippet(w)}\n`);
  });
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

export async function run(args: BenchArgs): Promise<void> {
  const set = args.set ?? 'zyte';
  if (set !== 'zyte' && set !== 'trafilatura') throw new Error(`unknown set '${set}' (zyte or trafilatura)`);
  const dir = dataDir(args.data, join('bench', set));
  let pages = set === 'zyte' ? loadZyte(dir) : loadTrafilatura(dir);
  if (args.limit) pages = pages.slice(0, args.limit);

  warmUp(pages, ours);
  warmUp(pages, readabilityJs);
  const [mine, base] = runSideBySide(pages, [ours, readabilityJs]);
  // Outputs are deterministic: later rounds only time the same work again.
  for (let round = 1; round < SPEED_ROUNDS; round++) {
    const [again, baseAgain] = runSideBySide(pages, [ours, readabilityJs]);
    mine.seconds = Math.min(mine.seconds, again.seconds);
    base.seconds = Math.min(base.seconds, baseAgain.seconds);
  }
  const ourScore = score(set, pages, mine.outputs);
  const baseScore = score(set, pages, base.outputs);
  if (process.env.NEWSLINE_EXTRACT_ERRORS === '1') listErrors(set, pages, mine.outputs);
  if (process.env.NEWSLINE_EXTRACT_ERRORS === 'misses' && set === 'trafilatura') dumpMisses(pages, mine.outputs);

  const pagesPerSecond = pages.length / mine.seconds;
  const baselinePagesPerSecond = pages.length / base.seconds;
  const row = (name: string, s: Scores, pps: number | string, crashes: number | string): (string | number)[] => [
    name, round(s.f1), round(s.precision), round(s.recall), round(s.accuracy), typeof pps === 'number' ? round(pps, 1) : pps, crashes,
  ];
  const anchors = (set === 'zyte' ? ZYTE_ANCHORS : TRAFILATURA_ANCHORS).map(([name, ...rest]) => [`published: ${name}`, ...rest, '', '']);
  process.stdout.write(`extract-html on the ${set} set: ${pages.length} pages from ${dir}\n`);
  printTable([
    ['extractor', set === 'zyte' ? 'F1' : 'F', 'precision', 'recall', 'accuracy', 'pages/s', 'crashes'],
    row('ours (extractHtml)', ourScore, pagesPerSecond, mine.crashes),
    row('Readability.js on linkedom (this run)', baseScore, baselinePagesPerSecond, base.crashes),
    ...anchors,
  ]);
  process.stdout.write(`speed ratio ours / Readability.js: ${round(pagesPerSecond / baselinePagesPerSecond, 2)}\n`);
  process.stdout.write(
    JSON.stringify({
      set,
      pages: pages.length,
      f1: round(ourScore.f1, 4),
      precision: round(ourScore.precision, 4),
      recall: round(ourScore.recall, 4),
      accuracy: round(ourScore.accuracy, 4),
      pagesPerSecond: round(pagesPerSecond, 1),
      baselineF1: round(baseScore.f1, 4),
      baselinePagesPerSecond: round(baselinePagesPerSecond, 1),
      speedRatio: round(pagesPerSecond / baselinePagesPerSecond, 2),
      crashes: mine.crashes,
    }) + '\n',
  );
}
