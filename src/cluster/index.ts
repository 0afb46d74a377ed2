// Stories as a stream: each new article joins the most similar story or opens one.
// Similarity is scored through an inverted index (term -> stories that weigh it), so placing a page
// costs its terms times a capped posting length: it does not grow with the number of stories.
import { createHash } from 'node:crypto';
import type { AnalyzedArticle } from '../model.js';
import { contentWords } from '../text/words.js';

/** How strongly the title counts against the body when describing an article. */
const TITLE_WEIGHT = 3;
/** Countries are named by nearly every article of a region: they describe a story less than a city does. */
const COUNTRY_WEIGHT = 0.3;
/** Entities (places, actors) name what a story is about more reliably than words; they weigh this much. */
const ENTITY_SHARE = 0.5;
/** A page this similar to two stories shows they are one: they merge (when the index is asked to merge). */
export const MERGE_THRESHOLD = 0.3;

/**
 * One set of defaults, used by the pipeline and by the benchmark alike, so that the figure we
 * publish is the behaviour a user gets.
 */
export const CLUSTER_DEFAULTS = {
  /** Similarity above which an article joins a story. Rarity weights lower every similarity, hence a low bar. */
  join: 0.14,
  /** Words that every news page uses ('said', 'officials') must not link two wars: terms weigh by their rarity in the stream. */
  idf: true,
  /** Long wire pages need fuller profiles than a short page's few words; beyond this the tail is noise. */
  articleTerms: 100,
  /** A story's profile keeps more terms than one page: it must recognise every angle its pages have taken. */
  storyTerms: 300,
  /** 'Libya' and 'Assad' tell two wars apart where 'forces' cannot: words written as names weigh this much more. */
  nameWeight: 3,
  /**
   * Stories kept per term in the index, the heaviest first. A term shared by more stories than this
   * tells them apart poorly anyway; the cap is what keeps the cost per page flat as stories pile up.
   */
  postingCap: 32,
  /** A page's heaviest terms, whose postings propose the candidate stories: its names and rare words. */
  queryTerms: 40,
  /** Candidate stories scored on every term: the rough score ranks the right story among the first few. */
  candidates: 32,
  /**
   * Days between a page and the nearest day of a story within which time says nothing against
   * joining: a story's pages come day after day, so a page a week off its span still continues it.
   */
  graceDays: 10,
  /**
   * Beyond the grace, similarity halves every this many days: the same words (a 'flu' page in 2009
   * and in 2011, a protest in January and a war in March) months apart are rarely one story.
   */
  halfLifeDays: 20,
  /** Time alone never quite vetoes a join: a weak match in words still counts this much. */
  timeFloor: 0.1,
  /**
   * A match this strong in names and words outweighs any gap in time (a sparse story, five pages
   * over four months); below it, time counts in proportion to how weak the match is.
   */
  strongMatch: 0.5,
  /** Two stories whose profiles are at least this alike (time discounting a weak likeness) are one story that opened twice. */
  storiesAlike: 0.4,
  /** At consolidation, a story of at most this many pages is too small to stand alone when another resembles it... */
  smallStory: 20,
  /** ...at least this much (a lower bar than a join: the small story's few pages are all the evidence it has). */
  smallJoin: 0.1,
} as const;

export interface StoryIndexOptions {
  /** Merge near-identical stories as the stream goes on. Off by default: callers that persist stories must handle the absorbed ones. */
  merge?: boolean;
  /** Weigh terms by their rarity in the stream so far. */
  idf?: boolean;
  /** Join threshold, where a caller's profiles call for another. */
  join?: number;
  /** Kept for callers of the earlier API: a page this similar to two stories marks them as merge candidates. */
  mergeAbove?: number;
  /** Two stories merge only when their own profiles are this similar. */
  storiesAlike?: number;
  /** Terms kept per article and per story. */
  articleTerms?: number;
  storyTerms?: number;
  /** Weight of words written as names (capitalised inside a sentence). */
  nameWeight?: number;
  /** Stories kept per term in the inverted index. */
  postingCap?: number;
  queryTerms?: number;
  candidates?: number;
  /** Time proximity: grace, half-life and floor of the time factor (see CLUSTER_DEFAULTS). */
  graceDays?: number;
  halfLifeDays?: number;
  timeFloor?: number;
  strongMatch?: number;
  smallStory?: number;
  smallJoin?: number;
  /** Rarity counts kept from earlier runs (a store's), so that weights do not restart where a batch starts. */
  rarity?: RarityCounts;
}

