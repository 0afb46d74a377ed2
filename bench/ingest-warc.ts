// npm run bench -- ingest-warc [--limit <pages>]: WARC.gz archives of 20,000 and 100,000 HTML pages
// generated from the example corpus (examples/), each ingested through the whole flow into a throw-away
// database by a process of its own, so that each peak memory is that ingest's alone (not the generator's,
// nor the other size's). Reports pages per second and peak memory per size, and whether the peak stays
// flat as the archive grows five-fold. The speed baseline, measured in the same run on the same archive,
// is a bare read (decompress, parse records, decode pages) with no extraction or storage.
// Each ingesting process is given the issue's memory budget as its heap size (see HEAP_BUDGET_MB).
// --limit <pages> runs that one size only (for quick runs while working). NEWSLINE_BENCH_TRACE=1 prints
// the resident memory every TRACE_EVERY pages.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPages } from '../src/pipeline.js';
import { openStore } from '../src/store/sqlite.js';
import { readWarc, warcResponseRecord } from '../src/ingest/warc.js';
import { escapeHtml } from '../src/export/escape.js';
import { printTable, type BenchArgs } from './args.js';

/** The issue's sizes: a month of one outlet group's pages in Common Crawl News, and five times that. */
const DEFAULT_SIZES = [20_000, 100_000];
/** Stories are updated every this many pages, as a long `ingest` does. */
const BATCH = 1_000;
/** The issue's ceiling for peak memory. */
const PEAK_LIMIT_MB = 1024;
/**
 * Two peaks count as the same when they differ by at most this share of the smaller: the garbage
 * collector's timing moves a peak by a few per cent from run to run, while memory that grows with the
 * archive would show five-fold between the sizes.
 */
const FLAT_TOLERANCE = 0.1;
/**
 * The heap V8 is told it may use in the ingesting process: the issue's budget. Left to itself on a
 * machine with much memory, V8 lets garbage pile up to four times the live heap before collecting
 * (and so the peak says more about the machine than about the ingest); told the budget, it collects
 * sooner. A live heap that grew with the archive would still show here: as a growing peak, then a crash.
 * The `newsline` command starts with the same budget (the first line of src/cli/index.ts).
 */
const HEAP_BUDGET_MB = PEAK_LIMIT_MB;
/** Resident memory is sampled every this many pages, for the trace printed with NEWSLINE_BENCH_TRACE=1. */
const TRACE_EVERY = 2_000;

/** The example pages as HTML: .html as they are, plain text wrapped paragraph by paragraph. */
function templates(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const ext = extname(name).toLowerCase();
    const text = readFileSync(join(dir, name), 'utf8');
    if (ext === '.html' || ext === '.htm') out.push(text);
    else if (ext === '.txt') {
      const [title, ...rest] = text.split(/\n\s*\n/);
      out.push(`<!DOCTYPE html><html lang="en"><head><title>${escapeHtml(title.trim())}</title></head><body><article><h1>${escapeHtml(title.trim())}</h1>${rest.map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('')}</article></body></html>`);
    }
  }
  return out;
}

/** Writes the archive record by record, so generating 100,000 pages takes no more memory than 10. */
function generate(file: string, pages: number, pool: string[]): void {
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < pages; i++) {
      const t = i % pool.length;
      // Each copy differs (its own dispatch line), as republished pages do, so each is a page of its own.
      // Their canonical links are dropped too: kept, every copy would name one article and be deduplicated by URL.
      const html = pool[t].replace(/<link\b[^>]*rel=["']?canonical[^>]*>|<meta\b[^>]*og:url[^>]*>/gi, '').replace(/<\/body>/i, `<p class="dispatch">Dispatch ${i} of the wire desk, filed for outlet ${t}.</p></body>`);
      const day = String(1 + (i % 28)).padStart(2, '0');
      writeSync(fd, warcResponseRecord({ uri: `https://outlet-${t}.test/news/${i}`, date: `2017-10-${day}T12:00:00Z`, html, id: `bench-${i}` }));
    }
  } finally {
    closeSync(fd);
  }
}

/** The bench's archive of `pages` pages, for profiling the ingest outside the bench. */
export function generateArchive(file: string, pages: number): void {
  generate(file, pages, templates(resolve('examples')));
}

/** What the ingesting process reports back. */
interface IngestRun {
  pages: number;
  seconds: number;
  peakRssMb: number;
  stories: number;
  errors: number;
  /** [pages so far, resident MB] every TRACE_EVERY pages. */
  trace: [number, number][];
}

