// npm run bench -- flow [--data <dir>] [--limit N] [--workers N]: the whole flow on real pages. Every HTML page
// of the zyte, trafilatura and htmldate sets and the Timeline17 articles (as JSONL text pages with their
// publication dates) are written out as files, then ingested by `ingestPaths` exactly as `newsline ingest
// <folder>` runs it, into a fresh database, by a process of its own (so that its peak memory is its own).
// Then the same stream five times over (each later round with its ids, numbers and a line of text altered)
// into another fresh database, to show the cost per page flat as the database grows.
// Beside it, in the same run on the same pages: Readability.js on linkedom, extraction alone on one core,
// the pages read and decoded beforehand (text pages wrapped in paragraphs, as the ingest sees them).
// --limit N keeps the first N HTML pages and the first N text pages (for quick runs while working).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { ingestPaths, type Stage } from '../src/pipeline.js';
import { openStore } from '../src/store/sqlite.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { escapeHtml } from '../src/export/escape.js';
import { writeFlowPages } from './flow-pages.js';
import { dataDir, printTable, type BenchArgs } from './args.js';

/** Rounds of the second stream: the issue's five-fold. */
const ROUNDS = 5;
/** The issue's heap budget, as the `newsline` command starts with (src/cli/index.ts). */
const HEAP_BUDGET_MB = 1024;
/** The issue's lines. */
const TARGETS = { ratio: 2.0, sqlPerPage: 50, peakRssMb: 600, dbBytesPerInputByte: 1.0, flat5x: 0.8 };

/** What the ingesting process reports back. */
interface FlowRun {
  pages: number;
  seconds: number;
  cpuMs: number;
  peakRssMb: number;
  statements: number;
  /** Statements by their first words and table, most frequent first. */
  statementKinds: [string, number][];
  bytesWritten: number;
  dbBytes: number;
  stages: Partial<Record<Stage, number>>;
  stories: number;
  errors: number;
}

/** Counts every statement the store runs: each run/get/all/iterate call, and each exec. */
function countStatements(): { total: () => number; kinds: () => [string, number][] } {
  const kinds = new Map<string, number>();
  let total = 0;
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown> & { source: string };
  probe.close();
  const kindOf = (sql: string) => {
    const words = sql.replace(/\s+/g, ' ').trim().match(/^(\w+(?: OR \w+)?)(?:.*?\b(?:INTO|FROM|UPDATE)\s+(\w+))?/i);
    return words ? `${words[1].toUpperCase()} ${words[2] ?? ''}`.trim() : sql.slice(0, 30);
  };
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = proto[method];
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      total++;
      const k = kindOf(this.source);
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
      return original.apply(this, args);
    };
  }
  const dbProto = Database.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const exec = dbProto.exec;
  dbProto.exec = function (this: unknown, ...args: unknown[]) {
    total++;
    const k = kindOf(String(args[0]));
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
    return exec.apply(this, args);
  };
  return { total: () => total, kinds: () => [...kinds].sort((a, b) => b[1] - a[1]) };
}

