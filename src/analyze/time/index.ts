// The temporal tagger: finds time expressions in article text (TimeML TIMEX3 style) and resolves
// them against the page's publication date. Rules find candidates, refiners settle and join them,
// the resolver gives each its value. See rules.ts for the ordered rule list.

import type { Granularity, TimeRef } from '../../model.js';
import { parseCalendarValue, type CalendarPoint } from './calendar.js';
import { lexiconFor, toLanguage } from './lexicon.js';
import { applyRefiners } from './refiners.js';
import { resolveAll } from './resolve.js';
import { applyRules, type NumericOrder } from './rules.js';

export { sentenceDate, namesCalendarPoint, dateOfRef } from './sentence-date.js';
export { eventDates, timeEvents, readSentence, tenseOf, periodOf, OWN_RULES, TENSE_RULES, CARRY_RULES, type EventTime, type Edge, type DatableSentence, type Reading, type Tense } from './event-dates.js';
export { RULES, type TimeRule, type NumericOrder } from './rules.js';
export { REFINERS, type Refiner } from './refiners.js';

/** The date expressions are resolved against: the page's publication date. */
export interface Anchor {
  /** 'YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' with a coarser granularity. */
  value: string;
  granularity: Granularity;
}

export interface TagOptions {
  /** ISO 639-1 code: 'en' (default), 'fr', 'de' or 'es' add that language's month and weekday names. */
  language?: string;
  /** How to read '11/04/2017': 'mdy' (default, US: 4 November) or 'dmy' (11 April). */
  numericOrder?: NumericOrder;
}

function anchorPoint(anchor: Anchor | null): CalendarPoint | null {
  if (!anchor) return null;
  return parseCalendarValue(anchor.value, anchor.granularity);
}

/** Every temporal expression in `text`, in order, with offsets such that text.slice(start, end) === ref.text. */
export function tagTime(text: string, anchor: Anchor | null, options: TagOptions = {}): TimeRef[] {
  const lexicon = lexiconFor(toLanguage(options.language));
  const candidates = applyRules(text, lexicon, options.numericOrder ?? 'mdy');
  return resolveAll(applyRefiners(candidates, text), text, anchorPoint(anchor));
}
