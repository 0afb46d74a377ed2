// Composes the stages: the only place that knows their order.
//   sources -> ingest -> extract -> analyze -> (store) -> dedupe -> cluster -> events -> summarize
import type { Actor, AnalyzedArticle, EntityTally, Event, LeftOutSentence, Page, PageError, Place, SourceInfo, StoryBundle } from './model.js';
import { statSync } from 'node:fs';
import { listFiles, readFile } from './ingest/index.js';
import type { AnalyzeResources } from './analyze/index.js';
import { actorEntityId } from './analyze/entities/actors.js';
import { isPageError, loadResources, processPage, timed, type StageClock } from './process-page.js';
import { PagePool, type Processed } from './workers/page-pool.js';
import { markNewArticle, markStoredCopies } from './dedupe/index.js';
import { StoryIndex, type Absorbed, type StoryState } from './cluster/index.js';
import { addToEvents, emptyEventState, eventCandidates, renderEvent, type PageInfo } from './events/index.js';
import { buildSummary, buildTimeline, storyWindow, type TimelineOptions } from './summarize/index.js';
import type { Store } from './store/store.js';
import { contentWords } from './text/words.js';
import { normalizeUrl, pageUrlKeys } from './ingest/url.js';
import { filteredOutcome, type KeyedItem } from './ingest/warc.js';

export interface Progress {
  (event: { done: number; total: number; source: string }): void;
}

export interface IngestReport {
  files: number;
  pagesRead: number;
  added: number;
  alreadyKnown: number;
  skipped: { source: string; reason: string }[];
  errors: PageError[];
  storiesTouched: string[];
}

export { processPage, type Stage, type StageClock } from './process-page.js';

export interface IngestOptions {
  onProgress?: Progress;
  clock?: StageClock;
  /** Threads for the per-page work (decode, extract, analyze); 1 runs it on the main thread. */
  workers?: number;
  /** Extra alias tables (JSON files in the format of data/actors.json). */
  actorTables?: string[];
}

/** Files and folders: every page they hold goes through `ingestPages`, with progress counted in files. */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const { files, missing } = listFiles(paths);
  function* items(): Generator<KeyedItem> {
    for (const [i, file] of files.entries()) {
      yield* readFile(file);
      options.onProgress?.({ done: i + 1, total: files.length, source: file });
    }
  }
  // Threads take seconds to start (each loads the gazetteer): a few pages are done sooner without them.
  const bytes = files.reduce((n, f) => n + fileSize(f), 0);
  const workers = bytes < MIN_BYTES_FOR_WORKERS ? 1 : options.workers;
  const report = await ingestPages(store, items(), { ...options, workers, onProgress: undefined });
  report.files = files.length;
  report.errors.unshift(...missing.map((path) => ({ source: path, message: 'no such file or folder' })));
  return report;
}

export interface PageIngestOptions extends IngestOptions {
  /** Stories are updated after this many new pages (and at the end): bounds the work lost to a crash. */
  batchSize?: number;
  /** Pass over items the ingest log already holds (continue an interrupted run of the same command). */
  resume?: boolean;
}

/** Input below this size is processed on the main thread whatever `workers` says (their work takes less time than the threads take to start). */
const MIN_BYTES_FOR_WORKERS = 4 * 1024 * 1024;

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Pages sent ahead to each worker thread: enough to keep it busy while the main thread stores and places. */
const IN_FLIGHT_PER_WORKER = 4;

/** Awaits `work`, telling the clock how long the wait took. */
async function timedAsync<T>(clock: StageClock | undefined, stage: 'wait', work: Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work;
  } finally {
    clock?.(stage, performance.now() - start);
  }
}

/** New pages between story updates when none is given: small enough to watch a story grow. */
export const DEFAULT_BATCH = 200;
/**
 * Pages written per commit: a commit per page made the ingest wait on the journal more than on its
 * own work, while a crash loses at most this many pages (with their log entries, so they are redone).
 */
