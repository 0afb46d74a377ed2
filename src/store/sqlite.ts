// SQLite store: one file, created on first use, the embedded default.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnalyzedArticle, Event, Page, PageError, Summary } from '../model.js';
import type { RarityCounts, RarityUpdate, StoryState } from '../cluster/index.js';
import type { FetchState, IngestLogEntry, SearchHit, Store, StoredStory, StoryTitle, StoryUpdate } from './store.js';
import { markStoredCopies, type CopyCandidate } from '../dedupe/index.js';
import { WindowedCopyIndex, type CopyRecord } from '../dedupe/windowed-index.js';
import { pack, unpack } from './compress.js';
import { renderEvent, type Draft, type DraftMember, type EventState } from '../events/index.js';

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
 * Copy index (dedupe): the records of the in-memory window (dedupe/windowed-index.ts), a row per kind and
 * flush (item names, then their exact-key, band and shingle hashes packed as 32-bit words), and the pages
 * already looked at. The tables of the earlier SQL index (a row per band key) are dropped: a file that had
 * them is marked again, identically, when opened.
 */
const COPY_SCHEMA = `
CREATE TABLE IF NOT EXISTS copy_records (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, first_item INTEGER NOT NULL, last_item INTEGER NOT NULL, items TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS copy_records_kind ON copy_records(kind, last_item);
CREATE TABLE IF NOT EXISTS copy_done (page_id TEXT PRIMARY KEY);
DROP TABLE IF EXISTS copy_bands;
DROP TABLE IF EXISTS copy_items;
DROP TABLE IF EXISTS copy_exact;
`;

/**
 * Items per generation of the copy window, by kind: a page is compared with the latest one to two
 * generations of pages (25,000 to 50,000 pages), a sentence with the latest 64,000 to 128,000
 * sentences (some thousands of pages). Copies come close together in a news stream (a wire story is
 * republished within hours); the window is what keeps memory flat at any length of stream.
 */
export const COPY_WINDOW: Record<string, number> = { page: 25_000, sentence: 64_000 };

/**
 * What a story's events are built from between batches (see events/index.ts EventState): its drafts,
 * their members (the event's sources), the rarity counts of features, its publication days and its
 * pages' titles. Added after schema 1 with IF NOT EXISTS; a story without them is rebuilt once.
 */
