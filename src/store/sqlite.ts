// SQLite store: one file, created on first use, the embedded default.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnalyzedArticle, Event, Page, PageError, Summary } from '../model.js';
import type { StoryState } from '../cluster/index.js';
import type { FetchState, IngestLogEntry, SearchHit, Store, StoredStory } from './store.js';
import { markStoredCopies, type CopyCandidate } from '../dedupe/index.js';

/** Words of context either side of a search hit: enough to judge it, short enough for a list. */
const SNIPPET_WORDS = 16;
/** More words than a person types; caps the work one query can ask of the index. */
const MAX_QUERY_TERMS = 12;

/**
 * A user's words as an FTS5 query that cannot be an FTS5 expression: each word quoted (so
 * AND, NEAR, '*', ':' and quotes are plain text), all words required. Empty when no word is left.
 */
export function ftsQuery(text: string): string {
  const words = (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_TERMS);
  return words.map((w) => `"${w}"`).join(' ');
}

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

/** Ingest log and URL table (issue 9): added after schema 1 with IF NOT EXISTS, so older files just gain them. */
const INGEST_SCHEMA = `
CREATE TABLE IF NOT EXISTS ingest_log (key TEXT PRIMARY KEY, page_id TEXT, outcome TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS urls (url TEXT PRIMARY KEY, page_id TEXT, etag TEXT, last_modified TEXT);
`;

/**
 * Copy index (dedupe): exact keys (hashed, a page's key is its whole text), items with their shingle hashes in
 * the order recorded, their LSH band keys, and the pages already looked at. Added after schema 1 with
 * IF NOT EXISTS; an older file is filled once when opened.
 */
const COPY_SCHEMA = `
CREATE TABLE IF NOT EXISTS copy_exact (kind TEXT NOT NULL, key TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (kind, key));
CREATE TABLE IF NOT EXISTS copy_items (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, item TEXT NOT NULL, hashes BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS copy_bands (band TEXT NOT NULL, item_seq INTEGER NOT NULL REFERENCES copy_items(seq));
CREATE INDEX IF NOT EXISTS copy_bands_band ON copy_bands(band);
CREATE TABLE IF NOT EXISTS copy_done (page_id TEXT PRIMARY KEY);
`;

function copyKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export class SqliteStore implements Store {
  private db: Database.Database;
  /** Statements the per-sentence copy look-ups run, prepared once. */
  private copyStatements: Record<string, Database.Statement> = {};

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    this.db.exec(INGEST_SCHEMA);
    this.ensureSearchIndex();
    const hadCopyIndex = this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'copy_done'").get() !== undefined;
    this.db.exec(COPY_SCHEMA);
    const version = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
    if (!version) this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    else if (Number(version.value) !== SCHEMA_VERSION) {
      throw new Error(`${file} was written by another version of newsline (schema ${version.value}, expected ${SCHEMA_VERSION})`);
    }
    // A file written before the copy index: index (and re-mark, identically) its pages once, now.
    if (!hadCopyIndex && this.pageCount() > 0) markStoredCopies(this);
  }

  private copyStatement(sql: string): Database.Statement {
    return (this.copyStatements[sql] ??= this.db.prepare(sql));
  }

  copyExact(kind: string, key: string): string | undefined {
    const row = this.copyStatement('SELECT item FROM copy_exact WHERE kind = ? AND key = ?').get(kind, copyKeyHash(key)) as { item: string } | undefined;
    return row?.item;
  }

  copyCandidates(kind: string, bands: string[]): CopyCandidate[] {
    if (!bands.length) return [];
    const keys = bands.map((b) => `${kind}|${b}`);
    // First which items, in the order the in-memory index gives them; then each one's hashes, once.
    const rows = this.copyStatement(`SELECT band, item_seq AS seq FROM copy_bands WHERE band IN (${keys.map(() => '?').join(',')}) ORDER BY item_seq`).all(...keys) as { band: string; seq: number }[];
    const byBand = new Map<string, number[]>();
    for (const r of rows) {
      const list = byBand.get(r.band);
      if (list) list.push(r.seq);
      else byBand.set(r.band, [r.seq]);
    }
    const order = new Set<number>();
    for (const key of keys) for (const seq of byBand.get(key) ?? []) order.add(seq);
    const item = this.copyStatement('SELECT item, hashes FROM copy_items WHERE seq = ?');
    return [...order].map((seq) => {
      const row = item.get(seq) as { item: string; hashes: Buffer };
      const bytes = new Uint8Array(row.hashes);
      return { item: row.item, hashes: new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) };
    });
  }

  recordCopyExact(kind: string, key: string, item: string): void {
    this.copyStatement('INSERT OR IGNORE INTO copy_exact (kind, key, item) VALUES (?, ?, ?)').run(kind, copyKeyHash(key), item);
  }

  recordCopyBands(kind: string, item: string, bands: string[], hashes: Uint32Array): void {
    const blob = Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength);
    const seq = this.copyStatement('INSERT INTO copy_items (kind, item, hashes) VALUES (?, ?, ?)').run(kind, item, blob).lastInsertRowid;
    const band = this.copyStatement('INSERT INTO copy_bands (band, item_seq) VALUES (?, ?)');
    for (const b of bands) band.run(`${kind}|${b}`, seq);
  }

  pagesToDedupe(limit: number): string[] {
    const rows = this.copyStatement('SELECT p.id FROM pages p JOIN articles a ON a.page_id = p.id LEFT JOIN copy_done d ON d.page_id = p.id WHERE d.page_id IS NULL ORDER BY p.seq LIMIT ?').all(limit) as { id: string }[];
    return rows.map((r) => r.id);
  }

  markDeduped(pageId: string): void {
    this.copyStatement('INSERT OR IGNORE INTO copy_done (page_id) VALUES (?)').run(pageId);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /**
   * Full-text index over article titles and texts (FTS5), keyed by the page's seq so a rewrite
   * replaces one row without a scan. Added after schema 1: an older file gets it filled once here.
   */
  private ensureSearchIndex(): void {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").get() !== undefined;
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`);
    if (!exists) {
      const rows = this.db.prepare('SELECT a.data FROM articles a').all() as { data: string }[];
      this.db.transaction(() => rows.forEach((r) => this.indexArticle(JSON.parse(r.data))))();
    }
  }

  private indexArticle(a: AnalyzedArticle): void {
    const seq = this.db.prepare('SELECT seq FROM pages WHERE id = ?').get(a.pageId) as { seq: number } | undefined;
    if (!seq) return;
    this.db.prepare('DELETE FROM articles_fts WHERE rowid = ?').run(seq.seq);
    this.db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)').run(seq.seq, a.title ?? '', a.text);
  }

  search(query: string, limit: number): SearchHit[] {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT p.id AS pageId, a.title AS title, a.site AS site, a.published AS published, sp.story_id AS storyId,
                snippet(articles_fts, 1, char(2), char(3), '…', ${SNIPPET_WORDS}) AS snippet
           FROM articles_fts JOIN pages p ON p.seq = articles_fts.rowid
           JOIN articles a ON a.page_id = p.id
           LEFT JOIN story_pages sp ON sp.page_id = p.id
          WHERE articles_fts MATCH ? ORDER BY rank, p.seq LIMIT ?`,
      )
      .all(match, limit) as SearchHit[];
    return rows.map((r) => ({ ...r, storyId: r.storyId ?? null }));
  }

  storyOf(pageId: string): string | null {
    const row = this.db.prepare('SELECT story_id FROM story_pages WHERE page_id = ?').get(pageId) as { story_id: string } | undefined;
    return row?.story_id ?? null;
  }

  storyPageCount(storyId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM story_pages WHERE story_id = ?').get(storyId) as { n: number }).n;
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
      this.indexArticle(article);
    })();
  }

  private writeArticle(a: AnalyzedArticle): void {
    this.db
      .prepare('INSERT OR REPLACE INTO articles (page_id, title, site, published, language, data) VALUES (?, ?, ?, ?, ?, ?)')
      .run(a.pageId, a.title, a.site, a.published?.value ?? null, a.language, JSON.stringify(a));
  }

  private indexedText(pageId: string): string | undefined {
    const row = this.db
      .prepare('SELECT f.title AS title, f.body AS body FROM articles_fts f JOIN pages p ON p.seq = f.rowid WHERE p.id = ?')
      .get(pageId) as { title: string; body: string } | undefined;
    return row ? row.title + '\u0000' + row.body : undefined;
  }

  addPageLogged(page: Page, article: AnalyzedArticle, log: IngestLogEntry): void {
    this.db.transaction(() => {
      this.addPage(page, article);
      this.writeLog(log, page.id);
    })();
  }

  logIngest(entry: IngestLogEntry): void {
    this.db.transaction(() => this.writeLog(entry, null))();
  }

  private writeLog(entry: IngestLogEntry, pageId: string | null): void {
    if (entry.key) this.db.prepare('INSERT OR REPLACE INTO ingest_log (key, page_id, outcome) VALUES (?, ?, ?)').run(entry.key, pageId, entry.outcome);
    if (pageId) {
      const link = this.db.prepare('INSERT INTO urls (url, page_id) VALUES (?, ?) ON CONFLICT(url) DO UPDATE SET page_id = excluded.page_id');
      for (const url of entry.urls ?? []) link.run(url, pageId);
    }
  }

  isLogged(key: string): boolean {
    return this.db.prepare('SELECT 1 FROM ingest_log WHERE key = ?').get(key) !== undefined;
  }

  pageForUrl(url: string): string | undefined {
    const row = this.db.prepare('SELECT page_id FROM urls WHERE url = ? AND page_id IS NOT NULL').get(url) as { page_id: string } | undefined;
    return row?.page_id;
  }

  fetchState(url: string): FetchState | undefined {
    const row = this.db.prepare('SELECT page_id, etag, last_modified FROM urls WHERE url = ?').get(url) as
      | { page_id: string | null; etag: string | null; last_modified: string | null }
      | undefined;
    if (!row) return undefined;
    const state: FetchState = {};
    if (row.etag) state.etag = row.etag;
    if (row.last_modified) state.lastModified = row.last_modified;
    if (row.page_id) state.pageId = row.page_id;
    return state;
  }

  saveFetchState(url: string, state: FetchState): void {
    this.db
      .prepare(
        `INSERT INTO urls (url, page_id, etag, last_modified) VALUES (?, ?, ?, ?)
         ON CONFLICT(url) DO UPDATE SET page_id = COALESCE(excluded.page_id, page_id), etag = excluded.etag, last_modified = excluded.last_modified`,
      )
      .run(url, state.pageId ?? null, state.etag ?? null, state.lastModified ?? null);
  }

  unplacedPageIds(): string[] {
    const rows = this.db
      .prepare('SELECT p.id FROM pages p JOIN articles a ON a.page_id = p.id LEFT JOIN story_pages sp ON sp.page_id = p.id WHERE sp.page_id IS NULL ORDER BY p.seq')
      .all() as { id: string }[];
    return rows.map((r) => r.id);
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
      this.db.prepare("SELECT * FROM pages WHERE source LIKE '%' || ? ORDER BY seq LIMIT 1").get(key) ??
      // A part of the file name is enough when it names one page only ('004' for 004_7f92….txt).
      this.uniqueSourceMatch(key);
    return this.toPage(row as Record<string, unknown> | undefined);
  }

  private uniqueSourceMatch(key: string): Record<string, unknown> | undefined {
    const rows = this.db.prepare("SELECT * FROM pages WHERE instr(source, ?) > 0 ORDER BY seq LIMIT 2").all(key) as Record<string, unknown>[];
    return rows.length === 1 ? rows[0] : undefined;
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
    // Only titles and texts are indexed, and updates (duplicate marks) leave them alone: reindex the ones that changed.
    const changed = articles.filter((a) => this.indexedText(a.pageId) !== (a.title ?? '') + '\u0000' + a.text);
    if (changed.length) this.db.transaction(() => changed.forEach((a) => this.indexArticle(a)))();
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