const PAGES_PER_COMMIT = 100;

/**
 * Ingests pages from any source (URLs, feeds, WARC records). Each page is written with its copy marks,
 * its copy-index entries and its ingest-log entry in one transaction (grouped PAGES_PER_COMMIT to a
 * commit), so a run stopped at any point and started again adds every page exactly once.
 */
export async function ingestPages(store: Store, items: AsyncIterable<KeyedItem> | Iterable<KeyedItem>, options: PageIngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = { files: 0, pagesRead: 0, added: 0, alreadyKnown: 0, skipped: [], errors: [], storiesTouched: [] };
  const touched = new Set<string>();
  // Pages an interrupted run stored but did not mark or place: marked first, so marks follow ingest order.
  markStoredCopies(store);
  let batch = store.unplacedPageIds();
  let uncommitted = 0;
  const commit = () => {
    timed(options.clock, 'write', () => store.endBulk());
    uncommitted = 0;
  };
  const flush = () => {
    commit();
    if (batch.length) for (const id of timed(options.clock, 'stories', () => updateStories(store, batch))) touched.add(id);
    batch = [];
  };
  flush();
  let resources: AnalyzeResources | undefined;
  let seen = 0;
  const clock = options.clock;
  const known = (page: Page, urls: string[]) => store.hasPage(page.id) || urls.some((u) => store.pageForUrl(u) !== undefined);
  const urlsOf = (item: KeyedItem & { page: Page }) => [...new Set([...pageUrlKeys(item.page), ...(item.aliases ?? []).map((u) => normalizeUrl(u))])];
  const threaded = (options.workers ?? 1) > 1;
  // Started with the first page to process: a run that finds every page known starts no thread.
  let pool: PagePool | undefined;
  const poolFor = () => (pool ??= new PagePool(options.workers!, { actorTables: options.actorTables, clock }));

  /** One item, in input order: logged, or processed (already, by a worker, when `pending` is given) and stored with its copy marks. */
  const handle = async (item: KeyedItem, pending?: Promise<Processed>) => {
    seen++;
    const key = item.key;
    if (options.resume && key && store.isLogged(key)) {
      report.alreadyKnown++;
      return;
    }
    if (uncommitted >= PAGES_PER_COMMIT) commit();
    store.beginBulk();
    uncommitted++;
    if ('skipped' in item) {
      report.skipped.push(item.skipped);
      store.logIngest({ key, outcome: item.filteredBy !== undefined ? filteredOutcome(item.filteredBy) : 'skipped' });
      return;
    }
    if ('error' in item) {
      report.errors.push(item.error);
      store.recordError(item.error);
      store.logIngest({ key, outcome: 'error' });
      return;
    }
    report.pagesRead++;
    const page = item.page;
    const urls = urlsOf(item);
    if (known(page, urls)) {
      report.alreadyKnown++;
      store.logIngest({ key, outcome: 'known' });
      return;
    }
    let result: AnalyzedArticle | PageError;
    let packed: Buffer | undefined;
    if (pending) ({ result, packed } = await timedAsync(clock, 'wait', pending));
    else {
      resources ??= timed(clock, 'load', () => loadResources(options.actorTables));
      result = processPage(page, resources, clock);
    }
    if (isPageError(result)) {
      report.errors.push(result);
      store.recordError(result);
      store.logIngest({ key, outcome: 'error' });
      return;
    }
    store.transaction(() => {
      const marked = timed(clock, 'dedupe', () => markNewArticle(store, result));
      timed(clock, 'write', () => {
        store.addPageLogged(page, marked, { key, urls, outcome: 'added' }, packed);
        store.markDeduped(page.id);
      });
    });
    batch.push(page.id);
    report.added++;
    if (batch.length >= (options.batchSize ?? DEFAULT_BATCH)) flush();
    options.onProgress?.({ done: seen, total: 0, source: page.source });
  };

  // With workers, pages are sent ahead (up to IN_FLIGHT_PER_WORKER each) and handled in input order.
  // A page already stored when it is read is not sent; the check is made again, in order, when it is handled.
  const queue: { item: KeyedItem; pending?: Promise<Processed> }[] = [];
  const inFlight = (options.workers ?? 1) * IN_FLIGHT_PER_WORKER;
  let waitStart = performance.now();
  try {
    for await (const item of items) {
      clock?.('read', performance.now() - waitStart);
      if (!threaded) await handle(item);
      else {
        const send = 'page' in item && !(options.resume && item.key && store.isLogged(item.key)) && !known(item.page, urlsOf(item));
        const pending = send ? poolFor().process((item as KeyedItem & { page: Page }).page) : undefined;
        queue.push({ item, pending });
        while (queue.length >= inFlight) {
          const next = queue.shift()!;
          await handle(next.item, next.pending);
        }
      }
      waitStart = performance.now();
    }
    while (queue.length) {
      const next = queue.shift()!;
      await handle(next.item, next.pending);
    }
  } finally {
    commit();
    await pool?.close();
  }
  flush();
  if (touched.size) for (const id of timed(clock, 'consolidate', () => consolidateStories(store))) touched.add(id);
  // A story touched by one batch may have been taken in by another since.
  report.storiesTouched = [...touched].filter((id) => store.storyPageCount(id) > 0).sort();
  return report;
}

