// Stories as a stream: each new article joins the most similar story or opens one.
// Candidates come from an inverted index over entities and key terms, so the cost of placing a
// page depends on the stories that share its words, not on how many stories exist.
import { createHash } from 'node:crypto';
import type { AnalyzedArticle } from '../model.js';
import { contentWords } from '../text/words.js';

/** How strongly the title counts against the body when describing an article. */
const TITLE_WEIGHT = 3;
/** Terms kept per article and per story profile: enough to describe a topic, few enough to stay cheap. */
const PROFILE_TERMS = 40;
/** Entities (places, actors) name what a story is about more reliably than words; they weigh this much. */
const ENTITY_SHARE = 0.5;
/** Similarity above which an article joins a story. Tuned on the seeds and the examples (two stories). */
export const JOIN_THRESHOLD = 0.18;
/** Countries are named by nearly every article of a region: they describe a story less than a city does. */
const COUNTRY_WEIGHT = 0.3;
/** A story's profile keeps more terms than one article's: it must recognise every angle its pages have taken. */
const STORY_TERMS = 100;
/** A page this similar to two stories shows they are one: they merge (when the index is asked to merge). */
export const MERGE_THRESHOLD = 0.3;

export interface StoryIndexOptions {
  /** Merge two stories when one page joins both strongly. Off by default: callers that persist stories must handle the absorbed ones. */
  merge?: boolean;
  /** Weigh terms by their rarity in the stream so far. Off by default, where the seeds' and examples' thresholds were tuned. */
  idf?: boolean;
  /** Join and merge thresholds, where a caller's profiles call for others (rarity weights lower every similarity). */
  join?: number;
  mergeAbove?: number;
  /** Terms kept per article and per story, where long pages need more than a short page's few. */
  /** Two stories a page links merge only when their own profiles are this similar: a page about both Syria and Libya must not make them one story. */
  storiesAlike?: number;
  articleTerms?: number;
  storyTerms?: number;
  /** Weight of words written as names (capitalised inside a sentence): 'Libya' and 'Assad' tell two wars apart where 'forces' cannot. */
  nameWeight?: number;
}

export type Profile = Record<string, number>;

export interface StoryState {
  id: string;
  label: string;
  pageIds: string[];
  terms: Profile;
  entities: Profile;
}

export interface ArticleProfile {
  terms: Profile;
  entities: Profile;
}

function top(profile: Profile, n: number): Profile {
  const entries = Object.entries(profile).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, n));
}

function normalise(profile: Profile): Profile {
  const norm = Math.sqrt(Object.values(profile).reduce((s, v) => s + v * v, 0)) || 1;
  return Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v / norm]));
}

/**
 * What an article is about: its most telling terms and entities. `idf`, when given, weighs each
 * term by its rarity among the pages seen so far, so that words every news page uses ('said',
 * 'officials') stop linking unrelated stories.
 */
/** Words written with a capital inside a sentence (after a lower-case word or a comma): names, mostly. */
function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[a-z,;] )[A-Z][\p{L}-]+/gu)) for (const w of contentWords(m[0])) out.add(w);
  return out;
}

export function profileOf(article: AnalyzedArticle, idf?: (term: string) => number, size = PROFILE_TERMS, nameWeight = 1): ArticleProfile {
  const terms: Profile = {};
  const add = (text: string, weight: number) => {
    for (const w of contentWords(text)) terms[w] = (terms[w] ?? 0) + weight;
  };
  if (article.title) add(article.title, TITLE_WEIGHT);
  add(article.text, 1);
  const entities: Profile = {};
  for (const s of article.sentences) {
    for (const m of s.mentions) {
      const weight = m.entityId.startsWith('country:') ? COUNTRY_WEIGHT : 1;
      entities[m.entityId] = (entities[m.entityId] ?? 0) + weight;
    }
  }
  const names = nameWeight !== 1 ? namesIn(article.text) : new Set<string>();
  for (const k of Object.keys(terms)) terms[k] = Math.log(1 + terms[k]) * (idf ? idf(k) : 1) * (names.has(k) ? nameWeight : 1);
  for (const k of Object.keys(entities)) entities[k] = Math.log(1 + entities[k]);
  return { terms: normalise(top(terms, size)), entities: normalise(top(entities, size)) };
}

function cosine(a: Profile, b: Profile): number {
  let dot = 0;
  for (const [k, v] of Object.entries(a)) if (b[k]) dot += v * b[k];
  return dot;
}

export function similarity(a: ArticleProfile, b: ArticleProfile): number {
  const hasEntities = Object.keys(a.entities).length > 0 && Object.keys(b.entities).length > 0;
  const termSim = cosine(a.terms, b.terms);
  return hasEntities ? (1 - ENTITY_SHARE) * termSim + ENTITY_SHARE * cosine(a.entities, b.entities) : termSim;
}

