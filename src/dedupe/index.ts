// Exact and near-duplicate pages and sentences: syndicated copies count as one source.
import type { AnalyzedArticle, SentenceRef } from '../model.js';
import { shingles, tokens } from '../text/words.js';
import { bandKeys, fnv1a, signatureOfHashes } from './minhash.js';

/** Pages sharing this share of 5-word shingles are copies of one another (rewrites keep most runs of five words). */
export const PAGE_DUPLICATE_JACCARD = 0.5;
/** Sentences sharing this share of 3-word shingles say the same thing in nearly the same words. */
export const SENTENCE_DUPLICATE_JACCARD = 0.6;
/** Sentences shorter than this many words are too generic to call copies ('He said so.'). */
const MIN_SENTENCE_WORDS = 6;
/**
 * Earlier items verified per LSH band: the earliest this many (the originals a copy most likely repeats)
 * and the most recent this many (a running story's latest rewrites). A band shared by thousands of
 * earlier near-copies (a wire story republished all day) would otherwise make each new page's check
 * grow with the archive; a true copy shares many bands, so it is met among these in one of them.
 */
export const CANDIDATES_PER_BAND_END = 8;
/** Shingle lengths: five words for pages, three for sentences (sentences are short). */
const PAGE_SHINGLE = 5;
const SENTENCE_SHINGLE = 3;

export function exactKey(text: string): string {
  return tokens(text).join(' ');
}

/**
 * A shingle set as its sorted, distinct 32-bit hashes: a few bytes per shingle, so the store can keep
 * them and a candidate is verified without re-reading and re-splitting its text. Two distinct shingles
 * of one text collide with odds of about one in 2^32 / their count: Jaccard is unchanged in practice.
 */
export function shingleHashes(set: Set<string>): Uint32Array {
  const hashes = new Uint32Array(set.size);
  let i = 0;
  for (const s of set) hashes[i++] = fnv1a(s);
  hashes.sort();
  let n = 0;
  for (let j = 0; j < hashes.length; j++) if (j === 0 || hashes[j] !== hashes[j - 1]) hashes[n++] = hashes[j];
  return hashes.subarray(0, n);
}

/** Jaccard similarity of two sorted, distinct hash lists (0 when both are empty, as for sets). */
export function hashJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

/**
 * What has been seen so far, for one kind of item (pages or sentences): exact keys, LSH band keys
 * and the text behind each item. Kept in memory for one call of markDuplicates, or in the store so
 * that a new batch is compared with every earlier one without loading them all.
 */
export interface CopyIndex {
  /** The first item recorded under an exact key. */
  exact(key: string): string | undefined;
  /**
   * Items sharing a band key, with their shingle hashes: band by band in the order given, each band's
   * items in the order recorded, at most the earliest and the latest `perBandEnd` of each band; no repeats.
   */
  candidates(bands: string[], perBandEnd: number): CopyCandidate[];
  recordExact(key: string, item: string): void;
  recordBands(item: string, bands: string[], hashes: Uint32Array): void;
}

export interface CopyCandidate {
  item: string;
  hashes: Uint32Array;
}

/** A CopyIndex held in memory. */
export class MemoryCopyIndex implements CopyIndex {
  private exactKeys = new Map<string, string>();
  private buckets = new Map<string, string[]>();
  private hashes = new Map<string, Uint32Array>();

  exact(key: string): string | undefined {
    return this.exactKeys.get(key);
  }

  candidates(bands: string[], perBandEnd: number): CopyCandidate[] {
    const out = new Set<string>();
    for (const key of bands) for (const item of bandEnds(this.buckets.get(key) ?? [], perBandEnd)) out.add(item);
    return [...out].map((item) => ({ item, hashes: this.hashes.get(item)! }));
  }

  recordExact(key: string, item: string): void {
    if (!this.exactKeys.has(key)) this.exactKeys.set(key, item);
  }

  recordBands(item: string, bands: string[], hashes: Uint32Array): void {
    this.hashes.set(item, hashes);
    for (const key of bands) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(item);
      else this.buckets.set(key, [item]);
    }
  }
}

/** The first and the last `n` of a list in their order, each once. */
export function bandEnds<T>(list: T[], n: number): T[] {
  return list.length <= 2 * n ? list : [...list.slice(0, n), ...list.slice(list.length - n)];
}

/** The earliest-recorded item that `text` duplicates (best Jaccard of shingles, later wins ties), then records `text`. */
function firstCopy(seen: CopyIndex, item: string, text: string, n: number, threshold: number): string | undefined {
  const key = exactKey(text);
  const exact = seen.exact(key);
  if (exact !== undefined) return exact;
  seen.recordExact(key, item);
  const hashes = shingleHashes(shingles(text, n));
  const bands = bandKeys(signatureOfHashes(hashes));
  let best: string | undefined;
  let bestScore = threshold;
  for (const cand of seen.candidates(bands, CANDIDATES_PER_BAND_END)) {
    const score = hashJaccard(hashes, cand.hashes);
    if (score >= bestScore) {
      best = cand.item;
      bestScore = score;
    }
  }
  seen.recordBands(item, bands, hashes);
  return best;
}

