// What a rule hands to the refiners: where the words are and what they mean, before any
// resolution against the publication date. Keeping meaning (Spec) apart from value lets one
// resolver apply the news-reports-the-past policy everywhere.

import type { Granularity, TimexType } from '../../model.js';
import type { Holiday } from './holidays.js';
import type { Unit } from './lexicon.js';

/** Which way an underspecified weekday or month points: 'context' means read the tense. */
export type Lean = 'past' | 'future' | 'context';

/** TimeML's parts of the day, written after the date: 'Wednesday night' is YYYY-MM-DDTNI. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export interface Clock {
  hour: number;
  minute: number;
}

export type Spec =
  /** Already a final value: full dates, years, decades, durations, sets, PRESENT_REF... */
  | { kind: 'fixed'; value: string; granularity?: Granularity; anchor: 'absolute' | 'document' }
  /** A day of a month, year possibly missing ('October 16'); weekday when the text named one too. */
  | { kind: 'calendar'; year?: number; month: number; day: number; weekday?: number; clock?: Clock }
  /** A month without day or year ('in August', 'last October'); yearShift when a relative year follows ('June last year'). */
  | { kind: 'month'; month: number; lean: Lean | 'current'; strict: boolean; yearShift?: number }
  /** A weekday ('on Monday', 'last Friday'); strict: not the anchor day itself; from 'previous': counted from the
   *  day last named ('the previous Friday'). */
  | { kind: 'weekday'; weekday: number; lean: Lean; strict: boolean; clock?: Clock; part?: PartOfDay; from?: 'document' | 'previous' }
  /** A shift from the document date or from the previous expression ('yesterday', 'two months ago', 'the next day'). */
  | { kind: 'shift'; unit: Unit; amount: number; from: 'document' | 'previous'; weekend?: boolean; clock?: Clock; part?: PartOfDay }
  /** A fiscal or calendar quarter: named ('the third quarter'), the latest one ('the quarter'),
   *  the current one ('this quarter'), the same one a year before ('a year earlier', 'the year-ago quarter'),
   *  or the one the story is on, in a named year ('the 1988 quarter'). */
  | { kind: 'quarter'; which: 'named' | 'latest' | 'current' | 'yearBefore' | 'inYear'; quarter?: number; year?: number; yearShift: number }
  /** A half year ('the second half of 1989', 'the first half'), TimeML's YYYY-H1/H2. */
  | { kind: 'half'; half: 1 | 2; year?: number; yearShift: number }
  /** A season ('last fall', 'this summer'), TimeML's YYYY-SP/SU/FA/WI. */
  | { kind: 'season'; season: Season; which: 'last' | 'this' | 'next' | 'latest'; year?: number }
  /** A named day of the calendar ('Thanksgiving', 'last Christmas'), or the ISO week it falls in ('Easter week'). */
  | { kind: 'holiday'; holiday: Holiday; lean: Lean; strict: boolean; year?: number; week: boolean }
  /** 'over the weekend': the latest weekend, or the coming one when the tense says so. */
  | { kind: 'weekend'; lean: Lean }
  /** A clock time alone ('12:45'). */
  | { kind: 'clock'; clock: Clock };

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  spec: Spec;
  rule: string;
  /** Position of the rule in the ordered list: breaks ties between overlapping candidates. */
  order: number;
}
