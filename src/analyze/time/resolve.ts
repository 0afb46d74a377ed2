// Turns refined candidates into TIMEX3 values. The reference point is the page's publication
// date (the anchor), never the time of the run. News reports what has happened, so a bare
// weekday or month means the latest one on or before the anchor unless the tense says future.

import type { Granularity, TimeRef } from '../../model.js';
import {
  addDays, addMonths, asYMD, formatDay, formatMonth, formatWeek, isoWeekday, isValidDate, pad, parseCalendarValue, toDayNumber,
  type CalendarPoint, type YMD,
} from './calendar.js';
import { leansFuture, sentenceLeansFuture } from './guards.js';
import type { Candidate, Clock, Lean, PartOfDay, Season, Spec } from './types.js';

/** A day-month without year further than this after the anchor is taken from the year before
 *  (a page of 5 January saying 'December 28' means last December). */
const PAST_YEAR_TOLERANCE_DAYS = 61;
/** How close before a weekday a future verb must stand to move it forward ('will meet Monday'). */
const WEEKDAY_FUTURE_CUE_WORDS = 6;

interface Resolved {
  value: string;
  granularity?: Granularity;
  anchor: TimeRef['anchor'];
}

/** What earlier expressions have established, for anaphora ('the next day') and year-less dates on undated pages. */
interface Narrative {
  lastDay: YMD | null;
  /** The month of the last month-or-finer date: 'in March ... the following month' counts from March, not from an older day. */
  lastMonth: { year: number; month: number } | null;
  lastYear: number | null;
  /** The last quarter named: 'a year earlier' after 'the third quarter' means that quarter a year before. */
  lastQuarter: { year: number; quarter: number } | null;
}

const UNRESOLVED: Record<'day' | 'week' | 'month' | 'year', string> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX',
};

function clockSuffix(clock: Clock | undefined): string {
  return clock ? `T${pad(clock.hour)}:${pad(clock.minute)}` : '';
}

function withClock(r: Resolved, clock: Clock | undefined): Resolved {
  if (!clock) return r;
  return { ...r, value: r.value + clockSuffix(clock), granularity: 'time' };
}

/** 'Wednesday night': the day's value with TimeML's part-of-day suffix; a clock time, when given, says more.
 *  The granularity stays 'day': a part of the day is no clock time a timeline could order by. */
function withPart(r: Resolved, part: PartOfDay | undefined, clock: Clock | undefined): Resolved {
  if (!part || clock || r.granularity !== 'day') return r;
  return { ...r, value: `${r.value}T${part}` };
}

function leanAt(lean: Lean, text: string, start: number): 'past' | 'future' {
  if (lean !== 'context') return lean;
  return leansFuture(text, start) ? 'future' : 'past';
}

/** Months and year-less dates read the tense of their whole sentence, not only the words just before them. */
function sentenceLeanAt(lean: Lean, text: string, start: number): 'past' | 'future' {
  if (lean !== 'context') return lean;
  return sentenceLeansFuture(text, start) ? 'future' : 'past';
}

function resolveCalendar(spec: Extract<Spec, { kind: 'calendar' }>, anchor: CalendarPoint | null, story: Narrative, text: string, start: number): Resolved {
  const md = `${pad(spec.month)}-${pad(spec.day)}`;
  if (spec.year !== undefined) return { value: `${pad(spec.year, 4)}-${md}`, granularity: 'day', anchor: 'absolute' };
  if (anchor) return { value: `${pad(chooseYear(spec, anchor, sentenceLeanAt('context', text, start)), 4)}-${md}`, granularity: 'day', anchor: 'document' };
  if (story.lastYear !== null) return { value: `${pad(story.lastYear, 4)}-${md}`, granularity: 'day', anchor: 'previous' };
  return { value: `XXXX-${md}`, granularity: 'day', anchor: 'none' };
}

