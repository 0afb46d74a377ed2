import { ingestPages, ingestPaths, type IngestReport } from '../pipeline.js';
import { availableParallelism } from 'node:os';
import { openStore } from '../store/sqlite.js';
import { classifySources, needsPageIngest, readSources } from '../ingest/sources.js';
import { printJson, type CommonOptions } from './context.js';
import { progressBar } from './progress.js';

export interface WebIngestOptions {
  allowPrivate?: boolean;
  urlList?: string[];
  resume?: boolean;
  host?: string[];
  from?: string;
  to?: string;
  lang?: string[];
  batch?: number;
  /** false with --no-raw. */
  raw?: boolean;
  workers?: number;
}

export async function ingestCommand(paths: string[], options: CommonOptions & WebIngestOptions & { actors?: string[] }): Promise<void> {
  const store = openStore(options.db, { keepRaw: options.raw !== false });
  const progress = progressBar();
  // One thread per core by default; a handful of pages is not worth starting threads for.
  const workers = Math.max(1, options.workers ?? availableParallelism());
  try {
    const sources = classifySources(paths, options.urlList);
    const report: IngestReport = needsPageIngest(sources)
      ? await ingestPages(
          store,
          readSources(sources, {
            fetch: { allowPrivate: options.allowPrivate },
            memory: store,
            resume: options.resume,
            hosts: options.host,
            from: options.from,
            to: options.to,
            languages: options.lang,
          }),
          { actorTables: options.actors, resume: options.resume, batchSize: options.batch, workers },
        )
      : await ingestPaths(store, paths, { onProgress: progress.onProgress, actorTables: options.actors, workers });
    progress.stop();
    if (options.json) {
      printJson({ db: options.db, ...report, stories: store.stories().map((s) => ({ id: s.id, label: s.label, pages: s.pageIds.length })) });
      return;
    }
    printReport(report, options.db, (id) => store.story(id));
  } finally {
    progress.stop();
    store.close();
  }
}

export function printReport(report: IngestReport, db: string, story: (id: string) => { id: string; label: string; pageIds: string[] } | undefined): void {
  const out = process.stdout;
  out.write(`${report.files} file(s): ${report.pagesRead} page(s) read, ${report.added} new, ${report.alreadyKnown} already in ${db}, ` +
    `${report.skipped.length} skipped, ${report.errors.length} error(s)\n`);
  // Files passed over on purpose are summed up by reason; each file is listed with --json.
  const byReason = new Map<string, number>();
  for (const s of report.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
  for (const [reason, n] of byReason) out.write(`  skipped ${n} file(s): ${reason}\n`);
  for (const e of report.errors) out.write(`  error   ${e.source}: ${e.message}\n`);
  if (report.storiesTouched.length) {
    out.write(`stories updated: ${report.storiesTouched.length}\n`);
    for (const id of report.storiesTouched) {
      const s = story(id)!;
      out.write(`  ${s.id}  ${s.pageIds.length} page(s)  ${s.label}\n`);
    }
  }
}
