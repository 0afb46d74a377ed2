// The Store: where pages, articles, stories and their timelines live between runs.
import type { AnalyzedArticle, Event, Page, PageError, Summary } from '../model.js';
import type { RarityCounts, RarityUpdate, StoryState } from '../cluster/index.js';
import type { CopyStore } from '../dedupe/index.js';
import type { Draft, DraftMember, EventState } from '../events/index.js';

export interface StoredStory extends StoryState {
  summary: Summary | null;
}

/** One article found by a full-text search; the snippet marks the hit with \u0002 ... \u0003. */
export interface SearchHit {
  pageId: string;
  title: string | null;
  site: string | null;
  published: string | null;
  storyId: string | null;
  snippet: string;
}

/** What one ingested item leaves in the ingest log: its key (for --resume) and the URLs that name its page. */
export interface IngestLogEntry {
  /** Stable name of the item in its source (a WARC record id, a URL); absent for plain files. */
  key?: string;
  /** Normalised URLs (see ingest/url.ts) under which the page is known from now on. */
  urls?: string[];
  /** 'added', 'known', 'skipped', 'error': what became of it. */
  outcome: string;
}

/** What one batch changed in one story, saved in one go (see Store.saveStoryUpdate). */
export interface StoryUpdate {
  /** The story's profile and label; its pageIds are not read (see newPageIds). */
  story: StoryState;
  newPageIds: string[];
  summary: Summary;
  /** The whole event state after the batch, the drafts it changed, the members it added and the features it counted. */
  events: EventState;
  changedDrafts: Draft[];
  newMembers: DraftMember[];
  changedFeatures: string[];
  /** Earliest and latest day among the story's publication dates (YYYY-MM-DD), null when none is dated. */
  days: { first: string; last: string } | null;
}

/** A title of a story's pages with where it first stands in source order (publication date, then ingest order). */
export interface StoryTitle {
  title: string;
  published: string;
  seq: number;
}

/** What the fetcher remembers of a URL for conditional requests. */
export interface FetchState {
  etag?: string;
  lastModified?: string;
  pageId?: string;
}

/** The copy index methods (copyExact, copyCandidates, ...) are declared by dedupe's CopyStore, which the store serves. */
export interface Store extends CopyStore {
  hasPage(id: string): boolean;
  /** Saves a page and its analysed article in one transaction: a page is in whole or not at all. */
  /** `packed`: the raw page already compressed as the store keeps it (store/compress.ts), when a worker thread did it. */
  addPage(page: Page, article: AnalyzedArticle, packed?: Buffer): void;
  recordError(error: PageError): void;
  page(id: string): Page | undefined;
  /** Finds a page by id, id prefix or source path. */
  findPage(key: string): Page | undefined;
  article(pageId: string): AnalyzedArticle | undefined;
  /** All articles, in the order their pages were first ingested. */
  articles(): AnalyzedArticle[];
  updateArticles(articles: AnalyzedArticle[]): void;
  stories(): StoredStory[];
  story(id: string): StoredStory | undefined;
  /** Saves a story's state, its pages, events and summary, replacing what was there. */
  saveStory(story: StoryState, events: Event[], summary: Summary): void;
  events(storyId: string): Event[];
  /** How many events `events(storyId)` would return, without assembling their sources. */
  eventCount(storyId: string): number;
  errors(): PageError[];
  pageCount(): number;
  /** Full-text search over article titles and texts, best first. */
  search(query: string, limit: number): SearchHit[];
  /** The story a page belongs to, if any. */
  storyOf(pageId: string): string | null;
  storyPageCount(storyId: string): number;
  /** Saves a page, its article and its ingest-log entry in one transaction (crash safety for long ingests). */
  addPageLogged(page: Page, article: AnalyzedArticle, log: IngestLogEntry, packed?: Buffer): void;
  /** Logs an item that added no page (known, skipped, failed), so a resumed run passes over it. */
  logIngest(entry: IngestLogEntry): void;
  /** Whether an item was handled for good (an item filtered out by other filters may be taken up later). */
  isLogged(key: string): boolean;
  /** The page already known under a normalised URL. */
  pageForUrl(url: string): string | undefined;
  fetchState(url: string): FetchState | undefined;
  saveFetchState(url: string, state: FetchState): void;
  /**
   * Every story's state for placing new pages, without its page ids: `pageIds` is an array of the
   * right length only (the clustering reads its length and appends), so a batch does not load every page.
   */
  storyStates(): StoryState[];
  /**
   * One story taken in by another: its pages move to `into`, its row, events and kept event state are
   * deleted, and `into`'s kept event state is dropped so that its next update rebuilds it from all its pages.
   */
  absorbStory(id: string, into: string): void;
  /** The clustering's rarity counts kept between batches and runs, read term by term. */
  rarityCounts(): RarityCounts;
  /** Saves what a batch changed in the rarity counts (the store may forget the rarest terms: see RARITY_VOCABULARY). */
  saveRarity(update: RarityUpdate): void;
  /** The story's event state kept between batches; undefined for a story saved before it was kept (or by saveStory). */
  eventState(storyId: string): (EventState & { days: { first: string; last: string } | null }) | undefined;
  /** The drafts earlier batches put these pages' sentences in, keyed 'pageId#sentence' (a sentence's first, where there are several). */
  draftsOfPages(storyId: string, pageIds: string[]): Map<string, number>;
  /** The story's members of its events, draft by draft, in the order they joined. */
  draftMembers(storyId: string): DraftMember[];
  /** Records titles of a story's pages (each kept at its earliest place) and returns all, in source order. */
  addStoryTitles(storyId: string, titles: StoryTitle[]): string[];
  /** A page's URL and source without its content. */
  pageSource(id: string): { url?: string; source: string } | undefined;
  /** Seq of a page: its place in ingest order. */
  pageSeq(id: string): number | undefined;
  /** Saves what a batch changed in a story, in one transaction. */
  saveStoryUpdate(update: StoryUpdate): void;
  /** The outcome the ingest log holds for an item key ('added', 'known', 'error', 'skipped', 'filtered <filters>'). */
  ingestOutcome(key: string): string | undefined;
  /**
   * Opens a transaction that the writes after it join (each page's own transaction becomes a savepoint)
   * until endBulk commits it: many pages, one commit. A crash loses the whole group, pages and their
   * ingest-log entries together, so a resumed run still adds each page exactly once.
   */
  beginBulk(): void;
  endBulk(): void;
  /** Pages stored but in no story yet: left so by an ingest that was stopped before its stories were updated. */
  unplacedPageIds(): string[];
  close(): void;
}