/** The anchor's year, unless that lands too far on the wrong side of the anchor; a named weekday decides when it can. */
function chooseYear(spec: { month: number; day: number; weekday?: number }, anchor: CalendarPoint, lean: 'past' | 'future'): number {
  const ref = toDayNumber({ year: anchor.year, month: anchor.month ?? 6, day: anchor.day ?? 15 });
  const distance = (year: number) => toDayNumber({ year, month: spec.month, day: spec.day }) - ref;
  if (spec.weekday !== undefined) {
    const fits = [anchor.year, anchor.year - 1, anchor.year + 1]
      .filter((y) => isValidDate(y, spec.month, spec.day))
      .filter((y) => isoWeekday({ year: y, month: spec.month, day: spec.day }) === spec.weekday);
    if (fits.length > 0) return fits.sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0];
  }
  if (lean === 'past' && distance(anchor.year) > PAST_YEAR_TOLERANCE_DAYS) return anchor.year - 1;
  if (lean === 'future' && distance(anchor.year) < -PAST_YEAR_TOLERANCE_DAYS) return anchor.year + 1;
  return anchor.year;
}

function resolveMonth(spec: Extract<Spec, { kind: 'month' }>, anchor: CalendarPoint | null, story: Narrative, text: string, start: number): Resolved {
  if (anchor && spec.yearShift !== undefined) return { value: formatMonth(anchor.year + spec.yearShift, spec.month), granularity: 'month', anchor: 'document' };
  if (anchor?.month !== undefined && spec.lean !== 'current') {
    const lean = sentenceLeanAt(spec.lean, text, start);
    let year = anchor.year;
    // A plain month name for the month just after the anchor's is the coming one: news reaching eleven months back says 'last'.
    const nextMonth = !spec.strict && spec.month === (anchor.month % 12) + 1;
    if (lean === 'past' && !nextMonth && (spec.strict ? spec.month >= anchor.month : spec.month > anchor.month)) year -= 1;
    if (lean === 'past' && nextMonth && spec.month === 1) year += 1;
    if (lean === 'future' && (spec.strict ? spec.month <= anchor.month : spec.month < anchor.month)) year += 1;
    return { value: formatMonth(year, spec.month), granularity: 'month', anchor: 'document' };
  }
  if (anchor) return { value: formatMonth(anchor.year, spec.month), granularity: 'month', anchor: 'document' };
  if (story.lastYear !== null) return { value: formatMonth(story.lastYear, spec.month), granularity: 'month', anchor: 'previous' };
  return { value: `XXXX-${pad(spec.month)}`, granularity: 'month', anchor: 'none' };
}

function resolveWeekday(spec: Extract<Spec, { kind: 'weekday' }>, anchor: CalendarPoint | null, story: Narrative, text: string, start: number): Resolved {
  const fromStory = spec.from === 'previous' && story.lastDay !== null;
  const day = fromStory ? story.lastDay : anchor ? asYMD(anchor) : null;
  if (!day) return { value: `XXXX-WXX-${spec.weekday}`, granularity: 'day', anchor: 'none' };
  const today = isoWeekday(day);
  // In news a plain weekday is almost always the one just past (TimeBank: 280 past or same day, 15 ahead):
  // only an explicit 'next'/'coming' or a future verb close before it turns it forward.
  const lean = spec.lean === 'context' ? (leansFuture(text, start, WEEKDAY_FUTURE_CUE_WORDS) ? 'future' : 'past') : spec.lean;
  let offset: number;
  if (lean === 'past') {
    offset = -((today - spec.weekday + 7) % 7);
    if (spec.strict && offset === 0) offset = -7;
  } else {
    offset = (spec.weekday - today + 7) % 7;
    if (offset === 0) offset = 7; // 'will meet on Monday', said on a Monday, is next week's
  }
  return { value: formatDay(addDays(day, offset)), granularity: 'day', anchor: fromStory ? 'previous' : 'document' };
}

