// npm run bench -- serve [--limit <pages>]
// Latency and throughput of the story page API (GET /api/stories/:id, the first page of the
// timeline with places, actors and sources) on one story of 5,000 pages. The story is synthetic:
// the example corpus's main story, each page copied with its dates shifted by whole days so the
// copies make new timeline entries instead of merging into the old ones. The load generator runs
// in this process and talks to the server over loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Agent, get } from 'node:http';
import type { AnalyzedArticle, Event, Page } from '../src/model.js';
import { openStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { ingestPaths } from '../src/pipeline.js';
import { buildSummary, buildTimeline, storyWindow } from '../src/summarize/index.js';
import { buildServer } from '../src/server/app.js';
import { printTable, type BenchArgs } from './args.js';

/** The story size the issue asks about. */
const PAGES = 5000;
/** Requests in flight at once: a handful of people on one server. */
const CONCURRENCY = 8;
/** Long enough for a stable p99 (thousands of requests), short enough on a shared machine. */
const DURATION_MS = 5000;
const P99_TARGET_MS = 100;

function shiftDate(value: string, days: number): string {
  const m = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(value);
  if (!m) return value;
  const d = new Date(m[1] + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) + m[2];
}

function copyId(n: number): string {
  return `syn${String(n).padStart(13, '0')}`;
}

function copyOf(article: AnalyzedArticle, page: Page, n: number, days: number): { page: Page; article: AnalyzedArticle } {
  const id = copyId(n);
  const copy: AnalyzedArticle = structuredClone(article);
  copy.pageId = id;
  delete copy.duplicateOf;
  if (copy.published) copy.published.value = shiftDate(copy.published.value, days);
  for (const s of copy.sentences) {
    delete s.duplicateOf;
    if (s.date) s.date.value = shiftDate(s.date.value, days);
  }
  return { page: { ...page, id, source: `synthetic/${n}`, url: undefined }, article: copy };
}

/**
 * The events of one round of copies: the originals' events, each shifted by the round's days and
 * pointing at the copies. Building events over all 5,000 pages instead would measure the event
 * builder (quadratic in events today), not the server; the result is the same shape and size.
 */
function shiftedEvents(events: Event[], copyOfPage: Map<string, { id: string; source: string }>, round: number, days: number): Event[] {
  const ref = <T extends { pageId: string }>(r: T): T => ({ ...r, pageId: copyOfPage.get(r.pageId)!.id });
  // A last, partial round copies only some pages: its events keep only the copied sources.
  const copied = (r: { pageId: string }) => copyOfPage.has(r.pageId);
  return events
    .filter((e) => e.sources.some(copied))
    .map((e) => ({
      ...e,
      id: `${e.id}-r${round}`,
      date: shiftDate(e.date, days),
      sources: e.sources.filter(copied).map((s) => ({ ...ref(s), source: copyOfPage.get(s.pageId)!.source })),
      disagreements: e.disagreements.map((d) => ({ ...d, values: d.values.map((v) => ({ ...v, sources: v.sources.filter(copied).map(ref) })) })),
    }));
}

/** Fills a store with the example corpus, then grows its main story to `pages` pages. */
export async function syntheticStory(store: Store, pages: number): Promise<string> {
  await ingestPaths(store, ['examples']);
  const story = [...store.stories()].sort((a, b) => b.pageIds.length - a.pageIds.length)[0];
  const originals = story.pageIds.map((id) => ({ page: store.page(id)!, article: store.article(id)! }));
  const baseEvents = store.events(story.id);
  const all: AnalyzedArticle[] = originals.map((o) => o.article);
  const events: Event[] = [...baseEvents];
  let round = new Map<string, { id: string; source: string }>();
  for (let n = 0; all.length < pages; n++) {
    const o = originals[n % originals.length];
    const days = 1 + Math.floor(n / originals.length);
    const { page, article } = copyOf(o.article, o.page, n, days);
    store.addPage(page, article);
    all.push(article);
    round.set(o.article.pageId, { id: page.id, source: page.source });
    // A round ends when every original has one copy (or the story is full); its events follow.
    if (round.size === originals.length || all.length === pages) {
      events.push(...shiftedEvents(baseEvents, round, days, days));
      round = new Map();
    }
  }
  const window = storyWindow(all.map((a) => a.published?.value ?? ''));
  store.saveStory({ ...story, pageIds: all.map((a) => a.pageId) }, events, buildSummary(story.id, buildTimeline(story.id, events, { window })));
  return story.id;
}

/** One GET, its body read to the end; resolves with the status. */
function getStatus(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    }).on('error', reject);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function run(args: BenchArgs): Promise<void> {
  const pages = args.limit ?? PAGES;
  const dir = mkdtempSync(join(tmpdir(), 'newsline-bench-serve-'));
  const store = openStore(join(dir, 'bench.db'));
  try {
    let t = performance.now();
    const storyId = await syntheticStory(store, pages);
    const buildMs = performance.now() - t;
    const app = await buildServer({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/stories/${storyId}`;

    // The first request builds the story's bundle (every article read once); it is timed on its own.
    t = performance.now();
    const first = await fetch(url);
    const firstBody = await first.text();
    const coldMs = performance.now() - t;
    if (!first.ok) throw new Error(`story request failed: ${first.status} ${firstBody.slice(0, 200)}`);
    const payload = JSON.parse(firstBody);
    // A page of the timeline not asked for before: the bundle is built, the answer is not yet kept.
    t = performance.now();
    const uncached = await fetch(`${url}?offset=${payload.timeline.limit}`);
    await uncached.arrayBuffer();
    const uncachedMs = performance.now() - t;

    // node:http with kept-alive connections, not fetch: the load generator shares this process's
    // one thread with the server, and fetch's stream machinery costs more than the answer itself.
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const latencies: number[] = [];
    let failures = 0;
    const start = performance.now();
    const end = start + DURATION_MS;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          const status = await getStatus(url, agent);
          latencies.push(performance.now() - t0);
          if (status !== 200) failures++;
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    agent.destroy();
    await app.close();

    latencies.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 100) / 100;
    const result = {
      pages: payload.story.pages as number,
      rps: Math.round(latencies.length / elapsed),
      p50ms: round(percentile(latencies, 50)),
      p99ms: round(percentile(latencies, 99)),
    };
    printTable([
      ['measure', 'value', 'note'],
      ['pages in the story', result.pages, 'synthetic, from examples/'],
      ['timeline entries', payload.timeline.total, `${payload.timeline.entries.length} per response`],
      ['response size (bytes)', Buffer.byteLength(firstBody), 'bounded: lists capped, totals given'],
      ['store build (ms)', Math.round(buildMs), 'ingest + copies + shifted events'],
      ['first request (ms)', Math.round(coldMs), 'builds the bundle; later answers are kept JSON'],
      ['a new timeline page (ms)', Math.round(uncachedMs * 10) / 10, 'bundle built, answer not yet kept'],
      ['requests', latencies.length, `${CONCURRENCY} in flight, ${DURATION_MS / 1000} s`],
      ['failures', failures, ''],
      ['requests per second', result.rps, ''],
      ['p50 latency (ms)', result.p50ms, ''],
      ['p99 latency (ms)', result.p99ms, `target < ${P99_TARGET_MS} (issue 8)`],
    ]);
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
