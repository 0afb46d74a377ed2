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

export const REFINERS: readonly Refiner[] = [dropOverlaps, mergeWeekdayWithDate, mergeDateWithClock];

export function applyRefiners(candidates: Candidate[], text: string, refiners: readonly Refiner[] = REFINERS): Candidate[] {
  return refiners.reduce((list, refiner) => refiner.refine(list, text), [...candidates].sort(byStart));
}
