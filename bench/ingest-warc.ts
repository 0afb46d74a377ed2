// npm run bench -- ingest-warc [--limit <pages>]: a WARC.gz of 20,000 HTML pages generated from the
// example corpus (examples/), ingested through the whole flow into a throw-away database.
// Reports pages per second and peak memory; the baseline, measured in the same run, is a bare read
// of the same archive (decompress, parse records, decode pages) with no extraction or storage.
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { ingestPages } from '../src/pipeline.js';
import { openStore } from '../src/store/sqlite.js';
import { readWarc, warcResponseRecord } from '../src/ingest/warc.js';
import { escapeHtml } from '../src/export/escape.js';
import { printTable, type BenchArgs } from './args.js';

/** The issue's size: a month of one outlet group's pages in Common Crawl News is of this order. */
const DEFAULT_PAGES = 20_000;
/** Stories are updated every this many pages, as a long `ingest` does. */
const BATCH = 1_000;
/** The issue's ceiling for peak memory. */
const PEAK_LIMIT_MB = 1024;

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

export async function run(args: BenchArgs): Promise<void> {
  const pages = args.limit && args.limit > 0 ? args.limit : DEFAULT_PAGES;
  const pool = templates(resolve('examples'));
  const tmp = mkdtempSync(join(tmpdir(), 'newsline-warc-bench-'));
  try {
    const warc = join(tmp, 'bench.warc.gz');
    generate(warc, pages, pool);
    const sizeMb = statSync(warc).size / 1024 / 1024;

    const readStart = process.hrtime.bigint();
    let read = 0;
    for await (const item of readWarc(warc)) if ('page' in item) read++;
    const readSeconds = Number(process.hrtime.bigint() - readStart) / 1e9;

    const store = openStore(join(tmp, 'bench.db'));
    let report;
    const flowStart = process.hrtime.bigint();
    try {
      report = await ingestPages(store, readWarc(warc), { batchSize: BATCH });
    } finally {
      store.close();
    }
    const flowSeconds = Number(process.hrtime.bigint() - flowStart) / 1e9;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const pagesPerSecond = Math.round((report.added / flowSeconds) * 10) / 10;
    const readPerSecond = Math.round(read / readSeconds);

    process.stdout.write(`ingest-warc: ${pages} pages from ${pool.length} example pages, ${sizeMb.toFixed(1)} MB WARC.gz, ${report.errors.length} error(s)\n\n`);
    printTable([
      ['measure', 'ours', 'anchor / baseline'],
      ['pages through the whole flow', report.added, pages],
      ['pages per second (whole flow)', pagesPerSecond, `${readPerSecond} read-only (same archive, same run)`],
      ['whole flow / bare read', `${(pagesPerSecond / readPerSecond).toFixed(4)}x`, '1x'],
      ['peak RSS, MB', peakRssMb, `< ${PEAK_LIMIT_MB} (issue 9)`],
      ['stories', report.storiesTouched.length, '-'],
    ]);
    process.stdout.write(JSON.stringify({ pages: report.added, pagesPerSecond, peakRssMb, readPagesPerSecond: readPerSecond }) + '\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