/** Pages seen before this index, and how many of them held a term: read term by term, as pages need them. */
export interface RarityCounts {
  pages: number;
  count(term: string): number;
}

/** What an index changed in the rarity counts: the new page total and the counts of every term its pages held. */
export interface RarityUpdate {
  pages: number;
  counts: Map<string, number>;
}

export type Profile = Record<string, number>;

export interface StoryState {
  id: string;
  label: string;
  pageIds: string[];
  terms: Profile;
  entities: Profile;
  /** First and last publication day of its pages (ISO dates), where known. Optional: older saved stories lack it. */
  span?: { first: string; last: string };
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

/** Words written with a capital inside a sentence (after a lower-case word or a comma): names, mostly. */
function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[a-z,;] )[A-Z][\p{L}-]+/gu)) for (const w of contentWords(m[0])) out.add(w);
  return out;
}

/** How often each content word occurs, the title's words counting TITLE_WEIGHT times. */
function termCounts(article: AnalyzedArticle): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of contentWords(text)) counts.set(w, (counts.get(w) ?? 0) + weight);
  };
  if (article.title) add(article.title, TITLE_WEIGHT);
  add(article.text, 1);
  return counts;
}

function weighted(article: AnalyzedArticle, counts: Map<string, number>, idf: ((term: string) => number) | undefined, size: number, nameWeight: number): ArticleProfile {
  const names = nameWeight !== 1 ? namesIn(article.text) : new Set<string>();
  const terms: Profile = {};
  for (const [k, n] of counts) terms[k] = Math.log(1 + n) * (idf ? idf(k) : 1) * (names.has(k) ? nameWeight : 1);
  const entities: Profile = {};
  for (const s of article.sentences) {
    for (const m of s.mentions) {
      const weight = m.entityId.startsWith('country:') ? COUNTRY_WEIGHT : 1;
      entities[m.entityId] = (entities[m.entityId] ?? 0) + weight;
    }
  }
  for (const k of Object.keys(entities)) entities[k] = Math.log(1 + entities[k]);
  return { terms: normalise(top(terms, size)), entities: normalise(top(entities, size)) };
}

/**
 * What an article is about: its most telling terms and entities. `idf`, when given, weighs each
 * term by its rarity among the pages seen so far.
 */
export function profileOf(article: AnalyzedArticle, idf?: (term: string) => number, size: number = CLUSTER_DEFAULTS.articleTerms, nameWeight: number = CLUSTER_DEFAULTS.nameWeight): ArticleProfile {
  return weighted(article, termCounts(article), idf, size, nameWeight);
}

function cosine(a: Profile, b: Profile): number {
  let dot = 0;
  for (const [k, v] of Object.entries(a)) if (b[k]) dot += v * b[k];
  return dot;
}

/** Words and entities blended; entities count only where both sides have some. */
function blendSimilarity(termSim: number, entitySim: number, bothHaveEntities: boolean): number {
  return bothHaveEntities ? (1 - ENTITY_SHARE) * termSim + ENTITY_SHARE * entitySim : termSim;
}

export function similarity(a: ArticleProfile, b: ArticleProfile): number {
  const both = Object.keys(a.entities).length > 0 && Object.keys(b.entities).length > 0;
  return blendSimilarity(cosine(a.terms, b.terms), cosine(a.entities, b.entities), both);
}

const DAY_MS = 86_400_000;

/** Day number of an ISO date (or its year/month prefix), or undefined where there is none. */
function dayOf(value: string | undefined | null): number | undefined {
  const m = value?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / DAY_MS;
}

/** Publication dates precise enough to judge a gap of days by; a year or a season says too little. */
const FINE_ENOUGH = new Set(['time', 'day', 'week']);

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface TimeRule {
  graceDays: number;
  halfLifeDays: number;
  timeFloor: number;
  strongMatch: number;
}

/** How much time says for a page joining a story: 1 inside the story's days (with grace), decaying beyond to a floor. */
export function timeFactor(day: number | undefined, first: number | undefined, last: number | undefined, rule: TimeRule): number {
  if (day === undefined || first === undefined || last === undefined) return 1;
  const gap = Math.max(0, first - day, day - last) - rule.graceDays;
  if (gap <= 0) return 1;
  return Math.max(rule.timeFloor, Math.pow(0.5, gap / rule.halfLifeDays));
}

