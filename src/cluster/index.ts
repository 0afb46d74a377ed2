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

export function profileOf(article: AnalyzedArticle): ArticleProfile {
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
  for (const k of Object.keys(terms)) terms[k] = Math.log(1 + terms[k]);
  for (const k of Object.keys(entities)) entities[k] = Math.log(1 + entities[k]);
  return { terms: normalise(top(terms, PROFILE_TERMS)), entities: normalise(top(entities, PROFILE_TERMS)) };
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

function merge(story: StoryState, profile: ArticleProfile): void {
  const n = story.pageIds.length;
  const blend = (old: Profile, add: Profile) => {
    const out: Profile = {};
    for (const [k, v] of Object.entries(old)) out[k] = (v * (n - 1)) / n;
    for (const [k, v] of Object.entries(add)) out[k] = (out[k] ?? 0) + v / n;
    return normalise(top(out, PROFILE_TERMS));
  };
  story.terms = blend(story.terms, profile.terms);
  story.entities = blend(story.entities, profile.entities);
}

export class StoryIndex {
  private stories = new Map<string, StoryState>();
  private postings = new Map<string, Set<string>>();

  constructor(states: StoryState[] = []) {
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

  all(): StoryState[] {
    return [...this.stories.values()];
  }

  /** Places an article and returns the id of its story. */
  assign(article: AnalyzedArticle): string {
    const profile = profileOf(article);
    const candidates = new Set<string>();
    for (const key of [...Object.keys(profile.terms), ...Object.keys(profile.entities)]) {
      for (const id of this.postings.get(key) ?? []) candidates.add(id);
    }
    let best: StoryState | undefined;
    let bestScore = JOIN_THRESHOLD;
    for (const id of [...candidates].sort()) {
      const story = this.stories.get(id)!;
      const score = similarity(profile, story);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (best) {
      best.pageIds.push(article.pageId);
      merge(best, profile);
      this.put(best);
      return best.id;
    }
    const id = 'story-' + createHash('sha256').update(article.pageId).digest('hex').slice(0, 10);
    this.put({ id, label: article.title ?? article.text.slice(0, 80), pageIds: [article.pageId], ...profile });
    return id;
  }
}
