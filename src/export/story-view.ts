// What both text exports need from a StoryBundle before any markup: numbered sources, the
// timeline grouped under chronological date headings, and the headline counts. Kept apart
// so Markdown and HTML number and order things identically.

import type {
  Event, Granularity, SentenceRef, SourceInfo, SourceRef, StoryBundle,
} from '../model.js';
import { formatDate } from './escape.js';

// Coarser periods sort before finer ones starting the same day ('2017' before '2017-01-01'),
// because a reader expects the wide frame first and the details after it.
const GRANULARITY_RANK: Record<Granularity, number> = {
  decade: 0, year: 1, quarter: 2, season: 2, month: 3, week: 4, day: 5, time: 6,
};

// Sorts after every digit, so values that name no calendar date ('XXXX-10-16', 'PRESENT_REF')
// end the timeline instead of being mixed in among real dates.
const UNRESOLVED_SORT_PREFIX = '~';

export interface NumberedSource {
  /** 1-based, the number footnotes point to. */
  number: number;
  info: SourceInfo;
}

export interface DateGroup {
  /** The heading as a reader sees it: '2017-10-16', 'September 2017', '2017'. */
  heading: string;
  /** A machine-readable date for <time datetime>, when the value is one. */
  datetime: string | null;
  events: Event[];
}

export interface StoryCounts {
  events: number;
  sources: number;
  places: number;
  actors: number;
  disagreements: number;
}

export interface StoryView {
  bundle: StoryBundle;
  sources: NumberedSource[];
  /** Footnote number of a page, or null when the page is unknown. */
  numberOf(pageId: string): number | null;
  groups: DateGroup[];
  counts: StoryCounts;
}

function sourceFromRef(ref: SourceRef): SourceInfo {
  return { pageId: ref.pageId, source: ref.source, title: ref.title, site: ref.site, published: null };
}

/**
 * The bundle's sources numbered in their given order, followed by any page that a summary
 * sentence or an event quotes but that the sources list lacks, so every footnote resolves.
 */
export function numberSources(bundle: StoryBundle): NumberedSource[] {
  const seen = new Map<string, SourceInfo>();
  for (const info of bundle.sources) if (!seen.has(info.pageId)) seen.set(info.pageId, info);
  const quoted = [...bundle.summary.sentences, ...bundle.timeline.entries.flatMap((e) => e.sources)];
  for (const ref of quoted) if (!seen.has(ref.pageId)) seen.set(ref.pageId, sourceFromRef(ref));
  return [...seen.values()].map((info, i) => ({ number: i + 1, info }));
}

/** The key that orders dates chronologically, coarse before fine. */
export function dateSortKey(value: string, granularity: Granularity): string {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) return isoWeekMonday(Number(week[1]), Number(week[2]));
  const decade = /^(\d{3})X?$/.exec(value);
  if (decade && granularity === 'decade') return decade[1];
  if (/^\d{4}/.test(value)) return value;
  return UNRESOLVED_SORT_PREFIX + value;
}

/** The Monday that starts ISO week `week` of `year`, as YYYY-MM-DD (UTC arithmetic only). */
function isoWeekMonday(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = new Date(jan4 + ((week - 1) * 7 - jan4Weekday) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** Clock times are shown inside their day's group, not as a heading of their own. */
function headingGranularity(granularity: Granularity): Granularity {
  return granularity === 'time' ? 'day' : granularity;
}

const HTML_DATETIME = /^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2})$/;

function datetimeFor(value: string, granularity: Granularity): string | null {
  const g = headingGranularity(granularity);
  const cut = g === 'year' ? value.slice(0, 4) : g === 'month' ? value.slice(0, 7) : g === 'day' ? value.slice(0, 10) : value;
  return HTML_DATETIME.test(cut) ? cut : null;
}

/**
 * Events sorted chronologically (stable: within one date the timeline's own order, which
 * may rank by importance, is kept) and grouped under one heading per date.
 */
export function groupByDate(events: Event[]): DateGroup[] {
  const sorted = events
    .map((event, i) => ({ event, i, key: dateSortKey(event.date, event.granularity) }))
    .sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1
        : GRANULARITY_RANK[a.event.granularity] - GRANULARITY_RANK[b.event.granularity] || a.i - b.i);
  const groups = new Map<string, DateGroup>();
  for (const { event } of sorted) {
    const heading = formatDate(event.date, headingGranularity(event.granularity));
    let group = groups.get(heading);
    if (!group) {
      group = { heading, datetime: datetimeFor(event.date, event.granularity), events: [] };
      groups.set(heading, group);
    }
    group.events.push(event);
  }
  return [...groups.values()];
}

/** The distinct pages that report an event, counted once each however many sentences they give. */
export function distinctPages(refs: SentenceRef[]): string[] {
  return [...new Set(refs.map((r) => r.pageId))];
}

export function countStory(bundle: StoryBundle, sources: NumberedSource[]): StoryCounts {
  return {
    events: bundle.timeline.entries.length,
    sources: sources.length,
    places: bundle.places.length,
    actors: bundle.actors.length,
    disagreements: bundle.timeline.entries.reduce((n, e) => n + e.disagreements.length, 0),
  };
}

export function buildStoryView(bundle: StoryBundle): StoryView {
  const sources = numberSources(bundle);
  const numbers = new Map(sources.map((s) => [s.info.pageId, s.number]));
  return {
    bundle,
    sources,
    numberOf: (pageId) => numbers.get(pageId) ?? null,
    groups: groupByDate(bundle.timeline.entries),
    counts: countStory(bundle, sources),
  };
}

/** '1 source', '3 sources'; irregular plurals are given. */
export function plural(n: number, word: string, many = word + 's'): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The time of day of a 'time' event, shown before its sentence. */
export function clockTime(event: Event): string | null {
  if (event.granularity !== 'time') return null;
  const m = /T(\d{2}:\d{2})/.exec(event.date);
  return m ? m[1] : null;
}