function bytesWrittenSoFar(): number {
  try {
    const io = readFileSync('/proc/self/io', 'utf8');
    return Number(/write_bytes:\s*(\d+)/.exec(io)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function fileBytes(db: string): number {
  return ['', '-wal', '-shm'].reduce((n, ext) => n + (existsSync(db + ext) ? statSync(db + ext).size : 0), 0);
}

/** The ingest alone, in this process: `node --import tsx bench/flow.ts --child <db> <workers> <dir>...`. */
async function child(db: string, workers: number, dirs: string[]): Promise<void> {
  const counter = countStatements();
  const stages: Partial<Record<Stage, number>> = {};
  const written = bytesWrittenSoFar();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const store = openStore(db);
  let report;
  try {
    report = await ingestPaths(store, dirs, { workers, clock: (stage, ms) => (stages[stage] = (stages[stage] ?? 0) + ms) });
  } finally {
    store.close();
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const run: FlowRun = {
    pages: report.added,
    seconds,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    statements: counter.total(),
    statementKinds: counter.kinds().slice(0, 12),
    bytesWritten: bytesWrittenSoFar() - written,
    dbBytes: fileBytes(db),
    stages,
    stories: report.storiesTouched.length,
    errors: report.errors.length,
  };
  process.stdout.write(JSON.stringify(run) + '\n');
}

function ingestInChild(db: string, workers: number, dirs: string[]): FlowRun {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_BUDGET_MB}`, '--import', 'tsx', script, '--child', db, String(workers), ...dirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !last.startsWith('{')) throw new Error(`the ingest process failed (status ${result.status}): ${result.stdout.slice(-2000)}`);
  return JSON.parse(last) as FlowRun;
}

/** The round's pages as Readability.js reads them: HTML decoded as the ingest decodes it, text pages as paragraphs. */
function baselineInputs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (name.endsWith('.html')) out.push(decodeBytes(readFileSync(file), 'html').text);
    else if (name.endsWith('.jsonl')) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line) as { text: string };
        out.push(`<!DOCTYPE html><html><head><title></title></head><body><article>${text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`);
      }
    }
  }
  return out;
}

function readabilityPagesPerSecond(pages: string[]): number {
  const start = performance.now();
  for (const html of pages) {
    try {
      const { document } = parseHTML(html);
      new Readability(document as unknown as Document).parse();
    } catch {
      // a page Readability cannot read still took its time
    }
  }
  return pages.length / ((performance.now() - start) / 1000);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export async function run(args: BenchArgs & { workers?: number }): Promise<void> {
  const root = dataDir(args.data, 'bench');
  const workers = args.workers ?? cpus().length;
  const tmp = mkdtempSync(join(tmpdir(), 'newsline-flow-bench-'));
  try {
    const pagesDir = join(tmp, 'pages');
    const input = writeFlowPages(root, pagesDir, ROUNDS, args.limit);
    const rounds = Array.from({ length: ROUNDS }, (_, r) => join(pagesDir, `r${r}`));
    process.stderr.write(`flow: ${input.htmlPages} HTML pages and ${input.textPages} text pages (${round1(input.bytes / 1024 / 1024)} MB); ingesting with ${workers} worker(s)\n`);
    const one = ingestInChild(join(tmp, 'one.db'), workers, rounds.slice(0, 1));
    process.stderr.write(`flow: 1x done in ${one.seconds.toFixed(0)} s\n`);
    const five = ingestInChild(join(tmp, 'five.db'), workers, rounds);
    process.stderr.write(`flow: 5x done in ${five.seconds.toFixed(0)} s\n`);
    const baseline = readabilityPagesPerSecond(baselineInputs(rounds[0]));

    const pps = one.pages / one.seconds;
    const pps5 = five.pages / five.seconds;
    const result = {
      pages: one.pages,
      workers,
      pagesPerSecond: round1(pps),
      cpuMsPerPage: round1(one.cpuMs / one.pages),
      peakRssMb: one.peakRssMb,
      sqlPerPage: round1(one.statements / one.pages),
      dbBytesPerInputByte: round3(one.dbBytes / input.bytes),
      baselinePagesPerSecond: round1(baseline),
      ratio: round3(pps / baseline),
      pagesPerSecond5x: round1(pps5),
      peakRssMb5x: five.peakRssMb,
    };
    process.stdout.write(`flow: ${input.htmlPages} HTML pages (zyte, trafilatura, htmldate) and ${input.textPages} Timeline17 text pages through \`ingest\`, ${workers} worker(s); 5x: ${ROUNDS} altered rounds of the same pages\n\n`);
    const rows: (string | number)[][] = [['measure', '1x', '5x', 'target / baseline']];
    rows.push(['pages through the whole flow', one.pages, five.pages, '-']);
    rows.push(['pages per second', round1(pps), round1(pps5), `5x >= ${TARGETS.flat5x} x 1x`]);
    rows.push(['Readability.js alone, one core, pages/s', round1(baseline), '-', 'baseline']);
    rows.push(['whole flow / Readability.js', round3(pps / baseline), round3(pps5 / baseline), `>= ${TARGETS.ratio}`]);
    rows.push(['CPU ms per page', round1(one.cpuMs / one.pages), round1(five.cpuMs / five.pages), '-']);
    rows.push(['peak RSS, MB', one.peakRssMb, five.peakRssMb, `<= ${TARGETS.peakRssMb}, within 10%`]);
    rows.push(['SQL statements per page', round1(one.statements / one.pages), round1(five.statements / five.pages), `<= ${TARGETS.sqlPerPage}`]);
    rows.push(['bytes written per input byte', round3(one.bytesWritten / input.bytes), round3(five.bytesWritten / (input.bytes * ROUNDS)), '-']);
    rows.push(['database bytes per input byte', round3(one.dbBytes / input.bytes), round3(five.dbBytes / (input.bytes * ROUNDS)), `<= ${TARGETS.dbBytesPerInputByte}`]);
    rows.push(['stories', one.stories, five.stories, '-']);
    rows.push(['pages with errors', one.errors, five.errors, '-']);
    printTable(rows);
    process.stdout.write(`\nwhere the time goes, as a share of each run's wall time${workers > 1 ? ' (load, extract and analyze are summed over the worker threads; wait is the main thread waiting for them)' : ''}:\n`);
    const stages = [...new Set([...Object.keys(one.stages), ...Object.keys(five.stages)])] as Stage[];
    const share = (run: FlowRun, stage: Stage) => `${(((run.stages[stage] ?? 0) / (run.seconds * 1000)) * 100).toFixed(1)}%`;
    printTable([['stage', '1x', '5x'], ...stages.sort((a, b) => (one.stages[b] ?? 0) - (one.stages[a] ?? 0)).map((stage) => [stage, share(one, stage), share(five, stage)])]);
    process.stdout.write('\nmost frequent statements:\n');
    const kinds = [...new Set([...one.statementKinds, ...five.statementKinds].map(([k]) => k))];
    const perPage = (run: FlowRun, k: string) => round1((run.statementKinds.find(([x]) => x === k)?.[1] ?? 0) / run.pages);
    printTable([['statement', 'per page, 1x', 'per page, 5x'], ...kinds.map((k) => [k, perPage(one, k), perPage(five, k)])]);
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child' && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await child(process.argv[3], Number(process.argv[4]), process.argv.slice(5));
}
