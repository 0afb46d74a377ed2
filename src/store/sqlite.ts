// SQLite store: one file, created on first use, the embedded default.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnalyzedArticle, Event, Page, PageError, Summary } from '../model.js';
import type { StoryState } from '../cluster/index.js';
import type { Store, StoredStory } from './store.js';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  kind TEXT NOT NULL,
  url TEXT,
  encoding TEXT NOT NULL,
  given TEXT,
  content TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_source ON pages(source);
CREATE TABLE IF NOT EXISTS articles (
  page_id TEXT PRIMARY KEY REFERENCES pages(id),
  title TEXT,
  site TEXT,
  published TEXT,
  language TEXT,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS errors (seq INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, message TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, label TEXT NOT NULL, state TEXT NOT NULL, summary TEXT);
CREATE TABLE IF NOT EXISTS story_pages (page_id TEXT PRIMARY KEY, story_id TEXT NOT NULL REFERENCES stories(id));
CREATE INDEX IF NOT EXISTS story_pages_story ON story_pages(story_id);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES stories(id),
  date TEXT NOT NULL,
  granularity TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id, date);
`;

export class SqliteStore implements Store {
  private db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    const version = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
    if (!version) this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    else if (Number(version.value) !== SCHEMA_VERSION) {
      throw new Error(`${file} was written by another version of newsline (schema ${version.value}, expected ${SCHEMA_VERSION})`);
    }
  }

  hasPage(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM pages WHERE id = ?').get(id) !== undefined;
  }

  addPage(page: Page, article: AnalyzedArticle): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR IGNORE INTO pages (id, source, kind, url, encoding, given, content) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(page.id, page.source, page.kind, page.url ?? null, page.encoding, page.given ? JSON.stringify(page.given) : null, page.content);
      this.writeArticle(article);
    })();
  }

  private writeArticle(a: AnalyzedArticle): void {
    this.db
      .prepare('INSERT OR REPLACE INTO articles (page_id, title, site, published, language, data) VALUES (?, ?, ?, ?, ?, ?)')
      .run(a.pageId, a.title, a.site, a.published?.value ?? null, a.language, JSON.stringify(a));
  }

  recordError(error: PageError): void {
    this.db.prepare('INSERT INTO errors (source, message) VALUES (?, ?)').run(error.source, error.message);
  }

  private toPage(row: Record<string, unknown> | undefined): Page | undefined {
    if (!row) return undefined;
    const page: Page = { id: row.id as string, source: row.source as string, kind: row.kind as Page['kind'], content: row.content as string, encoding: row.encoding as string };
    if (row.url) page.url = row.url as string;
    if (row.given) page.given = JSON.parse(row.given as string);
    return page;
  }

  page(id: string): Page | undefined {
    return this.toPage(this.db.prepare('SELECT * FROM pages WHERE id = ?').get(id) as Record<string, unknown> | undefined);
  }

  findPage(key: string): Page | undefined {
    const row =
      this.db.prepare('SELECT * FROM pages WHERE id = ?').get(key) ??
      this.db.prepare('SELECT * FROM pages WHERE source = ? ORDER BY seq LIMIT 1').get(key) ??
      this.db.prepare("SELECT * FROM pages WHERE id LIKE ? || '%' ORDER BY seq LIMIT 1").get(key) ??
      this.db.prepare("SELECT * FROM pages WHERE source LIKE '%' || ? ORDER BY seq LIMIT 1").get(key);
    return this.toPage(row as Record<string, unknown> | undefined);
  }

  article(pageId: string): AnalyzedArticle | undefined {
    const row = this.db.prepare('SELECT data FROM articles WHERE page_id = ?').get(pageId) as { data: string } | undefined;
    return row ? JSON.parse(row.data) : undefined;
  }

  articles(): AnalyzedArticle[] {
    const rows = this.db.prepare('SELECT a.data FROM articles a JOIN pages p ON p.id = a.page_id ORDER BY p.seq').all() as { data: string }[];
    return rows.map((r) => JSON.parse(r.data));
  }

  updateArticles(articles: AnalyzedArticle[]): void {
    this.db.transaction(() => articles.forEach((a) => this.writeArticle(a)))();
  }

  private toStory(row: { id: string; label: string; state: string; summary: string | null }): StoredStory {
    const pageIds = (this.db.prepare('SELECT sp.page_id FROM story_pages sp JOIN pages p ON p.id = sp.page_id WHERE sp.story_id = ? ORDER BY p.seq').all(row.id) as { page_id: string }[]).map((r) => r.page_id);
    return { ...JSON.parse(row.state), id: row.id, label: row.label, pageIds, summary: row.summary ? JSON.parse(row.summary) : null };
  }

  stories(): StoredStory[] {
    const rows = this.db.prepare('SELECT * FROM stories ORDER BY id').all() as { id: string; label: string; state: string; summary: string | null }[];
    return rows.map((r) => this.toStory(r));
  }

  story(id: string): StoredStory | undefined {
    const row = (this.db.prepare('SELECT * FROM stories WHERE id = ?').get(id) ??
      this.db.prepare("SELECT * FROM stories WHERE id LIKE ? || '%' ORDER BY id LIMIT 1").get(id)) as
      | { id: string; label: string; state: string; summary: string | null }
      | undefined;
    return row ? this.toStory(row) : undefined;
  }

  saveStory(story: StoryState, events: Event[], summary: Summary): void {
    this.db.transaction(() => {
      const state = JSON.stringify({ terms: story.terms, entities: story.entities });
      this.db.prepare('INSERT OR REPLACE INTO stories (id, label, state, summary) VALUES (?, ?, ?, ?)').run(story.id, story.label, state, JSON.stringify(summary));
      const link = this.db.prepare('INSERT OR REPLACE INTO story_pages (page_id, story_id) VALUES (?, ?)');
      for (const pageId of story.pageIds) link.run(pageId, story.id);
      this.db.prepare('DELETE FROM events WHERE story_id = ?').run(story.id);
      const insert = this.db.prepare('INSERT INTO events (id, story_id, date, granularity, data) VALUES (?, ?, ?, ?, ?)');
      for (const e of events) insert.run(e.id, story.id, e.date, e.granularity, JSON.stringify(e));
    })();
  }

  events(storyId: string): Event[] {
    const rows = this.db.prepare('SELECT data FROM events WHERE story_id = ? ORDER BY date, id').all(storyId) as { data: string }[];
    return rows.map((r) => JSON.parse(r.data));
  }

  errors(): PageError[] {
    return this.db.prepare('SELECT source, message FROM errors ORDER BY seq').all() as PageError[];
  }

  pageCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM pages').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}

export function openStore(file: string): Store {
  return new SqliteStore(file);
}