function sentenceItem(pageId: string, index: number): string {
  return `${pageId}#${index}`;
}

function sentenceRef(item: string): SentenceRef {
  const at = item.lastIndexOf('#');
  return { pageId: item.slice(0, at), sentence: Number(item.slice(at + 1)) };
}

/** The two indexes copies are looked up in. */
export interface CopyIndexes {
  pages: CopyIndex;
  sentences: CopyIndex;
}

/**
 * Marks one article against everything recorded before it, then records it: `duplicateOf` on the
 * article when it repeats an earlier page and on each sentence that repeats an earlier sentence
 * (in any other page). Returns a new object; the one comparison both the in-memory and the stored path use.
 */
export function markArticle(article: AnalyzedArticle, seen: CopyIndexes): AnalyzedArticle {
  const pageCopy = article.text.trim() ? firstCopy(seen.pages, article.pageId, article.text, PAGE_SHINGLE, PAGE_DUPLICATE_JACCARD) : undefined;
  const marked = article.sentences.map((s) => {
    const { duplicateOf: _old, ...rest } = s;
    if (tokens(s.text).length < MIN_SENTENCE_WORDS) return rest;
    const copy = firstCopy(seen.sentences, sentenceItem(article.pageId, s.index), s.text, SENTENCE_SHINGLE, SENTENCE_DUPLICATE_JACCARD);
    return copy && !copy.startsWith(article.pageId + '#') ? { ...rest, duplicateOf: sentenceRef(copy) } : rest;
  });
  const { duplicateOf: _oldPage, ...base } = article;
  return pageCopy && pageCopy !== article.pageId ? { ...base, sentences: marked, duplicateOf: pageCopy } : { ...base, sentences: marked };
}

/**
 * Marks copies in a list of articles, earliest first: `duplicateOf` on each article that repeats
 * an earlier page and on each sentence that repeats an earlier sentence (in any page). Returns new objects.
 */
export function markDuplicates(articles: AnalyzedArticle[]): AnalyzedArticle[] {
  const seen: CopyIndexes = { pages: new MemoryCopyIndex(), sentences: new MemoryCopyIndex() };
  return articles.map((article) => markArticle(article, seen));
}

/** Where the stored index lives: the store's copy tables (see store/store.ts). */
export interface CopyStore {
  /** The first item recorded under an exact key, per kind of item ('page', 'sentence'). */
  copyExact(kind: string, key: string): string | undefined;
  /** Items sharing an LSH band key, with their shingle hashes, as CopyIndex.candidates gives them (capped at each band's ends). */
  copyCandidates(kind: string, bands: string[], perBandEnd: number): CopyCandidate[];
  /** Records an item under an exact key, unless one is already there. */
  recordCopyExact(kind: string, key: string, item: string): void;
  recordCopyBands(kind: string, item: string, bands: string[], hashes: Uint32Array): void;
  /** Pages whose copies have not been looked for yet, oldest first. */
  pagesToDedupe(limit: number): string[];
  markDeduped(pageId: string): void;
  article(pageId: string): AnalyzedArticle | undefined;
  updateArticles(articles: AnalyzedArticle[]): void;
  /** Runs work in one transaction (nested ones become savepoints). */
  transaction<T>(work: () => T): T;
}

function storedIndex(store: CopyStore, kind: string): CopyIndex {
  return {
    exact: (key) => store.copyExact(kind, key),
    candidates: (bands, perBandEnd) => store.copyCandidates(kind, bands, perBandEnd),
    recordExact: (key, item) => store.recordCopyExact(kind, key, item),
    recordBands: (item, bands, hashes) => store.recordCopyBands(kind, item, bands, hashes),
  };
}

/**
 * Marks one new article against the stored index and records it there, before it is stored: the
 * article is written once, with its marks, in the caller's transaction (with its page). Pages left
 * unmarked by an earlier run must be marked first (markStoredCopies), so that marks follow ingest order.
 */
export function markNewArticle(store: CopyStore, article: AnalyzedArticle): AnalyzedArticle {
  return markArticle(article, { pages: storedIndex(store, 'page'), sentences: storedIndex(store, 'sentence') });
}

/** Pages marked per transaction: bounds the memory one pass holds however many pages wait. */
const DEDUPE_CHUNK = 200;

/**
 * Marks the stored pages not yet looked at, in the order they were ingested, against the copy
 * index in the store, and records them there. Earlier pages' marks never change (a page copies an
 * EARLIER page), so only these articles are rewritten. Returns how many were marked.
 */
export function markStoredCopies(store: CopyStore): number {
  const seen: CopyIndexes = { pages: storedIndex(store, 'page'), sentences: storedIndex(store, 'sentence') };
  let done = 0;
  for (;;) {
    const ids = store.pagesToDedupe(DEDUPE_CHUNK);
    if (!ids.length) return done;
    store.transaction(() => {
      const marked = ids.flatMap((id) => {
        const article = store.article(id);
        return article ? [markArticle(article, seen)] : [];
      });
      store.updateArticles(marked);
      for (const id of ids) store.markDeduped(id);
    });
    done += ids.length;
  }
}