/** A similarity discounted for time: not at all for a strong match, fully for a weak one. */
export function timed(sim: number, factor: number, rule: TimeRule): number {
  return sim * Math.max(factor, Math.min(1, sim / rule.strongMatch));
}

/** A story as the index keeps it: summed (not normalised) term and entity weights, so that a join touches only the page's terms. */
interface LiveStory {
  id: string;
  label: string;
  pageIds: string[];
  terms: Map<string, number>;
  entities: Map<string, number>;
  termNorm: number;
  entityNorm: number;
  first?: number;
  last?: number;
  /**
   * Saved without its days (a store that keeps only the profiles): its span stays unknown, since the
   * days of the pages placed from now on alone would make it look younger and shorter than it is.
   */
  timeUnknown?: boolean;
}

/** A story that another took in at consolidation. */
export interface Absorbed {
  id: string;
  into: string;
}

const ENTITY_KEY = '\u0001';

function norm(map: Map<string, number>): number {
  let s = 0;
  for (const v of map.values()) s += v * v;
  return Math.sqrt(s);
}

export class StoryIndex {
  private stories = new Map<string, LiveStory>();
  /** term (entities behind a prefix) -> story id -> that story's summed weight for it. */
  private postings = new Map<string, Map<string, number>>();
  /** Pages seen per term, for the rarity weights; it grows with the vocabulary, not with the stories. */
  private df = new Map<string, number>();
  private pagesSeen = 0;
  private readonly o: Required<Omit<StoryIndexOptions, 'mergeAbove' | 'rarity'>> & { mergeAbove: number };
  private readonly rarity?: RarityCounts;

  constructor(states: StoryState[] = [], options: StoryIndexOptions = {}) {
    const { rarity, ...rest } = options;
    this.o = { merge: false, mergeAbove: MERGE_THRESHOLD, ...CLUSTER_DEFAULTS, ...rest };
    this.rarity = rarity;
    this.pagesSeen = rarity?.pages ?? 0;
    for (const s of states) this.load(s);
  }

  private load(state: StoryState): void {
    // A saved profile is normalised; scaled by its page count it weighs as the sum of its pages would.
    const n = Math.max(1, state.pageIds.length);
    const story: LiveStory = {
      id: state.id,
      label: state.label,
      // Taken as given, not copied: a store may pass only the length (an array of holes) to append after.
      pageIds: state.pageIds,
      terms: new Map(Object.entries(state.terms).map(([k, v]) => [k, v * n])),
      entities: new Map(Object.entries(state.entities).map(([k, v]) => [k, v * n])),
      termNorm: 0,
      entityNorm: 0,
      first: dayOf(state.span?.first),
      last: dayOf(state.span?.last),
    };
    if (story.first === undefined || story.last === undefined) {
      story.first = story.last = undefined;
      story.timeUnknown = true;
    }
    this.stories.set(story.id, story);
    this.refresh(story, [...story.terms.keys()], [...story.entities.keys()]);
  }

