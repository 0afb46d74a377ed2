// Publication dates on htmldate's evaluation set, scored as its evaluation script does
// (adbar/htmldate, tests/comparison.py: evaluate_result and calculate_scores): the exact day is a
// true positive, a wrong date a false positive, no date a false negative (a page without a gold
// date and without ours is a true negative); F = 2TP / (2TP + FP + FN).
// Speed: pages per second on this one thread, beside a bare htmlparser2 pass over the same page
// (the baseline: tokenising the HTML with nothing done per tag).
// NEWSLINE_PUBDATE_ERRORS=1 lists every page we get wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Parser } from 'htmlparser2';
import { defaultDateOrder } from '../src/extract/date.js';
import { publishedDateFromHtml } from '../src/extract/html/pubdate.js';
import { readGzipHtml } from './data.js';
import { dataDir, printTable, type BenchArgs } from './args.js';

/** Published on all 1,000 pages of the set (htmldate's README): precision, recall, accuracy, F. */
const ANCHORS: [string, number | string, number | string, number | string, number][] = [
  ['htmldate 1.10 extensive', 0.908, 0.993, 0.903, 0.949],
  ['htmldate 1.10 fast', '', '', '', 0.925],
  ['newspaper4k', '', '', '', 0.81],
  ['news-please', '', '', '', 0.81],
  ['articleDateExtractor', '', '', '', 0.792],
  ['goose3', '', '', '', 0.706],
];

interface Entry { url: string; file: string; date: string | null }

const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/htmldate');
  const evaldata = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; date?: string | null }>;
  let entries: Entry[] = Object.entries(evaldata).map(([url, v]) => ({ url, file: v.file, date: v.date ?? null }));
  if (args.limit) entries = entries.slice(0, args.limit);
  const pages = entries.map((e) => ({ ...e, html: readGzipHtml(join(dir, 'html', `${e.file}.gz`)) }));
  const showErrors = process.env.NEWSLINE_PUBDATE_ERRORS === '1';

  let tp = 0, fp = 0, fn = 0, tn = 0;
  let parseMs = 0;
  let totalMs = 0;
  for (const page of pages) {
    const t0 = performance.now();
    const bare = new Parser({});
    bare.write(page.html);
    bare.end();
    const t1 = performance.now();
    const lang = /<html[^>]*[\s:]lang=["']?([a-zA-Z-]+)/i.exec(page.html)?.[1] ?? 'en';
    const found = publishedDateFromHtml(page.html, defaultDateOrder(lang, { url: page.url }), page.url);
    const t2 = performance.now();
    parseMs += t1 - t0;
    totalMs += t2 - t1;
    const value = found ? found.value.slice(0, 10) : null;
    if (value === null && page.date === null) tn++;
    else if (value === null) fn++;
    else if (value === page.date) tp++;
    else fp++;
    if (showErrors && value !== page.date) {
      process.stderr.write(`${value === null ? 'NONE' : 'WRONG'}\t${page.file}\tgold=${page.date}\tours=${value}\t${found ? `${found.evidence.source}: ${found.evidence.text.slice(0, 100)}` : ''}\t${page.url}\n`);
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const accuracy = (tp + tn) / (tp + tn + fp + fn);
  const f = (2 * tp) / (2 * tp + fp + fn);
  const pagesPerSecond = pages.length / (totalMs / 1000);
  printTable([
    ['system', 'precision', 'recall', 'accuracy', 'F'],
    ['newsline', round(precision), round(recall), round(accuracy), round(f)],
    ...ANCHORS,
  ]);
  process.stdout.write(`pages ${pages.length}: TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn}\n`);
  process.stdout.write(`speed: ${pagesPerSecond.toFixed(0)} pages/s on one thread (HTML read + date), ${round(totalMs / parseMs)}x a bare htmlparser2 pass; htmldate extensive: about 120 pages/s\n`);
  process.stdout.write(JSON.stringify({
    set: 'htmldate', pages: pages.length, f: round(f), precision: round(precision), recall: round(recall), accuracy: round(accuracy),
    pagesPerSecond: Math.round(pagesPerSecond),
  }) + '\n');
}