/**
 * Marks copies, places the new pages in stories, and adds them to the events of every story they joined.
 * The work per batch depends on the batch and the events of the stories it touches, not on the whole
 * database: copies are looked up in the store's index, stories are placed from their profiles (their
 * page ids are not loaded), and each story's events grow from the state kept for them (events/index.ts).
 * The rarity weights of the clustering carry on from the counts the store keeps, so profiles do not
 * depend on where batches split. The stories the batch changed are then consolidated: a story taken
 * in by another is deleted, its pages move to the survivor, whose events are rebuilt from its pages.
 */
export function updateStories(store: Store, newPageIds: string[]): string[] {
  markStoredCopies(store);
  const states = store.storyStates();
  const sizeBefore = new Map(states.map((s) => [s.id, s.pageIds.length]));
  const index = new StoryIndex(states, { rarity: store.rarityCounts() });
  const placed: { storyId: string; article: AnalyzedArticle }[] = [];
  for (const id of newPageIds) {
    const article = store.article(id);
    if (article) placed.push({ storyId: index.assign(article), article: eventsPart(article) });
  }
  // Only the stories this batch changed are consolidated: the work follows the batch, not the database.
  const survivor = survivors(index.consolidate(new Set(placed.map((p) => p.storyId))), sizeBefore);
  const added = new Map<string, AnalyzedArticle[]>();
  for (const { storyId, article } of placed) {
    const id = survivor(storyId);
    const list = added.get(id);
    if (list) list.push(article);
    else added.set(id, [article]);
  }
  // One transaction for the batch's stories: a story is never half-written, and one commit is cheaper than many.
  store.transaction(() => {
    store.saveRarity(index.rarityUpdate());
    saveStories(store, index, survivor, sizeBefore, added);
  });
  return [...new Set([...index.all()].map((s) => survivor(s.id)).filter((id) => added.has(id) || survivor.members(id).size > 1))].sort();
}

/**
 * Saves what an index changed: stories taken in are absorbed in the store under the surviving id, and
 * every story that took one in or got new pages is updated (a merged one rebuilds its events from the store).
 */