function resolveShift(spec: Extract<Spec, { kind: 'shift' }>, anchor: CalendarPoint | null, story: Narrative): Resolved {
  // 'that year' leans on the last year named, which may be newer than the last day ('on Jan. 5 ... in June 1998 ... later that year').
  const previous: CalendarPoint | null = spec.unit === 'year' && story.lastYear !== null ? { year: story.lastYear }
    : spec.unit === 'month' && story.lastMonth !== null ? story.lastMonth : story.lastDay;
  const usePrevious = spec.from === 'previous' && previous !== null;
  const base: CalendarPoint | null = usePrevious ? previous : anchor;
  const how: TimeRef['anchor'] = usePrevious ? 'previous' : 'document';
  const unit = spec.unit === 'day' || spec.unit === 'week' || spec.unit === 'month' || spec.unit === 'year' ? spec.unit : 'day';
  const unresolved: Resolved = { value: UNRESOLVED[unit] + (spec.weekend ? '-WE' : ''), granularity: unit, anchor: 'none' };
  if (!base) return unresolved;
  const day = asYMD(base);
  switch (unit) {
    case 'day':
      return day ? { value: formatDay(addDays(day, spec.amount)), granularity: 'day', anchor: how } : unresolved;
    case 'week':
      return day ? { value: formatWeek(addDays(day, 7 * spec.amount)) + (spec.weekend ? '-WE' : ''), granularity: 'week', anchor: how } : unresolved;
    case 'month': {
      if (base.month === undefined) return unresolved;
      const m = addMonths(base.year, base.month, spec.amount);
      return { value: formatMonth(m.year, m.month), granularity: 'month', anchor: how };
    }
    case 'year':
      return { value: pad(base.year + spec.amount, 4), granularity: 'year', anchor: how };
  }
}

const quarterOf = (month: number): number => Math.ceil(month / 3);
const formatQuarter = (q: { year: number; quarter: number }): string => `${pad(q.year, 4)}-Q${q.quarter}`;

const QUARTER_GRANULARITY: Granularity = 'quarter';

/** Quarters: business news reports the quarter just closed, so 'the quarter' with no other cue is the one before the anchor's. */
function resolveQuarter(spec: Extract<Spec, { kind: 'quarter' }>, anchor: CalendarPoint | null, story: Narrative, text: string, start: number): Resolved {
  const here = anchor?.month !== undefined ? { year: anchor.year, quarter: quarterOf(anchor.month) } : null;
  const previous = here ? (here.quarter === 1 ? { year: here.year - 1, quarter: 4 } : { year: here.year, quarter: here.quarter - 1 }) : null;
  const done = (q: { year: number; quarter: number } | null, how: TimeRef['anchor']): Resolved =>
    q ? { value: formatQuarter(q), granularity: QUARTER_GRANULARITY, anchor: how } : { value: 'XXXX-QX', granularity: QUARTER_GRANULARITY, anchor: 'none' };
  switch (spec.which) {
    case 'named': {
      const quarter = spec.quarter!;
      if (spec.year !== undefined) return done({ year: spec.year, quarter }, 'absolute');
      if (!anchor) return { value: `XXXX-Q${quarter}`, granularity: QUARTER_GRANULARITY, anchor: 'none' };
      // 'profits for the fourth quarter', said in January, report last year's: a quarter not yet begun is last year's unless the tense looks ahead.
      const notBegun = anchor.month !== undefined && (quarter - 1) * 3 + 1 > anchor.month;
      const lastYears = spec.yearShift === 0 && notBegun && !sentenceLeansFuture(text, start);
      return done({ year: anchor.year + spec.yearShift - (lastYears ? 1 : 0), quarter }, 'document');
    }
    case 'current': return done(here, 'document');
    case 'latest': return story.lastQuarter ? done(story.lastQuarter, 'previous') : done(previous, 'document');
    case 'inYear': {
      if (story.lastQuarter) return done({ year: spec.year!, quarter: story.lastQuarter.quarter }, 'previous');
      return { value: pad(spec.year!, 4), granularity: 'year', anchor: 'absolute' };
    }
    case 'yearBefore': {
      if (story.lastQuarter) return done({ year: story.lastQuarter.year - 1, quarter: story.lastQuarter.quarter }, 'previous');
      return anchor ? { value: pad(anchor.year - 1, 4), granularity: 'year', anchor: 'document' } : { value: 'XXXX', granularity: 'year', anchor: 'none' };
    }
  }
}

