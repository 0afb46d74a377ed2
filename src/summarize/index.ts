// A story's timeline (which dates matter, what happened on each) and a short extractive summary.
import type { Event, Granularity, Summary, Timeline } from '../model.js';
import { contentWords, jaccard } from '../text/words.js';

/** How far before its earliest page a story's timeline reaches: news looks back a season ('two months ago'), not years. */
export const LOOKBACK_DAYS = 92;
/** A page may report what happens the day after its date line (time zones, late editions). */
const LOOKAHEAD_DAYS = 1;
/** Dates this coarse say when, but not what happened when: they stay out of the timeline. */
const TOO_COARSE: Granularity[] = ['year', 'decade'];
/** Sentences in the summary unless asked otherwise. */
export const SUMMARY_SENTENCES = 5;
/** Weight of novelty against importance when picking summary sentences (maximal marginal relevance). */
const MMR_LAMBDA = 0.7;
/** How much a summary sentence about a day already in the summary counts as repeating it. */
const SAME_DAY_OVERLAP = 1;

export interface Window {
  from: string;
  to: string;
}

function shiftDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The span of dates a story's timeline may show, from its pages' publication dates; null when none is dated. */
export function storyWindow(published: string[]): Window | null {
  const days = published.filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p)).sort();
  if (!days.length) return null;
  return { from: shiftDays(days[0], -LOOKBACK_DAYS), to: shiftDays(days[days.length - 1], LOOKAHEAD_DAYS) };
}

/** First and last day a date value covers ('2017-09' covers 2017-09-01..2017-09-30). */
export function dateRange(value: string): { first: string; last: string } | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return { first: value.slice(0, 10), last: value.slice(0, 10) };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const end = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { first: `${value}-01`, last: `${value}-${String(end).padStart(2, '0')}` };
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7);
    const first = monday.toISOString().slice(0, 10);
    return { first, last: shiftDays(first, 6) };
  }
  if (/^\d{4}$/.test(value)) return { first: `${value}-01-01`, last: `${value}-12-31` };
  return null;
}

function inWindow(event: Event, window: Window | null): boolean {
  if (TOO_COARSE.includes(event.granularity)) return false;
  const range = dateRange(event.date);
  if (!range) return false;
  return !window || (range.last >= window.from && range.first <= window.to);
}

export interface TimelineOptions {
  window?: Window | null;
  /** Keep only this many entries, the most significant ones (see `significance`), told in date order. */
  limit?: number;
  /** Keep only this many dates, the ones with the most reported events. */
  dates?: number;
  /** Keep at most this many events per date. */
  perDate?: number;
}

/** Entries a terminal shows at once when nobody asks for more (`timeline --all` shows every one). */
export const SCREEN_ENTRIES = 20;

/** What makes an event matter to a reader, added to its score: each rule small and named. */
const SIGNIFICANCE_RULES: { name: string; weight: number; applies: (e: Event) => boolean }[] = [
  { name: 'political violence (ACLED battles, explosions, violence against civilians)', weight: 0.5, applies: (e) => ['Battles', 'Explosions/Remote violence', 'Violence against civilians'].includes(e.type) },
  { name: 'a change of who holds ground', weight: 0.5, applies: (e) => /territory/.test(e.subType ?? '') },
  { name: 'people killed', weight: 0.5, applies: (e) => (e.fatalities?.value ?? 0) > 0 },
  { name: 'sources disagree (a reader needs to see it)', weight: 0.25, applies: (e) => e.disagreements.length > 0 },
  { name: 'named actors', weight: 0.25, applies: (e) => e.actorIds.length > 0 },
  { name: 'dated only by its page', weight: -0.5, applies: (e) => e.dateFromPublication },
  { name: 'what a source put in its headline', weight: 1, applies: (e) => e.sources.some((s) => inHeadline(s.text, s.title)) },
];

/** How much of a headline's words a sentence must repeat to be telling the headline's news. */
const HEADLINE_SHARE = 0.5;

/** Whether a sentence tells what its page's headline announces: it uses most of the headline's content words. */
function inHeadline(text: string, title: string | null): boolean {
  if (!title) return false;
  const head = new Set(contentWords(title));
  if (head.size < 3) return false;
  const words = new Set(contentWords(text));
  let shared = 0;
  for (const w of head) if (words.has(w)) shared++;
  return shared / head.size >= HEADLINE_SHARE;
}

/**
 * How much an event matters: its score (how clearly a sentence reports it, and the independent
 * outlets that do: copies count once) plus the significance rules.
 */
export function significance(e: Event): number {
  return SIGNIFICANCE_RULES.reduce((s, r) => (r.applies(e) ? s + r.weight : s), e.score);
}

/** Within a day, the most significant event first. */
function compareEvents(a: Event, b: Event): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : significance(b) - significance(a) || (a.id < b.id ? -1 : 1);
}

export function buildTimeline(storyId: string, events: Event[], options: TimelineOptions = {}): Timeline {
  const kept = events.filter((e) => inWindow(e, options.window ?? null));
  const byDate = new Map<string, Event[]>();
  for (const e of kept.sort(compareEvents)) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  let dates = [...byDate.keys()];
  if (options.dates !== undefined) {
    const weight = (d: string) => byDate.get(d)!.reduce((s, e) => s + e.score * e.sources.length, 0);
    dates = [...dates].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1)).slice(0, options.dates).sort();
  }
  let entries = dates.flatMap((d) => byDate.get(d)!.slice(0, options.perDate ?? Infinity));
  if (options.limit !== undefined && entries.length > options.limit) {
    const top = new Set([...entries].sort((a, b) => significance(b) - significance(a) || (a.id < b.id ? -1 : 1)).slice(0, options.limit));
    entries = entries.filter((e) => top.has(e));
  }
  return { storyId, entries };
}

/**
 * The most important events, chosen for coverage without repetition, told in date order.
 * `sourceCount` is how many sources an event has, where the events carry only their lead (a story
 * updated batch by batch ranks its events without loading every source).
 */
export function buildSummary(storyId: string, timeline: Timeline, size = SUMMARY_SENTENCES, sourceCount: (e: Event) => number = (e) => e.sources.length): Summary {
  const pool = timeline.entries.map((e) => ({ e, words: new Set(contentWords(e.text)), weight: significance(e) + Math.log2(sourceCount(e)) }));
  const maxWeight = Math.max(1, ...pool.map((p) => p.weight));
  const chosen: typeof pool = [];
  while (chosen.length < size && chosen.length < pool.length) {
    let best: (typeof pool)[number] | undefined;
    let bestValue = -Infinity;
    for (const p of pool) {
      if (chosen.includes(p)) continue;
      // A story told step by step: a second sentence about a day already told repeats it, whatever its words.
      const overlap = Math.max(0, ...chosen.map((c) => Math.max(jaccard(p.words, c.words), c.e.date === p.e.date ? SAME_DAY_OVERLAP : 0)));
      const value = MMR_LAMBDA * (p.weight / maxWeight) - (1 - MMR_LAMBDA) * overlap;
      if (value > bestValue) {
        best = p;
        bestValue = value;
      }
    }
    chosen.push(best!);
  }
  const sentences = chosen.sort((a, b) => compareEvents(a.e, b.e)).map((p) => p.e.sources[0]);
  return { storyId, sentences };
}