function saveStories(store: Store, index: StoryIndex, survivor: Survivors, sizeBefore: Map<string, number>, added: Map<string, AnalyzedArticle[]>): void {
  for (const story of index.all()) {
    const id = survivor(story.id);
    const articles = added.get(id);
    const taken = [...survivor.members(story.id)].filter((m) => m !== id && sizeBefore.has(m));
    for (const gone of taken) store.absorbStory(gone, id);
    if (!articles && !taken.length) continue;
    // Stored pages counted, not loaded: the batch's pages follow them, and a merged story rebuilds its events from the store.
    const stored = taken.length ? store.storyPageCount(id) : sizeBefore.get(id) ?? 0;
    const pageIds = [...new Array<string>(stored), ...(articles ?? []).map((a) => a.pageId)];
    updateStory(store, { ...story, id, pageIds }, stored, articles ?? []);
  }
}

/**
 * An ingest run's end: every stored story judged against the others (StoryIndex.consolidate without a
 * scope), so pieces of one story that batches left apart merge and stories too small to stand alone
 * fold into the one they resemble. Per batch only the changed stories are judged, and small ones are
 * not folded (that dilutes the stories the next batches join); once per run it costs one pass over the
 * stories' profiles, bounded per story by the index. Returns the ids of the stories that took others in.
 */
export function consolidateStories(store: Store): string[] {
  const states = store.storyStates();
  if (states.length < 2) return [];
  const sizeBefore = new Map(states.map((s) => [s.id, s.pageIds.length]));
  const index = new StoryIndex(states, { rarity: store.rarityCounts() });
  const absorbed = index.consolidate();
  if (!absorbed.length) return [];
  const survivor = survivors(absorbed, sizeBefore);
  // Nothing is placed here, so the rarity counts are unchanged and not saved.
  store.transaction(() => saveStories(store, index, survivor, sizeBefore, new Map()));
  return [...new Set(absorbed.map((a) => survivor(a.into)))].sort();
}

interface Survivors {
  /** The id a story of the index is saved under. */
  (indexId: string): string;
  /** Every story (index ids) merged into the story the index keeps under `indexId`, itself included. */
  members(indexId: string): Set<string>;
}

/**
 * Where the stories absorbed at consolidation go, following chains (a story absorbed into one that was
 * absorbed later). A group that holds stored stories keeps the id of the one that was largest before
 * this batch (the index's choice, then the smaller id, on a tie), not the index's choice by size after
 * it: a batch's pages may tip the sizes, and the id readers have bookmarked is the one they saw largest.
 * A group of stories new in this batch keeps the index's choice.
 */
function survivors(absorbed: Absorbed[], sizeBefore: Map<string, number>): Survivors {
  const into = new Map(absorbed.map((a) => [a.id, a.into]));
  const root = (id: string) => {
    while (into.has(id)) id = into.get(id)!;
    return id;
  };
  const groups = new Map<string, Set<string>>();
  for (const a of absorbed) {
    const r = root(a.id);
    const group = groups.get(r) ?? new Set([r]);
    group.add(a.id);
    groups.set(r, group);
  }
  const keep = new Map<string, string>();
  for (const [r, group] of groups) {
    const stored = [...group].filter((id) => sizeBefore.has(id)).sort((a, b) => sizeBefore.get(b)! - sizeBefore.get(a)! || (a === r ? -1 : b === r ? 1 : a < b ? -1 : 1));
    if (stored.length) keep.set(r, stored[0]);
  }
  const out = ((id: string) => {
    const r = root(id);
    return keep.get(r) ?? r;
  }) as Survivors;
  out.members = (id: string) => groups.get(root(id)) ?? new Set([root(id)]);
  return out;
}

/**
 * What events, labels and windows read of an article: its dated sentences, title, date and marks. A batch
 * holds this much of each page until its stories are updated, not the whole article (text, paragraphs, places).
 */
function eventsPart(a: AnalyzedArticle): AnalyzedArticle {
  // The first two paragraphs stay: an event quotes an opening sentence from after its dateline (events/lead-in.ts).
  return { ...a, text: '', paragraphs: a.paragraphs.slice(0, 2), dropped: [], places: [], actors: [], sentences: a.sentences.filter((s) => s.date) };
}