  /** Norms recomputed, profiles trimmed to their heaviest terms, and the postings of `terms`/`entities` brought up to date. */
  private refresh(story: LiveStory, terms: Iterable<string>, entities: Iterable<string>): void {
    for (const [map, size, prefix] of [[story.terms, this.o.storyTerms, ''], [story.entities, this.o.storyTerms, ENTITY_KEY]] as const) {
      // Trimmed only when well over size, so that the sort is paid once per many joins.
      if (map.size > size * 1.5) {
        const dropped = [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(size);
        for (const [k] of dropped) {
          map.delete(k);
          this.postings.get(prefix + k)?.delete(story.id);
        }
      }
    }
    story.termNorm = norm(story.terms);
    story.entityNorm = norm(story.entities);
    for (const k of terms) if (story.terms.has(k)) this.post(k, story);
    for (const k of entities) if (story.entities.has(k)) this.post(ENTITY_KEY + k, story);
  }

  private post(key: string, story: LiveStory): void {
    let list = this.postings.get(key);
    if (!list) this.postings.set(key, (list = new Map()));
    const weight = key.startsWith(ENTITY_KEY) ? story.entities.get(key.slice(1))! : story.terms.get(key)!;
    list.set(story.id, weight);
    if (list.size <= this.o.postingCap) return;
    // Over the cap: the story that weighs the term least (relative to its own size) leaves this list.
    let worst: string | undefined;
    let worstWeight = Infinity;
    for (const [id, w] of list) {
      const s = this.stories.get(id);
      const rel = s ? w / ((key.startsWith(ENTITY_KEY) ? s.entityNorm : s.termNorm) || 1) : -1;
      if (rel < worstWeight || (rel === worstWeight && id > worst!)) {
        worst = id;
        worstWeight = rel;
      }
    }
    list.delete(worst!);
  }

  private profile(article: AnalyzedArticle): ArticleProfile {
    const counts = termCounts(article);
    if (!this.o.idf) return weighted(article, counts, undefined, this.o.articleTerms, this.o.nameWeight);
    this.pagesSeen++;
    // Counts kept elsewhere are read once per term: `df` then holds exactly the terms this index changed.
    for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? this.rarity?.count(t) ?? 0) + 1);
    const pages = Math.log(this.pagesSeen + 1);
    return weighted(article, counts, (t) => pages - Math.log((this.df.get(t) ?? 0) + 1) + 1, this.o.articleTerms, this.o.nameWeight);
  }

  /**
   * Cosine of a profile against the stories most like it. Candidates come from the postings of its
   * heaviest terms and its entities (a rough, partial score); only the best of them are scored on
   * every term. Both steps are bounded, so the cost does not follow the number of stories.
   */
  private scores(profile: ArticleProfile, day: number | undefined): Map<string, number> {
    const terms = Object.entries(profile.terms); // heaviest first, as profiles are built
    const entities = Object.entries(profile.entities);
    const rough = new Map<string, number>();
    for (const [k, v] of terms.slice(0, this.o.queryTerms)) for (const [id, w] of this.postings.get(k) ?? []) rough.set(id, (rough.get(id) ?? 0) + v * w);
    const byTerms = new Map<string, number>();
    for (const [id, dot] of rough) byTerms.set(id, dot / (this.stories.get(id)!.termNorm || 1));
    for (const [k, v] of entities) {
      for (const [id, w] of this.postings.get(ENTITY_KEY + k) ?? []) byTerms.set(id, (byTerms.get(id) ?? 0) + (v * w) / (this.stories.get(id)!.entityNorm || 1));
    }
    const candidates = [...byTerms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.o.candidates);
    const hasEntities = entities.length > 0;
    const out = new Map<string, number>();
    for (const [id] of candidates) {
      const s = this.stories.get(id)!;
      let t = 0;
      for (const [k, v] of terms) t += v * (s.terms.get(k) ?? 0);
      let e = 0;
      for (const [k, v] of entities) e += v * (s.entities.get(k) ?? 0);
      const sim = blendSimilarity(t / (s.termNorm || 1), e / (s.entityNorm || 1), hasEntities && s.entities.size > 0);
      out.set(id, timed(sim, timeFactor(day, s.first, s.last, this.o), this.o));
    }
    return out;
  }

  /** Folds `weight` pages' worth of `profile` into the story's sums. */
  private fold(story: LiveStory, terms: Iterable<[string, number]>, entities: Iterable<[string, number]>, weight: number, days: (number | undefined)[]): void {
    const touchedTerms: string[] = [];
    const touchedEntities: string[] = [];
    for (const [k, v] of terms) {
      story.terms.set(k, (story.terms.get(k) ?? 0) + v * weight);
      touchedTerms.push(k);
    }
    for (const [k, v] of entities) {
      story.entities.set(k, (story.entities.get(k) ?? 0) + v * weight);
      touchedEntities.push(k);
    }
    for (const d of days) {
      if (d === undefined || story.timeUnknown) continue;
      story.first = story.first === undefined ? d : Math.min(story.first, d);
      story.last = story.last === undefined ? d : Math.max(story.last, d);
    }
    this.refresh(story, touchedTerms, touchedEntities);
  }

  /** The larger story takes in the other's pages and profile; the other disappears. */
  private absorb(into: LiveStory, other: LiveStory): void {
    into.pageIds.push(...other.pageIds);
    for (const k of other.terms.keys()) this.postings.get(k)?.delete(other.id);
    for (const k of other.entities.keys()) this.postings.get(ENTITY_KEY + k)?.delete(other.id);
    this.stories.delete(other.id);
    this.fold(into, other.terms, other.entities, 1, [other.first, other.last]);
  }

  /** A story's own profile, normalised, for comparing stories with each other. */
  private profileOfStory(story: LiveStory): ArticleProfile {
    const scale = (map: Map<string, number>, n: number) => Object.fromEntries([...map].map(([k, v]) => [k, v / (n || 1)]));
    return { terms: scale(story.terms, story.termNorm), entities: scale(story.entities, story.entityNorm) };
  }

  /**
   * Other stories at least `above` alike to `story`, best first, among those `accept` allows.
   * With `withTime`, time counts as for a page: a small story is judged much like the pages it holds.
   */
  private alike(story: LiveStory, above: number, accept: (other: LiveStory) => boolean, withTime: boolean): LiveStory[] {
    const found: [LiveStory, number][] = [];
    for (const [id, score] of this.scores(this.profileOfStory(story), undefined)) {
      const other = this.stories.get(id)!;
      if (other === story || !accept(other)) continue;
      const overlap = story.first !== undefined && other.first !== undefined && story.first <= other.last! && other.first <= story.last!;
      const time = withTime && !overlap ? Math.min(timeFactor(story.first, other.first, other.last, this.o), timeFactor(story.last, other.first, other.last, this.o)) : 1;
      const s = timed(score, time, this.o);
      if (s > above) found.push([other, s]);
    }
    return found.sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1)).map(([s]) => s);
  }

  /**
   * Second pass, as evidence grows: each story of at most `maxPages` pages joins the most similar
   * larger story when they are at least `above` alike. Candidates come from the index, so the cost
   * is per small story, not per pair of stories. Returns the ids absorbed, for callers that persist stories.
   */
  absorbSmall(maxPages: number, above: number): string[] {
    return this.absorbSmallInto(maxPages, above).map((m) => m.id);
  }

  private absorbSmallInto(maxPages: number, above: number): Absorbed[] {
    const absorbed: Absorbed[] = [];
    const small = [...this.stories.values()].filter((s) => s.pageIds.length <= maxPages).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const story of small) {
      if (!this.stories.has(story.id)) continue;
      const [best] = this.alike(story, above, (other) => other.pageIds.length > story.pageIds.length, true);
      if (best) {
        this.absorb(best, story);
        absorbed.push({ id: story.id, into: best.id });
      }
    }
    return absorbed;
  }

  /**
   * Stories whose profiles are at least `above` alike become one, the largest keeping its id: the
   * pieces of one story that opened apart early in a stream (two spellings of a name, two sources).
   * Time is left out: profiles of many pages carry enough names to tell stories apart without it.
   * Returns the ids absorbed.
   */
  mergeAlike(above: number = this.o.storiesAlike): string[] {
    return this.mergeAlikeInto(above).map((m) => m.id);
  }

  private mergeAlikeInto(above: number): Absorbed[] {
    const absorbed: Absorbed[] = [];
    for (let changed = true; changed; ) {
      changed = false;
      const bySize = [...this.stories.values()].sort((a, b) => b.pageIds.length - a.pageIds.length || (a.id < b.id ? -1 : 1));
      for (const story of bySize) {
        if (!this.stories.has(story.id)) continue;
        for (const other of this.alike(story, above, (o) => o.pageIds.length <= story.pageIds.length && this.stories.has(o.id), true)) {
          if (!this.stories.has(other.id)) continue;
          this.absorb(story, other);
          absorbed.push({ id: other.id, into: story.id });
          changed = true;
        }
      }
    }
    return absorbed;
  }

  /**
   * What a stream's end (or a batch's) calls for: pieces of one story merged, then stories too small
   * to stand alone folded into the story they resemble. Returns each story absorbed and the one
   * that took it in (a story absorbed first may itself be absorbed later): a caller that persists
   * stories deletes the absorbed ones and saves the stories left.
   */
  consolidate(scope?: Iterable<string>): Absorbed[] {
    if (scope) return this.consolidateAround(new Set(scope));
    return [...this.mergeAlikeInto(this.o.storiesAlike), ...this.absorbSmallInto(this.o.smallStory, this.o.smallJoin)];
  }

  /**
   * consolidate() for a stream that is consolidated batch by batch: only the stories a batch changed
   * are looked at (with any other as partner), since two stories neither of which changed were
   * already judged. The work follows the batch, not the number of stories. Only pieces of one story
   * merge here: folding small stories in mid-stream dilutes the stories that take them in, and the
   * pages after join them wrongly (on a T17 stream consolidated every 200 pages, B-cubed precision
   * fell from 0.97 to 0.78 with it, F1 from 0.83 to 0.81, even when only stories over smallStory
   * pages took them in). That fold is for a stream's end (consolidate() without a scope).
   */
  private consolidateAround(scope: Set<string>): Absorbed[] {
    const absorbed: Absorbed[] = [];
    const inScope = () => [...scope].filter((id) => this.stories.has(id)).map((id) => this.stories.get(id)!);
    // The larger keeps its id (then the smaller id), as in mergeAlike: a reader's links follow the story that held most.
    const keeps = (a: LiveStory, b: LiveStory) => a.pageIds.length > b.pageIds.length || (a.pageIds.length === b.pageIds.length && a.id < b.id);
    const bySize = (a: LiveStory, b: LiveStory) => b.pageIds.length - a.pageIds.length || (a.id < b.id ? -1 : 1);
    for (let changed = true; changed; ) {
      changed = false;
      for (const story of inScope().sort(bySize)) {
        if (!this.stories.has(story.id)) continue;
        for (const other of this.alike(story, this.o.storiesAlike, (o) => this.stories.has(o.id), true)) {
          if (!this.stories.has(other.id) || !this.stories.has(story.id)) continue;
          const [into, gone] = keeps(story, other) ? [story, other] : [other, story];
          this.absorb(into, gone);
          absorbed.push({ id: gone.id, into: into.id });
          scope.add(into.id);
          changed = true;
        }
      }
    }
    return absorbed;
  }

  /** The rarity counts this index changed (every term its pages held), for a caller that keeps them between runs. */
  rarityUpdate(): RarityUpdate {
    return { pages: this.pagesSeen, counts: new Map(this.df) };
  }

  all(): StoryState[] {
    return [...this.stories.values()].map((s) => {
      const p = this.profileOfStory(s);
      const state: StoryState = { id: s.id, label: s.label, pageIds: s.pageIds, terms: top(p.terms, this.o.storyTerms), entities: top(p.entities, this.o.storyTerms) };
      if (s.first !== undefined) state.span = { first: isoDay(s.first), last: isoDay(s.last!) };
      return state;
    });
  }

  /** How many stories the index holds. */
  get size(): number {
    return this.stories.size;
  }

  /** Places an article and returns the id of its story. */
  assign(article: AnalyzedArticle): string {
    const profile = this.profile(article);
    const day = dayOf(FINE_ENOUGH.has(article.published?.granularity ?? '') ? article.published!.value : undefined);
    let best: LiveStory | undefined;
    let bestScore = this.o.join;
    const scores = this.scores(profile, day);
    for (const [id, score] of scores) {
      if (score > bestScore || (score === bestScore && best && id < best.id)) {
        best = this.stories.get(id)!;
        bestScore = score;
      }
    }
    let id: string;
    if (best) {
      best.pageIds.push(article.pageId);
      this.fold(best, Object.entries(profile.terms), Object.entries(profile.entities), 1, [day]);
      id = best.id;
    } else {
      id = 'story-' + createHash('sha256').update(article.pageId).digest('hex').slice(0, 10);
      const story: LiveStory = { id, label: article.title ?? article.text.slice(0, 80), pageIds: [article.pageId], terms: new Map(), entities: new Map(), termNorm: 0, entityNorm: 0 };
      this.stories.set(id, story);
      this.fold(story, Object.entries(profile.terms), Object.entries(profile.entities), 1, [day]);
    }
    if (best && this.o.merge) this.mergeLinked(best, scores);
    return id;
  }

  /** A page that joins two stories strongly shows they may be one: they merge when their own profiles are alike too. */
  private mergeLinked(story: LiveStory, scores: Map<string, number>): void {
    const mine = this.profileOfStory(story);
    for (const [id, score] of [...scores].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const other = this.stories.get(id);
      if (!other || other === story || score <= this.o.mergeAbove) continue;
      if (similarity(mine, this.profileOfStory(other)) > this.o.storiesAlike) this.absorb(story, other);
    }
  }
}
