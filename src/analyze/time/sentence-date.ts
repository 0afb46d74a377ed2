// The date of what a sentence reports: the first time expression in it that names a calendar
// point, or else the page's publication date.

import type { Granularity, SentenceDate, TimeRef } from '../../model.js';

const REFERENCE_VALUES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** A ref that pins a calendar point: a resolved DATE/TIME, not a duration, a set, a vague reference or an X value. */
export function namesCalendarPoint(ref: TimeRef): boolean {
  return (ref.type === 'DATE' || ref.type === 'TIME')
    && ref.anchor !== 'none'
    && ref.granularity !== undefined
    && !REFERENCE_VALUES.has(ref.value)
    && !ref.value.includes('X');
}

export function sentenceDate(refs: TimeRef[], published: { value: string; granularity: Granularity } | null): SentenceDate | null {
  const named = refs.find(namesCalendarPoint);
  // A quarter ('1989-Q3'), a half ('1989-H2') or a season ('1998-FA') dates the sentence to its year: the timeline orders by calendar values.
  if (named && /-(?:Q\d|H[12]|SP|SU|FA|WI)$/.test(named.value)) return { value: named.value.slice(0, 4), granularity: 'year', from: 'expression', text: named.text };
  // 'Monday night' (2017-10-16TNI) dates the sentence to its day: a part of the day is no clock time.
  if (named) return { value: named.value.replace(/T(?:MO|AF|EV|NI)$/, ''), granularity: named.granularity!, from: 'expression', text: named.text };
  if (published) return { value: published.value, granularity: published.granularity, from: 'publication' };
  return null;
}