function pageInfo(store: Store, article: AnalyzedArticle): PageInfo {
  const page = store.pageSource(article.pageId);
  return { source: page?.url ?? page?.source ?? article.pageId, site: article.site, title: article.title, duplicateOf: article.duplicateOf };
}

/** The title that best names the story: the one made most of the story's own key words (the first such, in source order). */
function storyLabel(story: StoryState, titles: string[]): string {
  let best = story.label;
  let bestScore = -1;
  for (const title of titles) {
    const words = contentWords(title);
    const score = words.reduce((s, w) => s + (story.terms[w] ?? 0), 0) / Math.sqrt(Math.max(1, words.length));
    if (score > bestScore) {
      best = title;
      bestScore = score;
    }
  }
  return best;
}

/** Dated pages first, oldest first: the first report of a fact is its lead source. */
function sourceOrder(a: AnalyzedArticle, b: AnalyzedArticle): number {
  const pa = a.published?.value ?? '9999';
  const pb = b.published?.value ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Earliest and latest publication day, widened by the given articles. */
function widenDays(days: { first: string; last: string } | null, articles: AnalyzedArticle[]): { first: string; last: string } | null {
  let out = days;
  for (const a of articles) {
    const p = a.published?.value ?? '';
    if (!DAY.test(p)) continue;
    out = out ? { first: p < out.first ? p : out.first, last: p > out.last ? p : out.last } : { first: p, last: p };
  }
  return out;
}

/**
 * Adds a batch's articles to one story: its events grow from the kept state, then its timeline and
 * summary are ranked from its events (each carrying its lead only), so the cost follows the events,
 * not the pages. A story without kept state (saved by an older version, or whole by saveStory) is
 * rebuilt once from all its pages through the same code.
 */
function updateStory(store: Store, story: StoryState, sizeBefore: number, fresh: AnalyzedArticle[]): void {
  const kept = store.eventState(story.id);
  const earlier = !kept && sizeBefore > 0 ? store.story(story.id)?.pageIds.flatMap((id) => { const a = store.article(id); return a ? [eventsPart(a)] : []; }) ?? [] : [];
  // Array.prototype.sort is stable: equal dates keep ingest order.
  const articles = [...earlier, ...fresh].sort(sourceOrder);
  const state = kept ?? { ...emptyEventState(), days: null };
  const info = new Map(articles.map((a) => [a.pageId, pageInfo(store, a)]));
  // The drafts earlier batches put the sentences these pages copy in: one look-up for the batch, not one per copied sentence.
  const copied = [...new Set(fresh.flatMap((a) => a.sentences.flatMap((s) => (s.duplicateOf ? [s.duplicateOf.pageId] : []))))];
  const earlierDrafts = kept && copied.length ? store.draftsOfPages(story.id, copied) : new Map<string, number>();
  const update = addToEvents(state, articles, info, (pageId, sentence) => earlierDrafts.get(`${pageId}#${sentence}`));
  const days = widenDays(state.days, articles);
  const window = days ? storyWindow([days.first, days.last]) : null;
  const sizes = new Map<Event, number>();
  const events = state.drafts.map((d) => {
    const e = renderEvent(story.id, d);
    // Outlets, not sentences: a page that tells its happening twice counts once.
    sizes.set(e, Math.max(1, d.independent));
    return e;
  });
  const summary = buildSummary(story.id, buildTimeline(story.id, events, { window }), undefined, (e) => sizes.get(e) ?? e.sources.length);
  const titles = store.addStoryTitles(
    story.id,
    articles.filter((a) => a.title).map((a) => ({ title: a.title!, published: a.published?.value ?? '9999', seq: store.pageSeq(a.pageId) ?? 0 })),
  );
  store.saveStoryUpdate({
    story: { ...story, label: storyLabel(story, titles) },
    newPageIds: story.pageIds.slice(sizeBefore),
    summary,
    events: state,
    changedDrafts: update.changed,
    newMembers: update.members,
    changedFeatures: update.features,
    days,
  });
}

function tally<T extends { id: string }>(articles: AnalyzedArticle[], kind: 'place' | 'actor', entities: Map<string, T>, eventCounts: Map<string, number>): EntityTally<T>[] {
  const counts = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const s of a.sentences) {
      for (const m of s.mentions) {
        if (m.kind !== kind) continue;
        const spellings = counts.get(m.entityId) ?? new Map<string, number>();
        spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
        counts.set(m.entityId, spellings);
      }
    }
  }
  return [...counts]
    .filter(([id]) => entities.has(id))
    .map(([id, spellings]) => ({
      entity: entities.get(id)!,
      mentions: [...spellings.values()].reduce((x, y) => x + y, 0),
      spellings: [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s),
      events: eventCounts.get(id) ?? 0,
    }))
    .sort((a, b) => b.mentions - a.mentions || (a.entity.id < b.entity.id ? -1 : 1));
}

