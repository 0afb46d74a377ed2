// npm run bench -- extract-text [--data <dir>] [--limit <n>]
// The plain-text cleaner on the Zyte article-extraction set, read from its page-text twin (the whole
// visible text of each page, as html-text renders it) instead of the HTML, scored with the set's own
// metric against its gold. Beside it: the raw page text's own score and our HTML extractor on the
// same pages' HTML. Then the seeds at line level, and the speed against a split-and-trim pass.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractHtml } from '../src/extract/html/extract.js';
import { extractText } from '../src/extract/text/index.js';
import { readGzipText, readJsonGz } from './data.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { scoreZyte, type ZyteScore } from './metrics/zyte.js';
import type { GoldDocument } from './seeds-score.js';

/** Scores published by the set's authors (see ../shared/bench/README.md), F1 / P / R / accuracy. */
const PUBLISHED: [string, number, number | string, number | string, number | string][] = [
  ['rs_trafilatura (HTML)', 0.97, 0.951, 0.99, 0.287],
  ['trafilatura 2.0.0 (HTML)', 0.958, 0.938, 0.978, 0.293],
  ['readability.js 0.6.0 (HTML)', 0.947, 0.914, 0.982, 0.166],
  ['justext (HTML)', 0.804, '-', '-', '-'],
  ['html-text (page text as is)', 0.665, '-', '-', '-'],
];

/** Timing repeats: enough passes over the text that one-off costs (JIT, GC) do not dominate. */
const SPEED_PASSES = 3;

/** What the cleaner was built from: rules written by hand, no learned weights. */
const TRAINED_ON =
  'no learned model: hand-written line rules (src/extract/text/rules.ts) and named costs (settings.ts); none fitted to the Zyte pages';

const round = (x: number) => Number(x.toFixed(4));

function row(name: string, s: ZyteScore): (string | number)[] {
  return [name, round(s.f1), round(s.precision), round(s.recall), round(s.accuracy)];
}

/** Lines per second of the cleaner, and of a plain split-and-trim pass over the same text in the same run. */
function measureSpeed(texts: string[]): { linesPerSecond: number; baselineLinesPerSecond: number; lines: number } {
  const lines = texts.reduce((n, t) => n + t.split(/\r\n|\r|\n/).filter((l) => l.trim()).length, 0);
  // CPU time of this process rather than wall time: other work on a shared machine does not count
  // against us, and helper threads (GC) that do count make the figure cautious, never flattering.
  const time = (f: (t: string) => unknown): number => {
    const started = process.cpuUsage();
    for (let pass = 0; pass < SPEED_PASSES; pass++) for (const t of texts) f(t);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1e6;
  };
  time((t) => extractText(t)); // warm-up
  const ours = time((t) => extractText(t));
  const baseline = time((t) => t.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean));
  return { linesPerSecond: (lines * SPEED_PASSES) / ours, baselineLinesPerSecond: (lines * SPEED_PASSES) / baseline, lines };
}

function seedLines(dir: string): { bodyRecall: number; dropPrecision: number; lost: string[]; kept: string[] } | null {
  const goldFile = join(dir, 'gold.json');
  if (!existsSync(goldFile)) return null;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')).documents as Record<string, GoldDocument>;
  let body = 0;
  let bodyKept = 0;
  let drop = 0;
  let dropDropped = 0;
  const lost: string[] = [];
  const kept: string[] = [];
  for (const [name, g] of Object.entries(gold)) {
    const result = extractText(readFileSync(join(dir, name), 'utf8'));
    const keptLines = new Set(result.paragraphs.map((p) => p.line));
    for (const l of g.body) {
      body++;
      if (keptLines.has(l)) bodyKept++;
      else lost.push(`${name}:${l}`);
    }
    for (const l of g.drop) {
      drop++;
      if (!keptLines.has(l)) dropDropped++;
      else kept.push(`${name}:${l}`);
    }
  }
  return { bodyRecall: body ? bodyKept / body : 1, dropPrecision: drop ? dropDropped / drop : 1, lost, kept };
}

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, join('bench', 'zyte'));
  const truthAll = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const pageText = readJsonGz<Record<string, { articleBody: string }>>(join(dir, 'page-text.json.gz'));
  const ids = Object.keys(truthAll)
    .filter((id) => pageText[id])
    .sort()
    .slice(0, args.limit ?? Infinity);
  const truth = Object.fromEntries(ids.map((id) => [id, truthAll[id].articleBody]));

  const raw = Object.fromEntries(ids.map((id) => [id, pageText[id].articleBody]));
  const ours = Object.fromEntries(ids.map((id) => [id, extractText(pageText[id].articleBody).text]));
  const html: Record<string, string> = {};
  let htmlFailures = 0;
  for (const id of ids) {
    const file = join(dir, 'html', `${id}.html.gz`);
    try {
      html[id] = extractHtml(readGzipText(file)).text;
    } catch {
      htmlFailures++; // scored as an empty prediction, as the set's authors score a failed page
      html[id] = '';
    }
  }

  const oursScore = scoreZyte(truth, ours);
  const rawScore = scoreZyte(truth, raw);
  const htmlScore = scoreZyte(truth, html);
  const speed = measureSpeed(ids.map((id) => pageText[id].articleBody));

  process.stdout.write(`extract-text: ${dir}  (${ids.length} pages, input page-text.json.gz)\n`);
  process.stdout.write(`model: ${TRAINED_ON}\n\n`);
  printTable([
    ['extractor (zyte set)', 'F1', 'precision', 'recall', 'accuracy'],
    row('ours, plain text', oursScore),
    row('raw page text (no cleaning)', rawScore),
    row(`ours, HTML (extractHtml)${htmlFailures ? ` ${htmlFailures} failed` : ''}`, htmlScore),
    ...PUBLISHED.map(([name, ...rest]) => [`published: ${name}`, ...rest]),
  ]);

  const seeds = seedLines(resolve('..', 'shared', 'seeds'));
  if (seeds) {
    process.stdout.write('\n');
    printTable([
      ['seeds (line level)', 'value', 'misses'],
      ['body-line recall', round(seeds.bodyRecall), seeds.lost.join(' ') || '-'],
      ['drop-line precision', round(seeds.dropPrecision), seeds.kept.join(' ') || '-'],
    ]);
  }
  process.stdout.write(
    `\nspeed: ${Math.round(speed.linesPerSecond)} lines/s on one core over ${speed.lines} lines x ${SPEED_PASSES}; ` +
      `split-and-trim baseline ${Math.round(speed.baselineLinesPerSecond)} lines/s (ours at ${(speed.linesPerSecond / speed.baselineLinesPerSecond).toFixed(3)} of it)\n`,
  );
  process.stdout.write(
    JSON.stringify({
      set: 'zyte page-text',
      pages: ids.length,
      f1: round(oursScore.f1),
      precision: round(oursScore.precision),
      recall: round(oursScore.recall),
      accuracy: round(oursScore.accuracy),
      rawTextF1: round(rawScore.f1),
      htmlF1: round(htmlScore.f1),
      linesPerSecond: Math.round(speed.linesPerSecond),
    }) + '\n',
  );
}