/** Folds `weight` pages described by `profile` into a story that already had `n - weight` pages. */
function merge(story: StoryState, profile: ArticleProfile, weight = 1, size = STORY_TERMS): void {
  const n = story.pageIds.length;
  const blend = (old: Profile, add: Profile) => {
    const out: Profile = {};
    for (const [k, v] of Object.entries(old)) out[k] = (v * (n - weight)) / n;
    for (const [k, v] of Object.entries(add)) out[k] = (out[k] ?? 0) + (v * weight) / n;
    return normalise(top(out, size));
  };
  story.terms = blend(story.terms, profile.terms);
  story.entities = blend(story.entities, profile.entities);
}

export class StoryIndex {
  private stories = new Map<string, StoryState>();
  private postings = new Map<string, Set<string>>();
  /** Pages seen per term, for the rarity weights; it grows with the vocabulary, not with the stories. */
  private df = new Map<string, number>();
  private pagesSeen = 0;

  constructor(states: StoryState[] = [], private options: StoryIndexOptions = {}) {
    for (const s of states) this.put(s);
  }

  private put(story: StoryState): void {
    this.stories.set(story.id, story);
    for (const key of [...Object.keys(story.terms), ...Object.keys(story.entities)]) {
      let set = this.postings.get(key);
      if (!set) this.postings.set(key, (set = new Set()));
      set.add(story.id);
    }
  }

  private profile(article: AnalyzedArticle): ArticleProfile {
    if (!this.options.idf) return profileOf(article, undefined, this.options.articleTerms, this.options.nameWeight);
    const terms = new Set(contentWords(article.text));
    this.pagesSeen++;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    return profileOf(article, (t) => Math.log((this.pagesSeen + 1) / ((this.df.get(t) ?? 0) + 1)) + 1, this.options.articleTerms, this.options.nameWeight);
  }

  /** The larger story takes in the other's pages and profile; the other disappears. */
  private absorb(into: StoryState, other: StoryState): void {
    into.pageIds.push(...other.pageIds);
    merge(into, other, other.pageIds.length, this.options.storyTerms);
    this.stories.delete(other.id);
  }

  /**
   * Second pass, as evidence grows: each story of at most `maxPages` pages joins the most similar
   * larger story when they are at least `above` alike. Candidates come from the index, so the cost
   * is per small story, not per pair of stories. Returns the ids absorbed, for callers that persist stories.
   */
  absorbSmall(maxPages: number, above: number): string[] {
    const absorbed: string[] = [];
    const small = [...this.stories.values()].filter((s) => s.pageIds.length <= maxPages).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const story of small) {
      const candidates = new Set<string>();
      for (const key of [...Object.keys(story.terms), ...Object.keys(story.entities)]) for (const id of this.postings.get(key) ?? []) candidates.add(id);
      let best: StoryState | undefined;
      let bestScore = above;
      for (const id of [...candidates].sort()) {
        const other = this.stories.get(id);
        if (!other || other === story || other.pageIds.length <= story.pageIds.length) continue;
        const score = similarity(story, other);
        if (score > bestScore) {
          best = other;
          bestScore = score;
        }
      }
      if (best) {
        this.absorb(best, story);
        this.put(best);
        absorbed.push(story.id);
      }
    }
    return absorbed;
  }

  all(): StoryState[] {
    return [...this.stories.values()];
  }

  /** Places an article and returns the id of its story. */
  assign(article: AnalyzedArticle): string {
    const profile = this.profile(article);
    const candidates = new Set<string>();
    for (const key of [...Object.keys(profile.terms), ...Object.keys(profile.entities)]) {
      for (const id of this.postings.get(key) ?? []) candidates.add(id);
    }
    let best: StoryState | undefined;
    let bestScore = this.options.join ?? JOIN_THRESHOLD;
    const mergeAbove = this.options.mergeAbove ?? MERGE_THRESHOLD;
    const strong: StoryState[] = [];
    for (const id of [...candidates].sort()) {
      const story = this.stories.get(id);
      if (!story) continue; // absorbed by a merge; its postings are left to go stale
      const score = similarity(profile, story);
      if (score > mergeAbove) strong.push(story);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (best) {
      best.pageIds.push(article.pageId);
      merge(best, profile, 1, this.options.storyTerms);
      if (this.options.merge) {
        for (const other of strong) if (other !== best && similarity(best, other) > (this.options.storiesAlike ?? 0)) this.absorb(best, other);
      }
      this.put(best);
      return best.id;
    }
    const id = 'story-' + createHash('sha256').update(article.pageId).digest('hex').slice(0, 10);
    this.put({ id, label: article.title ?? article.text.slice(0, 80), pageIds: [article.pageId], ...profile });
    return id;
  }
}