/** A half year: its named year, else the anchor's shifted as the words say ('the first half of next year'). */
function resolveHalf(spec: Extract<Spec, { kind: 'half' }>, anchor: CalendarPoint | null): Resolved {
  // The model has no half-year granularity: a half is reported as lying within its year.
  if (spec.year !== undefined) return { value: `${pad(spec.year, 4)}-H${spec.half}`, granularity: 'year', anchor: 'absolute' };
  if (!anchor) return { value: `XXXX-H${spec.half}`, granularity: 'year', anchor: 'none' };
  return { value: `${pad(anchor.year + spec.yearShift, 4)}-H${spec.half}`, granularity: 'year', anchor: 'document' };
}

/** The month each season starts in (northern meteorological seasons, as TimeML's news corpora use). */
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_GRANULARITY: Granularity = 'season';

/** Which year's season: a named year wins; 'this' is the anchor's; 'last' the latest one already begun before the anchor's
 *  current season; 'latest' ('over the summer') the latest one begun by the anchor; 'next' the first still to start. */
function resolveSeason(spec: Extract<Spec, { kind: 'season' }>, anchor: CalendarPoint | null, text: string, position: number): Resolved {
  if (spec.year !== undefined) return { value: `${pad(spec.year, 4)}-${spec.season}`, granularity: SEASON_GRANULARITY, anchor: 'absolute' };
  if (!anchor) return { value: `XXXX-${spec.season}`, granularity: SEASON_GRANULARITY, anchor: 'none' };
  const start = SEASON_START[spec.season];
  const month = anchor.month ?? 6;
  let year = anchor.year;
  const which = spec.which === 'latest' && leansFuture(text, position) ? 'next' : spec.which;
  if (which === 'last' && start >= month) year -= 1;
  if (which === 'latest' && start > month) year -= 1;
  if (which === 'next' && start <= month) year += 1;
  return { value: `${pad(year, 4)}-${spec.season}`, granularity: SEASON_GRANULARITY, anchor: 'document' };
}

/** A holiday in a named year, else the occurrence the lean points to; with no tense cue, the one nearest the anchor. */
function resolveHoliday(spec: Extract<Spec, { kind: 'holiday' }>, anchor: CalendarPoint | null, text: string, start: number): Resolved {
  const done = (d: YMD, how: TimeRef['anchor']): Resolved =>
    spec.week ? { value: formatWeek(d), granularity: 'week', anchor: how } : { value: formatDay(d), granularity: 'day', anchor: how };
  if (spec.year !== undefined) return done(spec.holiday.dateIn(spec.year), 'absolute');
  const day = anchor ? asYMD(anchor) : null;
  if (!anchor || !day) return anchor ? done(spec.holiday.dateIn(anchor.year), 'document') : { value: spec.week ? 'XXXX-WXX' : 'XXXX-XX-XX', granularity: spec.week ? 'week' : 'day', anchor: 'none' };
  const today = toDayNumber(day);
  const options = [anchor.year - 1, anchor.year, anchor.year + 1].map((y) => spec.holiday.dateIn(y));
  const lean = spec.lean === 'context' ? (leansFuture(text, start) ? 'future' : 'nearest') : spec.lean;
  const pick = lean === 'past'
    ? options.filter((d) => (spec.strict ? toDayNumber(d) < today : toDayNumber(d) <= today)).pop()
    : lean === 'future'
      ? options.find((d) => (spec.strict ? toDayNumber(d) > today : toDayNumber(d) >= today))
      : [...options].sort((a, b) => Math.abs(toDayNumber(a) - today) - Math.abs(toDayNumber(b) - today))[0];
  return done(pick ?? options[1], 'document');
}

/** The weekend as an ISO week with -WE: said on a weekday, the one before; said on the weekend, that one; the next one if the tense looks ahead. */
function resolveWeekend(spec: Extract<Spec, { kind: 'weekend' }>, anchor: CalendarPoint | null, text: string, start: number): Resolved {
  const day = anchor ? asYMD(anchor) : null;
  if (!day) return { value: 'XXXX-WXX-WE', granularity: 'week', anchor: 'none' };
  const onWeekend = isoWeekday(day) >= 6;
  const back = leanAt(spec.lean, text, start) === 'past' && !onWeekend;
  return { value: formatWeek(addDays(day, back ? -7 : 0)) + '-WE', granularity: 'week', anchor: 'document' };
}

