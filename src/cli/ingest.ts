import { ingestPaths } from '../pipeline.js';
import { openStore } from '../store/sqlite.js';
import { printJson, type CommonOptions } from './context.js';
import { progressBar } from './progress.js';

export async function ingestCommand(paths: string[], options: CommonOptions & { actors?: string[] }): Promise<void> {
  const store = openStore(options.db);
  const progress = progressBar();
  try {
    const report = await ingestPaths(store, paths, { onProgress: progress.onProgress, actorTables: options.actors });
    progress.stop();
    if (options.json) {
      printJson({ db: options.db, ...report, stories: store.stories().map((s) => ({ id: s.id, label: s.label, pages: s.pageIds.length })) });
      return;
    }
    const out = process.stdout;
    out.write(`${report.files} file(s): ${report.pagesRead} page(s) read, ${report.added} new, ${report.alreadyKnown} already in ${options.db}, ` +
      `${report.skipped.length} skipped, ${report.errors.length} error(s)\n`);
    // Files passed over on purpose are summed up by reason; each file is listed with --json.
    const byReason = new Map<string, number>();
    for (const s of report.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    for (const [reason, n] of byReason) out.write(`  skipped ${n} file(s): ${reason}\n`);
    for (const e of report.errors) out.write(`  error   ${e.source}: ${e.message}\n`);
    if (report.storiesTouched.length) {
      out.write(`stories updated: ${report.storiesTouched.length}\n`);
      for (const id of report.storiesTouched) {
        const story = store.story(id)!;
        out.write(`  ${story.id}  ${story.pageIds.length} page(s)  ${story.label}\n`);
      }
    }
  } finally {
    progress.stop();
    store.close();
  }
}