/** Everything known about one story, as exports and reports render it. */
export function storyBundle(store: Store, storyId: string, options: Omit<TimelineOptions, 'window'> = {}): StoryBundle | undefined {
  const story = store.story(storyId);
  if (!story) return undefined;
  const articles = story.pageIds.map((id) => store.article(id)).filter((a): a is AnalyzedArticle => !!a);
  const window = storyWindow(articles.map((a) => a.published?.value ?? ''));
  const timeline = buildTimeline(story.id, store.events(story.id), { ...options, window });
  const eventCounts = new Map<string, number>();
  for (const e of timeline.entries) for (const id of [...e.placeIds, ...e.actorIds]) eventCounts.set(id, (eventCounts.get(id) ?? 0) + 1);
  const places = new Map<string, Place>(articles.flatMap((a) => a.places.map((p) => [p.id, p] as const)));
  // Articles stored by older versions kept the table's bare ids: they are read in the one id space.
  const actors = new Map<string, Actor>(articles.flatMap((a) => a.actors.map((x) => [actorEntityId(x.id), { ...x, id: actorEntityId(x.id) }] as const)));
  const sources: SourceInfo[] = articles.map((a) => {
    const page = store.pageSource(a.pageId);
    const info: SourceInfo = { pageId: a.pageId, source: page?.source ?? a.pageId, title: a.title, site: a.site, published: a.published };
    if (page?.url) info.url = page.url;
    if (a.duplicateOf) info.duplicateOf = a.duplicateOf;
    return info;
  });
  return {
    story: { id: story.id, label: story.label, pageIds: story.pageIds },
    timeline,
    summary: story.summary ?? buildSummary(story.id, timeline),
    sources,
    places: tally(articles, 'place', places, eventCounts),
    actors: tally(articles, 'actor', actors, eventCounts),
    leftOut: leftOutOf(articles, sources),
  };
}

/** Reasons not worth a reader's look: a fragment, or a sentence with no date at all. */
const UNLISTED_REASONS = new Set(['too-short', 'undated']);

/** The dated sentences of a story's original pages (copies add nothing) that its timeline left out, and why. */
function leftOutOf(articles: AnalyzedArticle[], sources: SourceInfo[]): LeftOutSentence[] {
  const info = new Map(sources.map((s) => [s.pageId, s]));
  const out: LeftOutSentence[] = [];
  for (const a of articles) {
    if (a.duplicateOf) continue;
    const page = info.get(a.pageId);
    for (const c of eventCandidates(a)) {
      if (c.kept || !c.reason || UNLISTED_REASONS.has(c.reason)) continue;
      const s = a.sentences[c.sentence];
      const ref = { pageId: a.pageId, sentence: s.index, text: s.text, start: s.start, end: s.end, site: a.site, title: a.title, source: page?.url ?? page?.source ?? a.pageId };
      out.push(c.cue ? { ref, reason: c.reason, cue: c.cue } : { ref, reason: c.reason });
    }
  }
  return out;
}
