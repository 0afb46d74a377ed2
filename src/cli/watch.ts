// newsline watch: poll feeds (or pages that announce feeds) and add new articles as they appear,
// updating stories and timelines in the database that `serve` and the other commands read.
import { ingestPages } from '../pipeline.js';
import { openStore } from '../store/sqlite.js';
import { Fetcher } from '../ingest/fetch.js';
import { readUrls, resolveFeeds } from '../ingest/web.js';
import { isHttpUrl } from '../ingest/url.js';
import { UserError, type CommonOptions } from './context.js';

/** Polling faster than this is hammering, whatever the user asks. */
const MIN_INTERVAL_MS = 1_000;

export interface WatchOptions extends CommonOptions {
  every: string;
  times?: number;
  allowPrivate?: boolean;
  host?: string[];
  actors?: string[];
}

/** '10m', '30s', '1h', '500ms', or a bare number of seconds. */
export function parseInterval(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(value.trim());
  if (!m) throw new UserError(`expected an interval such as 30s, 10m or 1h, got '${value}'`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's').toLowerCase() as 'ms' | 's' | 'm' | 'h'];
  return Number(m[1]) * unit;
}

export async function watchCommand(targets: string[], options: WatchOptions): Promise<void> {
  const bad = targets.filter((t) => !isHttpUrl(t));
  if (bad.length) throw new UserError(`watch follows feeds and pages on the web; not a URL: ${bad.join(', ')}`);
  const interval = Math.max(MIN_INTERVAL_MS, parseInterval(options.every));
  // One fetcher for the whole watch: robots.txt and each host's pace are remembered between polls.
  const fetcher = new Fetcher({ allowPrivate: options.allowPrivate });
  const feeds = (await Promise.all(targets.map((t) => resolveFeeds(t, fetcher)))).flat();
  process.stdout.write(`watching ${feeds.length} feed(s) every ${Math.round(interval / 1000)} s: ${feeds.join(' ')}\n`);
  let stop = false;
  const onSignal = () => {
    stop = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  for (let poll = 1; !stop; poll++) {
    const store = openStore(options.db);
    try {
      const report = await ingestPages(store, readUrls(feeds, { fetcher, memory: store, hosts: options.host }), { actorTables: options.actors });
      const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ');
      process.stdout.write(`[${stamp}] poll ${poll}: ${report.added} new page(s), ${report.errors.length} error(s), ${report.storiesTouched.length} stor(ies) updated\n`);
      for (const e of report.errors) process.stdout.write(`  error   ${e.source}: ${e.message}\n`);
      for (const id of report.storiesTouched) {
        const s = store.story(id);
        if (s) process.stdout.write(`  ${s.id}  ${s.pageIds.length} page(s)  ${s.label}\n`);
      }
    } finally {
      store.close();
    }
    if (options.times !== undefined && poll >= options.times) break;
    for (let waited = 0; waited < interval && !stop; waited += 250) await new Promise((r) => setTimeout(r, Math.min(250, interval - waited)));
  }
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
