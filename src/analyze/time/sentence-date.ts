// The date of what a sentence reports, from its own expressions alone: the first time expression in
// it that names a calendar point, or else the page's publication date. event-dates.ts builds on
// this with the sentence's clause, tense and context; `sentenceDate` stays the context-free reading.

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

/**
 * The sentence date one calendar ref gives. A quarter ('1989-Q3'), a half ('1989-H2') or a season
 * ('1998-FA') dates the sentence to its year: the timeline orders by calendar values. 'Monday night'
 * (2017-10-16TNI) dates it to its day: a part of the day is no clock time.
 */
export function dateOfRef(ref: TimeRef): SentenceDate {
  if (/-(?:Q\d|H[12]|SP|SU|FA|WI)$/.test(ref.value)) return { value: ref.value.slice(0, 4), granularity: 'year', from: 'expression', text: ref.text };
  return { value: ref.value.replace(/T(?:MO|AF|EV|NI)$/, ''), granularity: ref.granularity!, from: 'expression', text: ref.text };
}

export function sentenceDate(refs: TimeRef[], published: { value: string; granularity: Granularity } | null): SentenceDate | null {
  const named = refs.find(namesCalendarPoint);
  if (named) return dateOfRef(named);
  if (published) return { value: published.value, granularity: published.granularity, from: 'publication' };
  return null;
}
