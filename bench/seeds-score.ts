// Scores a run of the whole flow against a gold.json in the seeds' format (see its 'about' and 'traps').
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { AnalyzedArticle, Event } from '../src/model.js';
import { contentWords, jaccard } from '../src/text/words.js';
import { distanceKm } from '../src/analyze/places/distance.js';

export interface GoldDocument {
  title: string;
  title_line: number;
  published: string | null;
  site: string | null;
  body: number[];
  drop: number[];
}

export interface GoldEvent {
  date: string;
  source: string;
  fact: string;
  granularity?: string;
  date_tolerance_days?: number;
}

export interface Gold {
  documents: Record<string, GoldDocument>;
  story: {
    places: Record<string, { mentions: string[]; lat: number; lon: number; within_km: number }>;
    actors: Record<string, string[]>;
    events: GoldEvent[];
  };
}

export function readGold(file: string): Gold {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** What a run produced for the gold's pages: articles by file name, the stories and their timeline entries. */
export interface RunResult {
  articles: Map<string, AnalyzedArticle>;
  storyOf: Map<string, string>;
  timelines: Map<string, Event[]>;
  places: Map<string, { lat: number; lon: number; name: string }>;
}


function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every occurrence of a spelling in a text, as a whole word and with its case as given. */
function occurrences(text: string, spelling: string): { start: number; end: number }[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

export interface EntityCheck {
  name: string;
  spellingsFound: number;
  spellingsResolved: number;
  entities: string[];
  ok: boolean;
  detail: string;
}

/** For each gold entity: every occurrence of each of its spellings must be a mention of one and the same entity. */
function checkEntities(
  run: RunResult,
  groups: [string, string[]][],
  kind: 'place' | 'actor',
  accept: (name: string, entityId: string) => boolean,
): EntityCheck[] {
  return groups.map(([name, spellings]) => {
    const entities = new Set<string>();
    let found = 0;
    let resolved = 0;
    const missing: string[] = [];
    for (const spelling of spellings) {
      let seen = false;
      let allResolved = true;
      for (const article of run.articles.values()) {
        const mentions = article.sentences.flatMap((s) => s.mentions).filter((m) => m.kind === kind);
        for (const occ of occurrences(article.text, spelling)) {
          seen = true;
          const hit = mentions.find((m) => m.start < occ.end && occ.start < m.end);
          if (hit && accept(name, hit.entityId)) entities.add(hit.entityId);
          else allResolved = false;
        }
      }
      if (!seen) continue;
      found++;
      if (allResolved) resolved++;
      else missing.push(spelling);
    }
    const ok = found > 0 && resolved === found && entities.size === 1;
    const detail = missing.length ? `unresolved: ${missing.join(', ')}` : entities.size > 1 ? `split over ${[...entities].join(', ')}` : '';
    return { name, spellingsFound: found, spellingsResolved: resolved, entities: [...entities], ok, detail };
  });
}

export function checkPlaces(run: RunResult, gold: Gold): EntityCheck[] {
  const golds = gold.story.places;
  return checkEntities(run, Object.entries(golds).map(([n, p]) => [n, p.mentions]), 'place', (name, id) => {
    const place = run.places.get(id);
    return !!place && distanceKm(place, golds[name]) <= golds[name].within_km;
  });
}

export function checkActors(run: RunResult, gold: Gold): EntityCheck[] {
  return checkEntities(run, Object.entries(gold.story.actors), 'actor', () => true);
}

function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

export interface EventCheck {
  event: GoldEvent;
  sentence: string | null;
  found: boolean;
  entryDate: string | null;
}

/**
 * A gold event is found when the timeline has an entry, dated as the gold says, whose sources include
 * the sentence of the gold page that states the fact (the page's sentence most like the gold fact).
 */
export function checkEvents(run: RunResult, gold: Gold): EventCheck[] {
  const entries = [...run.timelines.values()].flat();
  return gold.story.events.map((event) => {
    const article = run.articles.get(event.source);
    if (!article) return { event, sentence: null, found: false, entryDate: null };
    const fact = new Set(contentWords(event.fact.replace(/\(.*?\)/g, '')));
    const best = [...article.sentences].sort((a, b) => jaccard(new Set(contentWords(b.text)), fact) - jaccard(new Set(contentWords(a.text)), fact))[0];
    const entry = entries.find((e) => e.sources.some((s) => s.pageId === article.pageId && s.sentence === best.index) && dateMatches(e, event));
    const anyEntry = entries.find((e) => e.sources.some((s) => s.pageId === article.pageId && s.sentence === best.index));
    return { event, sentence: best.text, found: !!entry, entryDate: (entry ?? anyEntry)?.date ?? null };
  });
}

function dateMatches(entry: Event, event: GoldEvent): boolean {
  if (event.granularity === 'month') return entry.granularity === 'month' && entry.date === event.date;
  if (entry.granularity !== 'day' && entry.granularity !== 'time') return false;
  return dayDiff(entry.date.slice(0, 10), event.date) <= (event.date_tolerance_days ?? 0);
}

/** Timeline entries dated in a year that no page of their story was published in (a copyright year, the year of the run). */
export function badDates(run: RunResult): Event[] {
  const bad: Event[] = [];
  for (const [storyId, entries] of run.timelines) {
    const years = [...run.articles.values()]
      .filter((a) => run.storyOf.get(a.pageId) === storyId && a.published)
      .map((a) => Number(a.published!.value.slice(0, 4)));
    const from = Math.min(...years);
    const to = Math.max(...years);
    for (const e of entries) {
      const year = Number(e.date.slice(0, 4));
      if (!years.length || year < from || year > to) bad.push(e);
    }
  }
  return bad;
}

export interface LineCheck {
  file: string;
  bodyFound: number;
  bodyTotal: number;
  dropRemoved: number;
  dropTotal: number;
  keptDropLines: number[];
  lostBodyLines: number[];
  title: string | null;
  titleRight: boolean;
  published: string | null;
  dateRight: boolean;
}

export function checkDocuments(run: RunResult, gold: Gold): LineCheck[] {
  return Object.entries(gold.documents).map(([file, doc]) => {
    const article = run.articles.get(basename(file));
    const bodyLines = new Set(article?.paragraphs.map((p) => p.line) ?? []);
    const lostBodyLines = doc.body.filter((n) => !bodyLines.has(n));
    const keptDropLines = doc.drop.filter((n) => bodyLines.has(n));
    const title = article?.title ?? null;
    const published = article?.published?.value ?? null;
    return {
      file,
      bodyFound: doc.body.length - lostBodyLines.length,
      bodyTotal: doc.body.length,
      dropRemoved: doc.drop.length - keptDropLines.length,
      dropTotal: doc.drop.length,
      keptDropLines,
      lostBodyLines,
      title,
      titleRight: !!article && title?.replace(/\s+/g, ' ').trim() === doc.title,
      published,
      dateRight: !!article && published === doc.published,
    };
  });
}

/** The countries a seed story is set in, when gold.json does not say ('story.countries'): the seeds are the Syrian war. */
const DEFAULT_STORY_COUNTRIES = ['SY', 'IQ'];

export interface PinOutside {
  place: string;
  countryCode: string;
  page: string;
  /** The first sentence of the page that mentions the place, so a reader can judge whether the page discusses it. */
  sentence: string;
}

/**
 * Every place pinned for the story (a page's places) that lies outside the story's countries, with the
 * sentence that names it: each should be a place the pages really discuss, never a misread word.
 * Pins with no country (regions, seas) count as outside too.
 */
export function pinsOutside(run: RunResult, gold: Gold & { story: { countries?: string[] } }): PinOutside[] {
  const inside = new Set(gold.story.countries ?? DEFAULT_STORY_COUNTRIES);
  const out: PinOutside[] = [];
  const seen = new Set<string>();
  for (const [file, article] of [...run.articles.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const place of article.places) {
      if (inside.has(place.countryCode) || seen.has(`${file}|${place.id}`)) continue;
      seen.add(`${file}|${place.id}`);
      const sentence = article.sentences.find((s) => s.mentions.some((m) => m.kind === 'place' && m.entityId === place.id));
      out.push({ place: `${place.name} (${place.id})`, countryCode: place.countryCode, page: file, sentence: sentence?.text.replace(/\s+/g, ' ').trim() ?? '(no sentence: named outside the kept text)' });
    }
  }
  return out;
}