const EVENT_STATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS event_stories (story_id TEXT PRIMARY KEY, dated INTEGER NOT NULL, first_day TEXT, last_day TEXT);
CREATE TABLE IF NOT EXISTS event_drafts (story_id TEXT NOT NULL, ord INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (story_id, ord));
CREATE TABLE IF NOT EXISTS event_members (seq INTEGER PRIMARY KEY AUTOINCREMENT, story_id TEXT NOT NULL, ord INTEGER NOT NULL, page_id TEXT NOT NULL, sentence INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS event_members_draft ON event_members(story_id, ord, seq);
CREATE INDEX IF NOT EXISTS event_members_sentence ON event_members(story_id, page_id, sentence);
CREATE TABLE IF NOT EXISTS event_features (story_id TEXT NOT NULL, feature TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (story_id, feature)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_titles (story_id TEXT NOT NULL, title TEXT NOT NULL, published TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (story_id, title));
`;

/**
 * Rarity counts of the story clustering (see cluster/index.ts RarityCounts): pages holding each term,
 * the page total in meta. Added after schema 1 with IF NOT EXISTS; an older file starts them empty.
 */
const RARITY_SCHEMA = `
CREATE TABLE IF NOT EXISTS story_term_pages (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
`;
const RARITY_PAGES = 'rarity_pages';
const RARITY_TERMS = 'rarity_terms';
/**
 * Terms whose counts are kept. A news stream's vocabulary grows without end (names, typos, numbers
 * written as words); past this the rarest are forgotten, which costs little: a forgotten term weighs as
 * a term never seen, and a term this rare already weighs close to that. 500k terms is about 20 MB.
 */
export const RARITY_VOCABULARY = 500_000;
/** Forgetting goes down to this share of the cap, so that the sort it needs is paid once per many batches. */
const RARITY_KEEP_SHARE = 0.8;

/** Rows per multi-row statement at most (five columns of them stay far below SQLite's limit of bound parameters). */
const MANY_ROWS = 256;

/** The meta key of the last page (by seq) whose copies were looked for: pages are looked at in seq order. */
const DEDUPE_CURSOR = 'dedupe_seq';

/** A draft as stored: its sets as sorted lists. */
interface StoredDraft extends Omit<Draft, 'words' | 'placeIds' | 'actorIds'> {
  words: string[];
  placeIds: string[];
  actorIds: string[];
}

/** What the clustering keeps of a story (its profile, and whatever else it adds, such as its span), without what has columns or tables of its own. */
function storyStateJson(story: StoryState & { summary?: unknown }): string {
  const { id: _id, label: _label, pageIds: _pageIds, summary: _summary, ...state } = story;
  return JSON.stringify(state);
}

function draftToJson(d: Draft): string {
  const stored: StoredDraft = { ...d, words: [...d.words], placeIds: [...d.placeIds], actorIds: [...d.actorIds] };
  return JSON.stringify(stored);
}

function draftFromJson(text: string): Draft {
  const d = JSON.parse(text) as StoredDraft;
  return { ...d, words: new Set(d.words), placeIds: new Set(d.placeIds), actorIds: new Set(d.actorIds) };
}

/** Records as 32-bit words: per record a flag word (1: exact key, 2: shingle hashes), then what the flags say. */
function packRecords(records: CopyRecord[]): Buffer {
  const words: number[] = [];
  for (const r of records) {
    words.push((r.exact ? 1 : 0) | (r.hashes ? 2 : 0));
    if (r.exact) words.push(r.exact[0], r.exact[1]);
    if (r.hashes) words.push(r.hashes.length, ...r.hashes);
  }
  const packed = Uint32Array.from(words);
  return Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
}

function unpackRecords(items: string[], data: Buffer): CopyRecord[] {
  const bytes = new Uint8Array(data);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  let at = 0;
  return items.map((item) => {
    const flags = words[at++];
    const record: CopyRecord = { item };
    if (flags & 1) {
      record.exact = [words[at], words[at + 1]];
      at += 2;
    }
    if (flags & 2) {
      const count = words[at++];
      record.hashes = words.slice(at, at + count);
      at += count;
    }
    return record;
  });
}

export class SqliteStore implements Store {
  private db: Database.Database;
  /** Statements prepared once: a page's ingest and a sentence's copy look-up run dozens each. */
  private statements = new Map<string, Database.Statement>();
  private copyIndexes = new Map<string, WindowedCopyIndex>();
  /** The rarity counts in memory (see rarityTable). */
  private rarity: Map<string, number> | undefined;

  /** Whether raw pages are kept (`--no-raw` leaves them out: what was extracted from them is kept either way). */
  private keepRaw: boolean;

  constructor(file: string, options: { keepRaw?: boolean } = {}) {
    this.keepRaw = options.keepRaw ?? true;
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses no committed transaction when the process is killed (only, at worst, the
    // last ones on a power cut, never the file's consistency), and spares an fsync per page.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    this.db.exec(INGEST_SCHEMA);
    this.ensureSearchIndex();
    const hadCopyIndex = this.stmt("SELECT 1 FROM sqlite_master WHERE name = 'copy_records'").get() !== undefined;
    this.db.exec(COPY_SCHEMA);
    // Marks made with the earlier index are redone with this one, from the first page.
    if (!hadCopyIndex) {
      this.db.exec('DELETE FROM copy_done');
      this.db.prepare('DELETE FROM meta WHERE key = ?').run(DEDUPE_CURSOR);
    }
    this.db.exec(EVENT_STATE_SCHEMA);
    this.withoutRowid('event_features');
    this.db.exec(RARITY_SCHEMA);
    const version = this.stmt('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
    if (!version) this.stmt('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    else if (Number(version.value) !== SCHEMA_VERSION) {
      throw new Error(`${file} was written by another version of newsline (schema ${version.value}, expected ${SCHEMA_VERSION})`);
    }
    // A file written before the copy index: index (and re-mark, identically) its pages once, now.
    if (!hadCopyIndex && this.pageCount() > 0) markStoredCopies(this);
  }

  /**
   * Runs one multi-row statement per power-of-two piece of `rows` (at most MANY_ROWS rows each): a batch's
   * rows cost a few statements, not one each, and at most a handful of statement shapes are kept per table.
   * `head` ends before VALUES; `tail` follows the rows (an ON CONFLICT clause).
   */
  private runMany(head: string, columns: number, rows: unknown[][], tail = ''): void {
    const tuple = `(${new Array(columns).fill('?').join(', ')})`;
    let at = 0;
    while (at < rows.length) {
      let size = MANY_ROWS;
      while (size > rows.length - at) size >>= 1;
      const piece = rows.slice(at, at + size);
      this.stmt(`${head} VALUES ${new Array(size).fill(tuple).join(', ')} ${tail}`).run(...piece.flat());
      at += size;
    }
  }

  /**
   * A table of short rows keyed by its primary key is kept WITHOUT ROWID, so that the key is not stored
   * twice (table and index); a file that made it with a rowid has it copied over once.
   */
  private withoutRowid(table: string): void {
    const row = this.stmt("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined;
    if (!row || /WITHOUT ROWID\s*$/i.test(row.sql)) return;
    const create = row.sql.replace(/^CREATE TABLE\s+(?:IF NOT EXISTS\s+)?"?\w+"?/i, `CREATE TABLE ${table}_copy`) + ' WITHOUT ROWID';
    this.db.transaction(() => {
      this.db.exec(`${create}; INSERT INTO ${table}_copy SELECT * FROM ${table}; DROP TABLE ${table}; ALTER TABLE ${table}_copy RENAME TO ${table};`);
    })();
  }

  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /** The copy window of a kind, rebuilt from its stored records on first use. */
  private copyIndex(kind: string): WindowedCopyIndex {
    let index = this.copyIndexes.get(kind);
    if (index) return index;
    const last = this.stmt('SELECT MAX(last_item) AS n FROM copy_records WHERE kind = ?').get(kind) as { n: number | null };
    index = new WindowedCopyIndex(COPY_WINDOW[kind] ?? COPY_WINDOW.sentence, (last.n ?? -1) + 1);
    const from = index.windowStart();
    for (const row of this.stmt('SELECT first_item, items, data FROM copy_records WHERE kind = ? AND last_item >= ? ORDER BY seq').iterate(kind, from) as Iterable<{ first_item: number; items: string; data: Buffer }>) {
      unpackRecords(JSON.parse(row.items), row.data).forEach((record, i) => {
        if (row.first_item + i >= from) index!.replay(row.first_item + i, record);
      });
    }
    this.copyIndexes.set(kind, index);
    return index;
  }

  copyExact(kind: string, key: string): string | undefined {
    return this.copyIndex(kind).exact(key);
  }

  copyCandidates(kind: string, bands: string[], perBandEnd: number): CopyCandidate[] {
    return bands.length ? this.copyIndex(kind).candidates(bands, perBandEnd) : [];
  }

  recordCopyExact(kind: string, key: string, item: string): void {
    this.copyIndex(kind).recordExact(key, item);
  }

  recordCopyBands(kind: string, item: string, bands: string[], hashes: Uint32Array): void {
    this.copyIndex(kind).recordBands(item, bands, hashes);
  }

  /** Keeps what the copy windows recorded since the last call: a row per kind, in the caller's transaction. */
  private saveCopyRecords(): void {
    for (const [kind, index] of this.copyIndexes) {
      const records = index.takeRecords();
      if (!records.length) continue;
      const first = index.count - records.length;
      this.stmt('INSERT INTO copy_records (kind, first_item, last_item, items, data) VALUES (?, ?, ?, ?, ?)').run(kind, first, index.count - 1, JSON.stringify(records.map((r) => r.item)), packRecords(records));
    }
  }

  pagesToDedupe(limit: number): string[] {
    // Pages are looked at in seq order, so those after the cursor are the ones left: no scan of the whole table.
    const cursor = this.stmt('SELECT value FROM meta WHERE key = ?').get(DEDUPE_CURSOR) as { value: string } | undefined;
    const rows = this.stmt(
      'SELECT p.id FROM pages p JOIN articles a ON a.page_id = p.id WHERE p.seq > ? AND NOT EXISTS (SELECT 1 FROM copy_done d WHERE d.page_id = p.id) ORDER BY p.seq LIMIT ?',
    ).all(Number(cursor?.value ?? 0), limit) as { id: string }[];
    return rows.map((r) => r.id);
  }

  markDeduped(pageId: string): void {
    this.saveCopyRecords();
    this.stmt('INSERT OR IGNORE INTO copy_done (page_id) VALUES (?)').run(pageId);
    const seq = this.pageSeq(pageId);
    if (seq !== undefined) {
      this.stmt("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = CASE WHEN CAST(excluded.value AS INTEGER) > CAST(value AS INTEGER) THEN excluded.value ELSE value END").run(DEDUPE_CURSOR, String(seq));
    }
  }

  pageSeq(id: string): number | undefined {
    return (this.stmt('SELECT seq FROM pages WHERE id = ?').get(id) as { seq: number } | undefined)?.seq;
  }

  pageSource(id: string): { url?: string; source: string } | undefined {
    const row = this.stmt('SELECT url, source FROM pages WHERE id = ?').get(id) as { url: string | null; source: string } | undefined;
    if (!row) return undefined;
    return row.url ? { url: row.url, source: row.source } : { source: row.source };
  }

  beginBulk(): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN');
  }

  endBulk(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /**
   * Full-text index over article titles and texts (FTS5), keyed by the page's seq so a rewrite
   * replaces one row without a scan. Added after schema 1: an older file gets it filled once here.
   */
  private ensureSearchIndex(): void {
    const exists = this.stmt("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").get() !== undefined;
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`);
    if (!exists) {
      const rows = this.stmt('SELECT a.data FROM articles a').all() as { data: string | Buffer }[];
      this.db.transaction(() => rows.forEach((r) => this.indexArticle(JSON.parse(unpack(r.data)))))();
    }
  }

  private indexArticle(a: AnalyzedArticle): void {
    const seq = this.stmt('SELECT seq FROM pages WHERE id = ?').get(a.pageId) as { seq: number } | undefined;
    if (!seq) return;
    this.stmt('DELETE FROM articles_fts WHERE rowid = ?').run(seq.seq);
    this.stmt('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)').run(seq.seq, a.title ?? '', a.text);
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
    const row = this.stmt('SELECT story_id FROM story_pages WHERE page_id = ?').get(pageId) as { story_id: string } | undefined;
    return row?.story_id ?? null;
  }

  storyPageCount(storyId: string): number {
    return (this.stmt('SELECT COUNT(*) AS n FROM story_pages WHERE story_id = ?').get(storyId) as { n: number }).n;
  }

  hasPage(id: string): boolean {
    return this.stmt('SELECT 1 FROM pages WHERE id = ?').get(id) !== undefined;
  }

  addPage(page: Page, article: AnalyzedArticle, packed?: Buffer): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR IGNORE INTO pages (id, source, kind, url, encoding, given, content) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(page.id, page.source, page.kind, page.url ?? null, page.encoding, page.given ? JSON.stringify(page.given) : null, this.keepRaw ? packed ?? pack(page.content) : '');
      this.writeArticle(article);
      this.indexArticle(article);
    })();
  }

  private writeArticle(a: AnalyzedArticle): void {
    this.db
      .prepare('INSERT OR REPLACE INTO articles (page_id, title, site, published, language, data) VALUES (?, ?, ?, ?, ?, ?)')
      .run(a.pageId, a.title, a.site, a.published?.value ?? null, a.language, pack(JSON.stringify(a)));
  }

  private indexedText(pageId: string): string | undefined {
    const row = this.db
      .prepare('SELECT f.title AS title, f.body AS body FROM articles_fts f JOIN pages p ON p.seq = f.rowid WHERE p.id = ?')
      .get(pageId) as { title: string; body: string } | undefined;
    return row ? row.title + '\u0000' + row.body : undefined;
  }

  addPageLogged(page: Page, article: AnalyzedArticle, log: IngestLogEntry, packed?: Buffer): void {
    this.db.transaction(() => {
      this.addPage(page, article, packed);
      this.writeLog(log, page.id);
    })();
  }

  logIngest(entry: IngestLogEntry): void {
    this.db.transaction(() => this.writeLog(entry, null))();
  }

  private writeLog(entry: IngestLogEntry, pageId: string | null): void {
    if (entry.key) this.stmt('INSERT OR REPLACE INTO ingest_log (key, page_id, outcome) VALUES (?, ?, ?)').run(entry.key, pageId, entry.outcome);
    if (pageId) {
      const link = this.stmt('INSERT INTO urls (url, page_id) VALUES (?, ?) ON CONFLICT(url) DO UPDATE SET page_id = excluded.page_id');
      for (const url of entry.urls ?? []) link.run(url, pageId);
    }
  }

  isLogged(key: string): boolean {
    const outcome = this.ingestOutcome(key);
    return outcome !== undefined && !outcome.startsWith('filtered');
  }

  ingestOutcome(key: string): string | undefined {
    return (this.stmt('SELECT outcome FROM ingest_log WHERE key = ?').get(key) as { outcome: string } | undefined)?.outcome;
  }

  pageForUrl(url: string): string | undefined {
    const row = this.stmt('SELECT page_id FROM urls WHERE url = ? AND page_id IS NOT NULL').get(url) as { page_id: string } | undefined;
    return row?.page_id;
  }

  fetchState(url: string): FetchState | undefined {
    const row = this.stmt('SELECT page_id, etag, last_modified FROM urls WHERE url = ?').get(url) as
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
    this.stmt('INSERT INTO errors (source, message) VALUES (?, ?)').run(error.source, error.message);
  }

  private toPage(row: Record<string, unknown> | undefined): Page | undefined {
    if (!row) return undefined;
    const page: Page = { id: row.id as string, source: row.source as string, kind: row.kind as Page['kind'], content: unpack(row.content as string | Buffer), encoding: row.encoding as string };
    if (row.url) page.url = row.url as string;
    if (row.given) page.given = JSON.parse(row.given as string);
    return page;
  }

  page(id: string): Page | undefined {
    return this.toPage(this.stmt('SELECT * FROM pages WHERE id = ?').get(id) as Record<string, unknown> | undefined);
  }

  findPage(key: string): Page | undefined {
    const row =
      this.stmt('SELECT * FROM pages WHERE id = ?').get(key) ??
      this.stmt('SELECT * FROM pages WHERE source = ? ORDER BY seq LIMIT 1').get(key) ??
      this.stmt("SELECT * FROM pages WHERE id LIKE ? || '%' ORDER BY seq LIMIT 1").get(key) ??
      this.stmt("SELECT * FROM pages WHERE source LIKE '%' || ? ORDER BY seq LIMIT 1").get(key) ??
      // A part of the file name is enough when it names one page only ('004' for 004_7f92….txt).
      this.uniqueSourceMatch(key);
    return this.toPage(row as Record<string, unknown> | undefined);
  }

  private uniqueSourceMatch(key: string): Record<string, unknown> | undefined {
    const rows = this.stmt("SELECT * FROM pages WHERE instr(source, ?) > 0 ORDER BY seq LIMIT 2").all(key) as Record<string, unknown>[];
    return rows.length === 1 ? rows[0] : undefined;
  }

  article(pageId: string): AnalyzedArticle | undefined {
    const row = this.stmt('SELECT data FROM articles WHERE page_id = ?').get(pageId) as { data: string | Buffer } | undefined;
    return row ? JSON.parse(unpack(row.data)) : undefined;
  }

  articles(): AnalyzedArticle[] {
    const rows = this.stmt('SELECT a.data FROM articles a JOIN pages p ON p.id = a.page_id ORDER BY p.seq').all() as { data: string | Buffer }[];
    return rows.map((r) => JSON.parse(unpack(r.data)));
  }

  updateArticles(articles: AnalyzedArticle[]): void {
    this.db.transaction(() => articles.forEach((a) => this.writeArticle(a)))();
    // Only titles and texts are indexed, and updates (duplicate marks) leave them alone: reindex the ones that changed.
    const changed = articles.filter((a) => this.indexedText(a.pageId) !== (a.title ?? '') + '\u0000' + a.text);
    if (changed.length) this.db.transaction(() => changed.forEach((a) => this.indexArticle(a)))();
  }

  private toStory(row: { id: string; label: string; state: string; summary: string | null }): StoredStory {
    const pageIds = (this.stmt('SELECT sp.page_id FROM story_pages sp JOIN pages p ON p.id = sp.page_id WHERE sp.story_id = ? ORDER BY p.seq').all(row.id) as { page_id: string }[]).map((r) => r.page_id);
    return { ...JSON.parse(row.state), id: row.id, label: row.label, pageIds, summary: row.summary ? JSON.parse(row.summary) : null };
  }

  stories(): StoredStory[] {
    const rows = this.stmt('SELECT * FROM stories ORDER BY id').all() as { id: string; label: string; state: string; summary: string | null }[];
    return rows.map((r) => this.toStory(r));
  }

  story(id: string): StoredStory | undefined {
    const row = (this.stmt('SELECT * FROM stories WHERE id = ?').get(id) ??
      this.stmt("SELECT * FROM stories WHERE id LIKE ? || '%' ORDER BY id LIMIT 1").get(id)) as
      | { id: string; label: string; state: string; summary: string | null }
      | undefined;
    return row ? this.toStory(row) : undefined;
  }

  saveStory(story: StoryState, events: Event[], summary: Summary): void {
    this.db.transaction(() => {
      const state = storyStateJson(story);
      this.stmt('INSERT OR REPLACE INTO stories (id, label, state, summary) VALUES (?, ?, ?, ?)').run(story.id, story.label, state, JSON.stringify(summary));
      const link = this.stmt('INSERT OR REPLACE INTO story_pages (page_id, story_id) VALUES (?, ?)');
      for (const pageId of story.pageIds) link.run(pageId, story.id);
      this.stmt('DELETE FROM events WHERE story_id = ?').run(story.id);
      const insert = this.stmt('INSERT INTO events (id, story_id, date, granularity, data) VALUES (?, ?, ?, ?, ?)');
      for (const e of events) insert.run(e.id, story.id, e.date, e.granularity, JSON.stringify(e));
      // Events given whole replace any kept event state: the next batch rebuilds it from the story's pages.
      this.clearEventState(story.id);
    })();
  }

  private clearEventState(storyId: string): void {
    for (const table of ['event_stories', 'event_drafts', 'event_members', 'event_features', 'story_titles']) {
      this.stmt(`DELETE FROM ${table} WHERE story_id = ?`).run(storyId);
    }
  }

  absorbStory(id: string, into: string): void {
    if (id === into) return;
    this.db.transaction(() => {
      this.stmt('UPDATE story_pages SET story_id = ? WHERE story_id = ?').run(into, id);
      for (const storyId of [id, into]) {
        this.stmt('DELETE FROM events WHERE story_id = ?').run(storyId);
        // The survivor's kept events lack the pages it took in: the next update rebuilds them from all its pages.
        this.clearEventState(storyId);
      }
      this.stmt('DELETE FROM stories WHERE id = ?').run(id);
    })();
  }

  private metaNumber(key: string): number {
    const row = this.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return Number(row?.value ?? 0);
  }

  private setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  rarityCounts(): RarityCounts {
    const cache = this.rarityTable();
    return { pages: this.metaNumber(RARITY_PAGES), count: (term) => cache.get(term) ?? 0 };
  }

  /** The rarity counts, read whole on first use (the table is capped at RARITY_VOCABULARY terms) and kept up to date by saveRarity. */
  private rarityTable(): Map<string, number> {
    if (!this.rarity) {
      this.rarity = new Map();
      for (const row of this.stmt('SELECT term, n FROM story_term_pages').iterate() as Iterable<{ term: string; n: number }>) this.rarity.set(row.term, row.n);
    }
    return this.rarity;
  }

  saveRarity(update: RarityUpdate): void {
    this.db.transaction(() => {
      const table = this.rarityTable();
      let added = 0;
      const rows: unknown[][] = [];
      for (const [term, n] of update.counts) {
        if (!table.has(term)) added++;
        table.set(term, n);
        rows.push([term, n]);
      }
      this.runMany('INSERT INTO story_term_pages (term, n)', 2, rows, 'ON CONFLICT(term) DO UPDATE SET n = excluded.n');
      let terms = this.metaNumber(RARITY_TERMS) + added;
      if (terms > RARITY_VOCABULARY) {
        const drop = terms - Math.floor(RARITY_VOCABULARY * RARITY_KEEP_SHARE);
        this.stmt('DELETE FROM story_term_pages WHERE term IN (SELECT term FROM story_term_pages ORDER BY n, term LIMIT ?)').run(drop);
        terms -= drop;
        // Which terms went is the table's to say: read again on next use.
        this.rarity = undefined;
      }
      this.setMeta(RARITY_TERMS, String(terms));
      this.setMeta(RARITY_PAGES, String(update.pages));
    })();
  }

  storyStates(): StoryState[] {
    const rows = this.stmt('SELECT s.id, s.label, s.state, (SELECT COUNT(*) FROM story_pages sp WHERE sp.story_id = s.id) AS n FROM stories s ORDER BY s.id').all() as {
      id: string;
      label: string;
      state: string;
      n: number;
    }[];
    // An array of holes: its length is the story's size, and new pages are appended after it.
    return rows.map((r) => ({ ...JSON.parse(r.state), id: r.id, label: r.label, pageIds: new Array<string>(r.n) }));
  }

  eventState(storyId: string): (EventState & { days: { first: string; last: string } | null }) | undefined {
    const row = this.stmt('SELECT dated, first_day, last_day FROM event_stories WHERE story_id = ?').get(storyId) as { dated: number; first_day: string | null; last_day: string | null } | undefined;
    if (!row) return undefined;
    const drafts = (this.stmt('SELECT data FROM event_drafts WHERE story_id = ? ORDER BY ord').all(storyId) as { data: string }[]).map((r) => draftFromJson(r.data));
    const df = new Map((this.stmt('SELECT feature, n FROM event_features WHERE story_id = ?').all(storyId) as { feature: string; n: number }[]).map((r) => [r.feature, r.n]));
    return { drafts, dated: row.dated, df, days: row.first_day && row.last_day ? { first: row.first_day, last: row.last_day } : null };
  }

  draftsOfPages(storyId: string, pageIds: string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (let at = 0; at < pageIds.length; at += MANY_ROWS) {
      const chunk = pageIds.slice(at, at + MANY_ROWS);
      const rows = this.stmt(`SELECT page_id, sentence, ord FROM event_members WHERE story_id = ? AND page_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY seq`).all(storyId, ...chunk) as { page_id: string; sentence: number; ord: number }[];
      for (const r of rows) {
        const key = `${r.page_id}#${r.sentence}`;
        if (!out.has(key)) out.set(key, r.ord);
      }
    }
    return out;
  }


  draftMembers(storyId: string): DraftMember[] {
    const rows = this.stmt('SELECT ord, data FROM event_members WHERE story_id = ? ORDER BY ord, seq').all(storyId) as { ord: number; data: string }[];
    return rows.map((r) => ({ ...JSON.parse(r.data), draft: r.ord }));
  }

  addStoryTitles(storyId: string, titles: StoryTitle[]): string[] {
    // A title keeps its earliest place in source order: the first page that carries it is the one ranked.
    const put = this.stmt(
      `INSERT INTO story_titles (story_id, title, published, seq) VALUES (?, ?, ?, ?)
       ON CONFLICT(story_id, title) DO UPDATE SET published = excluded.published, seq = excluded.seq
       WHERE excluded.published < published OR (excluded.published = published AND excluded.seq < seq)`,
    );
    for (const t of titles) put.run(storyId, t.title, t.published, t.seq);
    return (this.stmt('SELECT title FROM story_titles WHERE story_id = ? ORDER BY published, seq').all(storyId) as { title: string }[]).map((r) => r.title);
  }

  saveStoryUpdate(u: StoryUpdate): void {
    this.db.transaction(() => {
      const id = u.story.id;
      const state = storyStateJson(u.story);
      this.stmt('INSERT INTO stories (id, label, state, summary) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, state = excluded.state, summary = excluded.summary').run(
        id,
        u.story.label,
        state,
        JSON.stringify(u.summary),
      );
      this.runMany('INSERT OR REPLACE INTO story_pages (page_id, story_id)', 2, u.newPageIds.map((pageId) => [pageId, id]));
      // Events are rendered from the kept state from now on (see events()).
      this.stmt('DELETE FROM events WHERE story_id = ?').run(id);
      this.stmt(
        'INSERT INTO event_stories (story_id, dated, first_day, last_day) VALUES (?, ?, ?, ?) ON CONFLICT(story_id) DO UPDATE SET dated = excluded.dated, first_day = excluded.first_day, last_day = excluded.last_day',
      ).run(id, u.events.dated, u.days?.first ?? null, u.days?.last ?? null);
      this.runMany('INSERT OR REPLACE INTO event_drafts (story_id, ord, data)', 3, [...u.changedDrafts].map((d) => [id, d.order, draftToJson(d)]));
      this.runMany(
        'INSERT INTO event_members (story_id, ord, page_id, sentence, data)',
        5,
        u.newMembers.map((m) => {
          const { draft: ord, ...rest } = m;
          return [id, ord, m.ref.pageId, m.ref.sentence, JSON.stringify(rest)];
        }),
      );
      this.runMany('INSERT OR REPLACE INTO event_features (story_id, feature, n)', 3, [...u.changedFeatures].map((f) => [id, f, u.events.df.get(f) ?? 0]));
    })();
  }

  events(storyId: string): Event[] {
    const state = this.eventState(storyId);
    if (!state) {
      const rows = this.stmt('SELECT data FROM events WHERE story_id = ? ORDER BY date, id').all(storyId) as { data: string }[];
      return rows.map((r) => JSON.parse(r.data));
    }
    const byDraft = new Map<number, DraftMember[]>();
    for (const m of this.draftMembers(storyId)) {
      const list = byDraft.get(m.draft);
      if (list) list.push(m);
      else byDraft.set(m.draft, [m]);
    }
    const events = state.drafts.map((d) => renderEvent(storyId, d, byDraft.get(d.order) ?? []));
    return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  eventCount(storyId: string): number {
    const kept = this.stmt('SELECT 1 FROM event_stories WHERE story_id = ?').get(storyId);
    const sql = kept ? 'SELECT COUNT(*) AS n FROM event_drafts WHERE story_id = ?' : 'SELECT COUNT(*) AS n FROM events WHERE story_id = ?';
    return (this.stmt(sql).get(storyId) as { n: number }).n;
  }

  errors(): PageError[] {
    return this.stmt('SELECT source, message FROM errors ORDER BY seq').all() as PageError[];
  }

  pageCount(): number {
    return (this.stmt('SELECT COUNT(*) AS n FROM pages').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}

export function openStore(file: string, options: { keepRaw?: boolean } = {}): Store {
  return new SqliteStore(file, options);
}
