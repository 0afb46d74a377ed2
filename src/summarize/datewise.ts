// Timeline summarization in the 'date-wise' manner (Ghalandari & Ifrim 2020): first decide which
// days matter, from how many reports point at each day; then, for each chosen day, pick the
// sentences that best represent what was said about it, without repeating one another.
// A pure function of dated sentences, so that the product and the Timeline17 benchmark share it.
import { contentWords } from '../text/words.js';

/** Sentences from the top of an article that name no date report its publication day or the day before. */
const LEAD_SENTENCES = 5;
/** How many days before its publication an undated lead sentence may describe (the paper's 'pub_end'). */
const LEAD_REACH_DAYS = 2;
/** A publication on a day counts this much towards its importance, next to each article that names the day. */
const PUBLICATION_WEIGHT = 0.5;
/** Each further sentence of one article naming a day counts this much: the second mention says less than the first. */
const EXTRA_MENTION_WEIGHT = 0.25;
/** A day still named more than this many days after it is one that mattered: news looks back at turning points. */
const LOOKBACK_MIN_DAYS = 3;
/** How much more such a look back counts than a mention of a day just past. */
const LOOKBACK_WEIGHT = 1.5;
/** Sentences more similar than this (tf-idf cosine) to one already chosen would repeat it. */
const REDUNDANT_COSINE = 0.5;
/**
 * Sentence length, in tokens, outside which a sentence is rarely a clean statement of what happened:
 * shorter ones are datelines and fragments; journalists' timeline entries run one short clause,
 * so long sentences mostly add words the reader (and ROUGE precision) does not need.
 */
const MIN_WORDS = 9;
const MAX_WORDS = 40;

export interface TlsSentence {
  /** The sentence as it should appear in the timeline. */
  text: string;
  /** The day (YYYY-MM-DD) the sentence names, when it names one. */
  date: string | null;
}

export interface TlsArticle {
  id: string;
  /** Publication day, YYYY-MM-DD. */
  published: string;
  sentences: TlsSentence[];
}

export interface TlsOptions {
  /** Number of dates in the timeline. */
  dates: number;
  /** Sentences per date. */
  perDate: number;
  /** First and last day the timeline may show. */
  from?: string;
  to?: string;
}

export type DailySummaries = Map<string, string[]>;

type Vector = Map<string, number>;

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function add<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/**
 * How important each day is: the articles that name it (a little more for each further mention,
 * more when they look back at it days later), and those published on it. An article naming its own
 * day ('on Tuesday' in Tuesday's paper) adds nothing to its publication: that is just today's news.
 */
export function rankDates(articles: TlsArticle[]): Map<string, number> {
  const score = new Map<string, number>();
  for (const a of articles) {
    const mentions = new Map<string, number>();
    for (const s of a.sentences) if (s.date && s.date !== a.published) add(mentions, s.date, 1);
    const lookedBack = shiftDay(a.published, -LOOKBACK_MIN_DAYS);
    for (const [day, n] of mentions) add(score, day, (1 + EXTRA_MENTION_WEIGHT * (n - 1)) * (day < lookedBack ? LOOKBACK_WEIGHT : 1));
    add(score, a.published, PUBLICATION_WEIGHT);
  }
  return score;
}

interface Candidate {
  text: string;
  words: string[];
}

/** For each day, what may be said about it: sentences that name it, and undated lead sentences published on it or just after. */
function candidatesByDay(articles: TlsArticle[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  const push = (day: string, s: TlsSentence) => {
    const words = contentWords(s.text);
    const n = s.text.split(/\s+/).length;
    if (n < MIN_WORDS || n > MAX_WORDS || !words.length) return;
    const list = out.get(day) ?? [];
    list.push({ text: s.text, words });
    out.set(day, list);
  };
  for (const a of articles) {
    a.sentences.forEach((s, i) => {
      if (s.date) push(s.date, s);
      else if (i < LEAD_SENTENCES) for (let k = 0; k < LEAD_REACH_DAYS; k++) push(shiftDay(a.published, -k), s);
    });
  }
  return out;
}

function idfOf(articles: TlsArticle[]): (w: string) => number {
  const df = new Map<string, number>();
  let n = 0;
  for (const a of articles) {
    for (const s of a.sentences) {
      n++;
      for (const w of new Set(contentWords(s.text))) add(df, w, 1);
    }
  }
  return (w) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
}

function tfidf(words: string[], idf: (w: string) => number): Vector {
  const v: Vector = new Map();
  for (const w of words) add(v, w, 1);
  let norm = 0;
  for (const [w, tf] of v) {
    const x = tf * idf(w);
    v.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  let na = 0;
  let nb = 0;
  for (const x of a.values()) na += x * x;
  for (const x of b.values()) nb += x * x;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function sum(vectors: Vector[]): Vector {
  const out: Vector = new Map();
  for (const v of vectors) for (const [w, x] of v) add(out, w, x);
  return out;
}

/** Greedy choice of the sentences whose sum stays closest to the day's centroid, skipping repeats. */
function summarizeDay(candidates: Candidate[], k: number, idf: (w: string) => number, used: Vector[]): { texts: string[]; vectors: Vector[] } {
  const seen = new Set<string>();
  const pool = candidates
    .filter((c) => !seen.has(c.text) && seen.add(c.text))
    .map((c) => ({ c, v: tfidf(c.words, idf) }));
  const centroid = sum(pool.map((p) => p.v));
  const chosen: typeof pool = [];
  let summary: Vector = new Map();
  const remaining = new Set(pool);
  while (chosen.length < k && remaining.size) {
    let best: (typeof pool)[number] | undefined;
    let bestScore = -Infinity;
    for (const p of remaining) {
      if ([...chosen.map((x) => x.v), ...used].some((v) => cosine(v, p.v) > REDUNDANT_COSINE)) continue;
      const score = cosine(sum([summary, p.v]), centroid);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (!best) break;
    remaining.delete(best);
    chosen.push(best);
    summary = sum([summary, best.v]);
  }
  return { texts: chosen.map((p) => p.c.text), vectors: chosen.map((p) => p.v) };
}

/** A timeline of `dates` days with up to `perDate` sentences each, in date order. */
export function summarizeTimeline(articles: TlsArticle[], options: TlsOptions): DailySummaries {
  const inRange = (d: string) => (!options.from || d >= options.from) && (!options.to || d <= options.to);
  const ranked = [...rankDates(articles)].filter(([d]) => inRange(d)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const candidates = candidatesByDay(articles);
  const idf = idfOf(articles);
  const out: DailySummaries = new Map();
  const used: Vector[] = [];
  for (const [day] of ranked) {
    if (out.size >= options.dates) break;
    const pool = candidates.get(day);
    if (!pool?.length) continue;
    const { texts, vectors } = summarizeDay(pool, options.perDate, idf, used);
    if (!texts.length) continue;
    out.set(day, texts);
    used.push(...vectors);
  }
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
