// Exact and near-duplicate pages and sentences: syndicated copies count as one source.
import type { AnalyzedArticle, SentenceRef } from '../model.js';
import { jaccard, shingles, tokens } from '../text/words.js';
import { LshIndex, signature } from './minhash.js';

/** Pages sharing this share of 5-word shingles are copies of one another (rewrites keep most runs of five words). */
export const PAGE_DUPLICATE_JACCARD = 0.5;
/** Sentences sharing this share of 3-word shingles say the same thing in nearly the same words. */
export const SENTENCE_DUPLICATE_JACCARD = 0.6;
/** Sentences shorter than this many words are too generic to call copies ('He said so.'). */
const MIN_SENTENCE_WORDS = 6;

function exactKey(text: string): string {
  return tokens(text).join(' ');
}

interface Seen<T> {
  exact: Map<string, T>;
  lsh: LshIndex<T>;
  shingles: Map<T, Set<string>>;
}

function newSeen<T>(): Seen<T> {
  return { exact: new Map(), lsh: new LshIndex<T>(), shingles: new Map() };
}

/** The earliest item already seen that `text` duplicates, then records `text` as seen. */
function firstCopy<T>(seen: Seen<T>, item: T, text: string, n: number, threshold: number): T | undefined {
  const key = exactKey(text);
  const exact = seen.exact.get(key);
  if (exact !== undefined) return exact;
  seen.exact.set(key, item);
  const sh = shingles(text, n);
  const sig = signature(sh);
  let best: T | undefined;
  let bestScore = threshold;
  for (const cand of seen.lsh.candidates(sig)) {
    const score = jaccard(sh, seen.shingles.get(cand)!);
    if (score >= bestScore) {
      best = cand;
      bestScore = score;
    }
  }
  seen.lsh.add(sig, item);
  seen.shingles.set(item, sh);
  return best;
}

/**
 * Marks copies in a list of articles, earliest first: `duplicateOf` on each article that repeats
 * an earlier page and on each sentence that repeats an earlier sentence (in any page). Returns new objects.
 */
export function markDuplicates(articles: AnalyzedArticle[]): AnalyzedArticle[] {
  const pages = newSeen<string>();
  const sentences = newSeen<string>();
  const refOf = new Map<string, SentenceRef>();
  return articles.map((article) => {
    const pageCopy = article.text.trim() ? firstCopy(pages, article.pageId, article.text, 5, PAGE_DUPLICATE_JACCARD) : undefined;
    const marked = article.sentences.map((s) => {
      const { duplicateOf: _old, ...rest } = s;
      if (tokens(s.text).length < MIN_SENTENCE_WORDS) return rest;
      const id = `${article.pageId}#${s.index}`;
      refOf.set(id, { pageId: article.pageId, sentence: s.index });
      const copy = firstCopy(sentences, id, s.text, 3, SENTENCE_DUPLICATE_JACCARD);
      return copy && !copy.startsWith(article.pageId + '#') ? { ...rest, duplicateOf: refOf.get(copy)! } : rest;
    });
    const { duplicateOf: _oldPage, ...base } = article;
    return pageCopy && pageCopy !== article.pageId ? { ...base, sentences: marked, duplicateOf: pageCopy } : { ...base, sentences: marked };
  });
}
