// Composes the stages: the only place that knows their order.
//   sources -> ingest -> extract -> analyze -> (store) -> dedupe -> cluster -> events -> summarize
import type { Actor, AnalyzedArticle, EntityTally, Page, PageError, Place, SourceInfo, StoryBundle } from './model.js';
import { listFiles, readFile } from './ingest/index.js';
import { extractPage } from './extract/index.js';
import { analyzeArticle, type AnalyzeResources } from './analyze/index.js';
import { loadGazetteer } from './analyze/places/gazetteer.js';
import { loadActorTable } from './analyze/entities/actors.js';
import { markStoredCopies } from './dedupe/index.js';
import { StoryIndex, type StoryState } from './cluster/index.js';
import { buildEvents, type PageInfo } from './events/index.js';
import { buildSummary, buildTimeline, storyWindow, type TimelineOptions } from './summarize/index.js';
import type { Store } from './store/store.js';
import { contentWords } from './text/words.js';
import { normalizeUrl, pageUrlKeys } from './ingest/url.js';
import type { KeyedItem } from './ingest/warc.js';

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

export interface IngestOptions {
  onProgress?: Progress;
  /** Extra alias tables (JSON files in the format of data/actors.json). */
  actorTables?: string[];
}

/** Turns one page into an analysed article; any failure becomes an error value naming the page. */
export function processPage(page: Page, resources: AnalyzeResources): AnalyzedArticle | PageError {
  try {
    return analyzeArticle(extractPage(page), resources);
  } catch (err) {
    return { source: page.source, message: `could not be processed: ${(err as Error).message}` };
  }
}

function isError(x: AnalyzedArticle | PageError): x is PageError {
  return (x as PageError).message !== undefined && (x as AnalyzedArticle).pageId === undefined;
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
  const report = await ingestPages(store, items(), { ...options, onProgress: undefined });
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

/** New pages between story updates when none is given: small enough to watch a story grow. */
const DEFAULT_BATCH = 200;

/**
 * Ingests pages from any source (URLs, feeds, WARC records), one transaction per page with its
 * ingest-log entry, so a run stopped at any point and started again adds every page exactly once.
 */
export async function ingestPages(store: Store, items: AsyncIterable<KeyedItem> | Iterable<KeyedItem>, options: PageIngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = { files: 0, pagesRead: 0, added: 0, alreadyKnown: 0, skipped: [], errors: [], storiesTouched: [] };
  const touched = new Set<string>();
  let batch = store.unplacedPageIds();
  const flush = () => {
    if (batch.length) for (const id of updateStories(store, batch)) touched.add(id);
    batch = [];
  };
  flush();
  let resources: AnalyzeResources | undefined;
  let seen = 0;
  for await (const item of items) {
    seen++;
    const key = item.key;
    if (options.resume && key && store.isLogged(key)) {
      report.alreadyKnown++;
      continue;
    }
    if ('skipped' in item) {
      report.skipped.push(item.skipped);
      store.logIngest({ key, outcome: 'skipped' });
    } else if ('error' in item) {
      report.errors.push(item.error);
      store.recordError(item.error);
      store.logIngest({ key, outcome: 'error' });
    } else {
      report.pagesRead++;
      const page = item.page;
      const urls = [...new Set([...pageUrlKeys(page), ...(item.aliases ?? []).map((u) => normalizeUrl(u))])];
      if (store.hasPage(page.id) || urls.some((u) => store.pageForUrl(u) !== undefined)) {
        report.alreadyKnown++;
        store.logIngest({ key, outcome: 'known' });
        continue;
      }
      resources ??= { gazetteer: loadGazetteer(), actors: loadActorTable(options.actorTables) };
      const result = processPage(page, resources);
      if (isError(result)) {
        report.errors.push(result);
        store.recordError(result);
        store.logIngest({ key, outcome: 'error' });
        continue;
      }
      store.addPageLogged(page, result, { key, urls, outcome: 'added' });
      batch.push(page.id);
      report.added++;
      if (batch.length >= (options.batchSize ?? DEFAULT_BATCH)) flush();
      options.onProgress?.({ done: seen, total: 0, source: page.source });
    }
  }
  flush();
  report.storiesTouched = [...touched].sort();
  return report;
}

/**
 * Marks copies, places the new pages in stories, and rebuilds the events of every story they touched.
 * The work per batch depends on the batch and the stories it touches, not on the whole database:
 * copies are looked up in the store's index, and only the touched stories' articles are loaded.
 */
export function updateStories(store: Store, newPageIds: string[]): string[] {
  markStoredCopies(store);
  const index = new StoryIndex(store.stories());
  const touched = new Set<string>();
  for (const id of newPageIds) {
    const article = store.article(id);
    if (article) touched.add(index.assign(article));
  }
  for (const story of index.all().filter((s) => touched.has(s.id))) rebuildStory(store, story);
  return [...touched].sort();
}

function pageInfo(store: Store, article: AnalyzedArticle): PageInfo {
  const page = store.page(article.pageId);
  return { source: page?.url ?? page?.source ?? article.pageId, site: article.site, title: article.title, duplicateOf: article.duplicateOf };
}

/** The title that best names the story: the one made most of the story's own key words. */
function storyLabel(story: StoryState, articles: AnalyzedArticle[]): string {
  let best = story.label;
  let bestScore = -1;
  for (const a of articles) {
    if (!a.title) continue;
    const words = contentWords(a.title);
    const score = words.reduce((s, w) => s + (story.terms[w] ?? 0), 0) / Math.sqrt(Math.max(1, words.length));
    if (score > bestScore) {
      best = a.title;
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

function rebuildStory(store: Store, story: StoryState): void {
  const articles = story.pageIds.map((id) => store.article(id)).filter((a): a is AnalyzedArticle => !!a).sort(sourceOrder);
  const info = new Map(articles.map((a) => [a.pageId, pageInfo(store, a)]));
  const events = buildEvents(story.id, articles, info);
  const window = storyWindow(articles.map((a) => a.published?.value ?? ''));
  const summary = buildSummary(story.id, buildTimeline(story.id, events, { window }));
  store.saveStory({ ...story, label: storyLabel(story, articles) }, events, summary);
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
  // Mentions name an actor as 'actor:<id>' while the table's ids are bare (see analyze/entities/actors.ts).
  const actors = new Map<string, Actor>(articles.flatMap((a) => a.actors.map((x) => [`actor:${x.id}`, x] as const)));
  const sources: SourceInfo[] = articles.map((a) => {
    const page = store.page(a.pageId);
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
  };
}
