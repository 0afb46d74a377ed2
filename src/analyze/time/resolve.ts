// Turns refined candidates into TIMEX3 values. The reference point is the page's publication
// date (the anchor), never the time of the run. News reports what has happened, so a bare
// weekday or month means the latest one on or before the anchor unless the tense says future.

import type { Granularity, TimeRef } from '../../model.js';
import {
  addDays, addMonths, asYMD, formatDay, formatMonth, formatWeek, isoWeekday, isValidDate, pad, parseCalendarValue, toDayNumber,
  type CalendarPoint, type YMD,
} from './calendar.js';
import { leansFuture } from './guards.js';
import type { Candidate, Clock, Lean, Spec } from './types.js';

/** A day-month without year further than this after the anchor is taken from the year before
 *  (a page of 5 January saying 'December 28' means last December). */
const PAST_YEAR_TOLERANCE_DAYS = 61;

interface Resolved {
  value: string;
  granularity?: Granularity;
  anchor: TimeRef['anchor'];
}

/** What earlier expressions have established, for anaphora ('the next day') and year-less dates on undated pages. */
interface Narrative {
  lastDay: YMD | null;
  lastYear: number | null;
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

function leanAt(lean: Lean, text: string, start: number): 'past' | 'future' {
  if (lean !== 'context') return lean;
  return leansFuture(text, start) ? 'future' : 'past';
}

function resolveCalendar(spec: Extract<Spec, { kind: 'calendar' }>, anchor: CalendarPoint | null, story: Narrative, text: string, start: number): Resolved {
  const md = `${pad(spec.month)}-${pad(spec.day)}`;
  if (spec.year !== undefined) return { value: `${pad(spec.year, 4)}-${md}`, granularity: 'day', anchor: 'absolute' };
  if (anchor) return { value: `${pad(chooseYear(spec, anchor, leanAt('context', text, start)), 4)}-${md}`, granularity: 'day', anchor: 'document' };
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
  if (anchor?.month !== undefined) {
    const lean = leanAt(spec.lean, text, start);
    let year = anchor.year;
    if (lean === 'past' && (spec.strict ? spec.month >= anchor.month : spec.month > anchor.month)) year -= 1;
    if (lean === 'future' && (spec.strict ? spec.month <= anchor.month : spec.month < anchor.month)) year += 1;
    return { value: formatMonth(year, spec.month), granularity: 'month', anchor: 'document' };
  }
  if (anchor) return { value: formatMonth(anchor.year, spec.month), granularity: 'month', anchor: 'document' };
  if (story.lastYear !== null) return { value: formatMonth(story.lastYear, spec.month), granularity: 'month', anchor: 'previous' };
  return { value: `XXXX-${pad(spec.month)}`, granularity: 'month', anchor: 'none' };
}

function resolveWeekday(spec: Extract<Spec, { kind: 'weekday' }>, anchor: CalendarPoint | null, text: string, start: number): Resolved {
  const day = anchor ? asYMD(anchor) : null;
  if (!day) return { value: `XXXX-WXX-${spec.weekday}`, granularity: 'day', anchor: 'none' };
  const today = isoWeekday(day);
  const lean = leanAt(spec.lean, text, start);
  let offset: number;
  if (lean === 'past') {
    offset = -((today - spec.weekday + 7) % 7);
    if (spec.strict && offset === 0) offset = -7;
  } else {
    offset = (spec.weekday - today + 7) % 7;
    if (offset === 0) offset = 7; // 'will meet on Monday', said on a Monday, is next week's
  }
  return { value: formatDay(addDays(day, offset)), granularity: 'day', anchor: 'document' };
}

function resolveShift(spec: Extract<Spec, { kind: 'shift' }>, anchor: CalendarPoint | null, story: Narrative): Resolved {
  const usePrevious = spec.from === 'previous' && story.lastDay !== null;
  const base: CalendarPoint | null = usePrevious ? story.lastDay : anchor;
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
    case 'weekday': return withClock(resolveWeekday(spec, anchor, text, c.start), spec.clock);
    case 'shift': return withClock(resolveShift(spec, anchor, story), spec.clock);
    case 'clock': return resolveClock(spec.clock, anchor);
  }
}

/** Remembers a resolved date so later anaphora and year-less dates can lean on it. */
function remember(story: Narrative, r: Resolved): Narrative {
  if (r.anchor === 'none' || (r.granularity !== 'day' && r.granularity !== 'time' && r.granularity !== 'month' && r.granularity !== 'year')) return story;
  const point = parseCalendarValue(r.value, r.granularity === 'time' ? 'day' : r.granularity);
  if (!point) return story;
  const day = asYMD(point);
  return { lastDay: day ?? story.lastDay, lastYear: point.year };
}

/** Resolves candidates in text order, so each may lean on the ones before it. */
export function resolveAll(candidates: Candidate[], text: string, anchor: CalendarPoint | null): TimeRef[] {
  let story: Narrative = { lastDay: null, lastYear: null };
  return candidates.map((c) => {
    const r = resolveSpec(c, text, anchor, story);
    story = remember(story, r);
    const ref: TimeRef = { text: text.slice(c.start, c.end), start: c.start, end: c.end, type: c.type, value: r.value, anchor: r.anchor, rule: c.rule };
    if ((c.type === 'DATE' || c.type === 'TIME') && r.granularity) ref.granularity = r.granularity;
    return ref;
  });
}
