// Refiners: each takes the candidates the rules found and returns a better list. They run in
// order, after every rule: first settle overlaps, then join pieces that belong together.

import type { Candidate, Spec } from './types.js';

export interface Refiner {
  name: string;
  refine(candidates: Candidate[], text: string): Candidate[];
}

// What may sit between a weekday and the date it names: 'Monday, October 16', 'Mon 16 Oct'.
const WEEKDAY_DATE_GAP = /^,?[ \t]+(?:the[ \t]+)?$/;
// What may sit between a date and its clock time: 'October 16, 2017 - 12:45', 'Monday at 9:30'.
const DATE_CLOCK_GAP = /^[ \t]*(?:[-–—|,][ \t]*)?(?:(?:at|um|à|a\s+las)[ \t]+)?$/;
// Clock first: '12:45, October 16, 2017', '9:30 on Monday'.
const CLOCK_DATE_GAP = /^[ \t]*(?:,[ \t]*)?(?:on[ \t]+)?$/;

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end || a.order - b.order;
}

/** Where expressions overlap, the longest wins ('two months ago' over 'two months'); ties go to the earlier rule. */
export const dropOverlaps: Refiner = {
  name: 'dropOverlaps',
  refine(candidates) {
    const ranked = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.order - b.order || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of ranked) {
      if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    }
    return kept.sort(byStart);
  },
};

function isPlainWeekday(spec: Spec): spec is Extract<Spec, { kind: 'weekday' }> {
  return spec.kind === 'weekday' && spec.lean === 'context' && !spec.strict && spec.clock === undefined;
}

/** Pairs of neighbours (a, b) that `join` accepts become one candidate. */
function mergeNeighbours(candidates: Candidate[], text: string, join: (a: Candidate, b: Candidate, gap: string) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const last = out[out.length - 1];
    const joined = last ? join(last, c, text.slice(last.end, c.start)) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(c);
  }
  return out;
}

/** 'Monday, October 16' is one day: the date gives the value, the weekday can pick its year. */
export const mergeWeekdayWithDate: Refiner = {
  name: 'mergeWeekdayWithDate',
  refine(candidates, text) {
    return mergeNeighbours(candidates, text, (a, b, gap) => {
      if (!isPlainWeekday(a.spec) || b.spec.kind !== 'calendar' || !WEEKDAY_DATE_GAP.test(gap)) return null;
      return { ...b, start: a.start, rule: `${a.rule}+${b.rule}`, spec: { ...b.spec, weekday: a.spec.weekday } };
    });
  },
};

function takesClock(spec: Spec): boolean {
  return (spec.kind === 'calendar' || spec.kind === 'weekday' || (spec.kind === 'shift' && spec.unit === 'day')) && spec.clock === undefined;
}

/** 'October 16, 2017 - 12:45 AMT' is one point in time, typed TIME. */
export const mergeDateWithClock: Refiner = {
  name: 'mergeDateWithClock',
  refine(candidates, text) {
    return mergeNeighbours(candidates, text, (a, b, gap) => {
      if (takesClock(a.spec) && b.spec.kind === 'clock' && DATE_CLOCK_GAP.test(gap)) {
        return { ...a, end: b.end, type: 'TIME', rule: `${a.rule}+${b.rule}`, spec: { ...a.spec, clock: b.spec.clock } as Spec };
      }
      if (a.spec.kind === 'clock' && takesClock(b.spec) && CLOCK_DATE_GAP.test(gap)) {
        return { ...b, start: a.start, type: 'TIME', rule: `${a.rule}+${b.rule}`, spec: { ...b.spec, clock: a.spec.clock } as Spec };
      }
      return null;
    });
  },
};

// What may sit between a month and the year it is in: 'June last year', 'February, this year'.
const MONTH_YEAR_GAP = /^,?[ \t]+$/;

/** 'June last year', 'in April next year': one month, in the year the second part names. */
export const mergeMonthWithRelativeYear: Refiner = {
  name: 'mergeMonthWithRelativeYear',
  refine(candidates, text) {
    return mergeNeighbours(candidates, text, (a, b, gap) => {
      if (a.spec.kind !== 'month' || a.spec.yearShift !== undefined || !MONTH_YEAR_GAP.test(gap)) return null;
      const s = b.spec;
      if (s.kind !== 'shift' || s.unit !== 'year' || s.from !== 'document' || !/^(?:this|last|next)\s+year$/i.test(text.slice(b.start, b.end))) return null;
      return { ...a, end: b.end, rule: `${a.rule}+${b.rule}`, spec: { ...a.spec, yearShift: s.amount } };
    });
  },
};

// Words TimeML keeps inside the expression they qualify: 'early 1991', 'mid-1996', 'late yesterday'. (Weekdays are left
// alone: TimeBank writes 'Late [Monday]' as often as '[early Tuesday]'.)
const POINT_MODIFIER_BEFORE = /(?<![\p{L}])(?:early|late|later|mid)(?:-|[ \t]+)$/iu;
// The edge of a period, kept with it: 'the end of 1990', 'the beginning of October'.
const PERIOD_EDGE_BEFORE = /(?<![\p{L}])the[ \t]+(?:end|beginning|start|middle)[ \t]+of[ \t]+$/iu;

/** Which modifiers may widen a candidate: a bare year takes both kinds, 'yesterday'/'today' an 'early'/'late',
 *  a bare month or 'this week' an edge ('early October' and 'late last week' are found by their own rules). */
function modifiersTaken(c: Candidate, text: string): { point: boolean; edge: boolean } {
  const s = c.spec;
  const words = text.slice(c.start, c.end);
  if (s.kind === 'fixed' && s.granularity === 'year' && /^\d{4}$/.test(words)) return { point: true, edge: true };
  if (s.kind === 'month' && s.lean === 'context' && /^\p{Lu}\p{L}+$/u.test(words)) return { point: false, edge: true };
  if (s.kind === 'shift' && s.from === 'document' && !s.weekend && /^(?:this|last|next)\s+(?:week|month|year)$/i.test(words)) return { point: false, edge: true };
  if (s.kind === 'shift' && s.unit === 'day' && s.from === 'document' && s.part === undefined && /^(?:yesterday|today)$/i.test(words)) return { point: true, edge: false };
  return { point: false, edge: false };
}

/** Widens an expression over the modifier before it, which changes its span only: the value stays the point or period. */
export const widenToModifiers: Refiner = {
  name: 'widenToModifiers',
  refine(candidates, text) {
    return candidates.map((c, i) => {
      const takes = modifiersTaken(c, text);
      if (!takes.point && !takes.edge) return c;
      const floor = i > 0 ? candidates[i - 1].end : 0;
      const before = text.slice(Math.max(floor, c.start - 24), c.start);
      const found = (takes.edge ? PERIOD_EDGE_BEFORE.exec(before) : null) ?? (takes.point ? POINT_MODIFIER_BEFORE.exec(before) : null);
      return found ? { ...c, start: c.start - (before.length - found.index) } : c;
    });
  },
};

export const REFINERS: readonly Refiner[] = [dropOverlaps, mergeWeekdayWithDate, mergeDateWithClock, mergeMonthWithRelativeYear, widenToModifiers];

export function applyRefiners(candidates: Candidate[], text: string, refiners: readonly Refiner[] = REFINERS): Candidate[] {
  return refiners.reduce((list, refiner) => refiner.refine(list, text), [...candidates].sort(byStart));
}
