// The Store: where pages, articles, stories and their timelines live between runs.
import type { AnalyzedArticle, Event, Page, PageError, Summary } from '../model.js';
import type { StoryState } from '../cluster/index.js';

export interface StoredStory extends StoryState {
  summary: Summary | null;
}

export interface Store {
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
  close(): void;
}