function resolveClock(clock: Clock, anchor: CalendarPoint | null): Resolved {
  const day = anchor ? asYMD(anchor) : null;
  return day
    ? { value: formatDay(day) + clockSuffix(clock), granularity: 'time', anchor: 'document' }
    : { value: 'XXXX-XX-XX' + clockSuffix(clock), granularity: 'time', anchor: 'none' };
}

export function resolveSpec(c: Candidate, text: string, anchor: CalendarPoint | null, story: Narrative): Resolved {
  const spec = c.spec;
  switch (spec.kind) {
    case 'fixed': return { value: spec.value, granularity: spec.granularity, anchor: spec.anchor };
    case 'calendar': return withClock(resolveCalendar(spec, anchor, story, text, c.start), spec.clock);
    case 'month': return resolveMonth(spec, anchor, story, text, c.start);
    case 'weekday': return withPart(withClock(resolveWeekday(spec, anchor, story, text, c.start), spec.clock), spec.part, spec.clock);
    case 'shift': return withPart(withClock(resolveShift(spec, anchor, story), spec.clock), spec.part, spec.clock);
    case 'clock': return resolveClock(spec.clock, anchor);
    case 'quarter': return resolveQuarter(spec, anchor, story, text, c.start);
    case 'season': return resolveSeason(spec, anchor, text, c.start);
    case 'holiday': return resolveHoliday(spec, anchor, text, c.start);
    case 'half': return resolveHalf(spec, anchor);
    case 'weekend': return resolveWeekend(spec, anchor, text, c.start);
  }
}

function quarterClosedBy(q: { year: number; quarter: number }, anchor: CalendarPoint | null): boolean {
  if (anchor?.month === undefined) return true;
  return q.year * 12 + q.quarter * 3 <= anchor.year * 12 + anchor.month - 1;
}

/** Remembers a resolved date so later anaphora and year-less dates can lean on it. */
function remember(story: Narrative, r: Resolved, anchor: CalendarPoint | null): Narrative {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(r.value);
  if (quarter && r.anchor !== 'none') {
    const q = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
    // Only a quarter already closed is one the story reports results for; 'losses through the third quarter of 1990' is a forecast.
    return quarterClosedBy(q, anchor) ? { ...story, lastQuarter: q } : story;
  }
  if (r.anchor === 'none' || r.granularity === undefined || r.granularity === 'week' || r.granularity === 'decade') return story;
  // A season ('1998-SU') or a half ('1998-H2') tells the year only.
  const coarse = r.granularity === 'season' || r.granularity === 'quarter' ? 'year' : r.granularity;
  const point = parseCalendarValue(r.value, coarse === 'time' ? 'day' : coarse);
  if (!point) return story;
  const day = asYMD(point);
  const month = point.month !== undefined ? { year: point.year, month: point.month } : story.lastMonth;
  return { ...story, lastDay: day ?? story.lastDay, lastMonth: month, lastYear: point.year };
}

/** Resolves candidates in text order, so each may lean on the ones before it. */
export function resolveAll(candidates: Candidate[], text: string, anchor: CalendarPoint | null): TimeRef[] {
  let story: Narrative = { lastDay: null, lastMonth: null, lastYear: null, lastQuarter: null };
  return candidates.map((c) => {
    const r = resolveSpec(c, text, anchor, story);
    // 'A year earlier' is a comparison: the story stays on the quarter it reports, so chained comparisons do not drift back a year each.
    const comparison = c.spec.kind === 'quarter' && (c.spec.which === 'yearBefore' || c.spec.which === 'inYear');
    if (!comparison) story = remember(story, r, anchor);
    const ref: TimeRef = { text: text.slice(c.start, c.end), start: c.start, end: c.end, type: c.type, value: r.value, anchor: r.anchor, rule: c.rule };
    if ((c.type === 'DATE' || c.type === 'TIME') && r.granularity) ref.granularity = r.granularity;
    return ref;
  });
}
