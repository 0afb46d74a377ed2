// The Store: where pages, articles, stories and their timelines live between runs.
import type { AnalyzedArticle, Event, Page, PageError, Summary } from '../model.js';
import type { StoryState } from '../cluster/index.js';
import type { CopyStore } from '../dedupe/index.js';

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
  addPage(page: Page, article: AnalyzedArticle): void;
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
  errors(): PageError[];
  pageCount(): number;
  /** Full-text search over article titles and texts, best first. */
  search(query: string, limit: number): SearchHit[];
  /** The story a page belongs to, if any. */
  storyOf(pageId: string): string | null;
  storyPageCount(storyId: string): number;
  /** Saves a page, its article and its ingest-log entry in one transaction (crash safety for long ingests). */
  addPageLogged(page: Page, article: AnalyzedArticle, log: IngestLogEntry): void;
  /** Logs an item that added no page (known, skipped, failed), so a resumed run passes over it. */
  logIngest(entry: IngestLogEntry): void;
  isLogged(key: string): boolean;
  /** The page already known under a normalised URL. */
  pageForUrl(url: string): string | undefined;
  fetchState(url: string): FetchState | undefined;
  saveFetchState(url: string, state: FetchState): void;
  /** Pages stored but in no story yet: left so by an ingest that was stopped before its stories were updated. */
  unplacedPageIds(): string[];
  close(): void;
}