/** The ingest alone, in this process: run as `node --import tsx bench/ingest-warc.ts --child <warc> <db>`. */
async function child(warc: string, db: string): Promise<void> {
  const store = openStore(db);
  const trace: [number, number][] = [];
  let pages = 0;
  const start = process.hrtime.bigint();
  let report;
  try {
    report = await ingestPages(store, readWarc(warc), {
      batchSize: BATCH,
      onProgress: () => {
        if (++pages % TRACE_EVERY === 0) trace.push([pages, Math.round(process.memoryUsage().rss / 1024 / 1024)]);
      },
    });
  } finally {
    store.close();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const run: IngestRun = { pages: report.added, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), stories: report.storiesTouched.length, errors: report.errors.length, trace };
  process.stdout.write(JSON.stringify(run) + '\n');
}

function ingestInChild(warc: string, db: string): IngestRun {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_BUDGET_MB}`, '--import', 'tsx', script, '--child', warc, db], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !last.startsWith('{')) throw new Error(`the ingest process failed (status ${result.status}): ${result.stdout.slice(-2000)}`);
  return JSON.parse(last) as IngestRun;
}

async function bareRead(warc: string): Promise<number> {
  const start = process.hrtime.bigint();
  let read = 0;
  for await (const item of readWarc(warc)) if ('page' in item) read++;
  return read / (Number(process.hrtime.bigint() - start) / 1e9);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function run(args: BenchArgs): Promise<void> {
  const sizes = args.limit && args.limit > 0 ? [args.limit] : DEFAULT_SIZES;
  const pool = templates(resolve('examples'));
  const results: { size: number; sizeMb: number; readPerSecond: number; run: IngestRun }[] = [];
  for (const size of sizes) {
    const tmp = mkdtempSync(join(tmpdir(), 'newsline-warc-bench-'));
    try {
      const warc = join(tmp, 'bench.warc.gz');
      generate(warc, size, pool);
      const sizeMb = statSync(warc).size / 1024 / 1024;
      const readPerSecond = await bareRead(warc);
      const run = ingestInChild(warc, join(tmp, 'bench.db'));
      results.push({ size, sizeMb, readPerSecond, run });
      process.stderr.write(`ingest-warc: ${size} pages done in ${run.seconds.toFixed(0)} s, peak ${run.peakRssMb} MB\n`);
      if (process.env.NEWSLINE_BENCH_TRACE) process.stderr.write(`  resident MB by pages: ${run.trace.map(([p, mb]) => `${p}:${mb}`).join(' ')}\n`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  const peaks = results.map((r) => r.run.peakRssMb);
  const flat = Math.max(...peaks) <= Math.min(...peaks) * (1 + FLAT_TOLERANCE);
  process.stdout.write(`ingest-warc: archives generated from ${pool.length} example pages, stories updated every ${BATCH} pages, each size ingested by a process of its own\n\n`);
  const rows: (string | number)[][] = [['measure', ...results.map((r) => `${r.size} pages`), 'anchor / baseline']];
  rows.push(['WARC.gz, MB', ...results.map((r) => round1(r.sizeMb)), '-']);
  rows.push(['pages through the whole flow', ...results.map((r) => r.run.pages), sizes.join(' / ')]);
  rows.push(['pages per second (whole flow)', ...results.map((r) => round1(r.run.pages / r.run.seconds)), 'bare read, same archive, same run:']);
  rows.push(['pages per second (bare read)', ...results.map((r) => Math.round(r.readPerSecond)), '-']);
  rows.push(['whole flow / bare read', ...results.map((r) => `${(r.run.pages / r.run.seconds / r.readPerSecond).toFixed(4)}x`), '1x']);
  rows.push(['peak RSS of the ingest, MB', ...peaks, `< ${PEAK_LIMIT_MB} (issue 9), the same for every size`]);
  rows.push(['stories', ...results.map((r) => r.run.stories), '-']);
  rows.push(['errors', ...results.map((r) => r.run.errors), '0']);
  printTable(rows);
  if (results.length > 1) process.stdout.write(`\npeak memory ${flat ? 'flat' : 'NOT flat'}: ${peaks.join(' MB, ')} MB (same within ${FLAT_TOLERANCE * 100}%)\n`);
  const largest = results[results.length - 1];
  process.stdout.write(
    JSON.stringify({
      pages: largest.run.pages,
      pagesPerSecond: round1(largest.run.pages / largest.run.seconds),
      peakRssMb: Math.max(...peaks),
      flat,
      underLimit: Math.max(...peaks) < PEAK_LIMIT_MB,
      runs: results.map((r) => ({ pages: r.run.pages, pagesPerSecond: round1(r.run.pages / r.run.seconds), peakRssMb: r.run.peakRssMb, readPagesPerSecond: Math.round(r.readPerSecond) })),
    }) + '\n',
  );
}

if (process.argv[2] === '--child' && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await child(process.argv[3], process.argv[4]);
}
