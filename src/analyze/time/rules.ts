// The ordered list of temporal rules. Each rule recognises one way of writing a time: a pattern
// and an extract that turns a match into a Candidate (or rejects it after looking at context).
// Every pattern marks the expression proper with the named group `x`; words outside it (plain
// prepositions such as 'on', 'in', 'for') are read as cues but left out of the span, TimeML style.

import type { Granularity, TimexType } from '../../model.js';
import { isValidDate } from './calendar.js';
import {
  hasYearCue, isCapitalised, isCopyright, isModalMay, nextWord, previousWord, yearLooksLikeCount,
} from './guards.js';
import { HOLIDAY_PATTERN, holidayNamed } from './holidays.js';
import {
  NUMBER_PATTERN, SPELLED_YEAR_PATTERN, UNIT_PATTERN, VAGUE_PATTERN, WEEKDAY_ABBREVIATIONS, durationValue, parseAmount,
  parseSpelledYear, parseUnit, type Language, type Lexicon, type Unit,
} from './lexicon.js';
import type { Candidate, Clock, Lean, PartOfDay, Season, Spec } from './types.js';

/** Bare years are only believed inside this range: '137' or '275' are counts, not years ('in 1898' is a year). */
const MIN_BARE_YEAR = 1800;
const MAX_BARE_YEAR = 2100;
/** A four-digit number with no cue word before it is read as a year only inside this window. */
const MIN_UNCUED_YEAR = 1950;
const MAX_UNCUED_YEAR = 2030;
/** Years inside written-out dates may reach further back ('March 1848'). */
const MIN_NAMED_YEAR = 1000;
/** Two-digit years in '11/04/17' below this become 20xx, otherwise 19xx. */
const TWO_DIGIT_YEAR_PIVOT = 50;

export type NumericOrder = 'mdy' | 'dmy';

export interface RuleContext {
  text: string;
  lexicon: Lexicon;
  numericOrder: NumericOrder;
}

export interface Extracted {
  start: number;
  end: number;
  type: TimexType;
  spec: Spec;
}

export interface TimeRule {
  name: string;
  /** Languages the rule applies to; absent means every language. */
  languages?: readonly Language[];
  pattern(lexicon: Lexicon): RegExp;
  extract(match: RegExpExecArray, ctx: RuleContext): Extracted | null;
}

// Unicode-aware word edges: \b does not know that 'août' is one word.
const S = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const ORDINAL = '(?:st|nd|rd|th)';

function re(source: string, flags = ''): RegExp {
  return new RegExp(source, `gdu${flags}`);
}

/** The span of group `x` (the expression proper), or of the whole match. */
function span(m: RegExpExecArray): { start: number; end: number } {
  const x = m.indices?.groups?.x;
  if (x) return { start: x[0], end: x[1] };
  return { start: m.index, end: m.index + m[0].length };
}

function g(m: RegExpExecArray, name: string): string | undefined {
  return m.groups?.[name];
}

function fixed(m: RegExpExecArray, type: TimexType, value: string, granularity?: Granularity, anchor: 'absolute' | 'document' = 'absolute'): Extracted {
  return { ...span(m), type, spec: { kind: 'fixed', value, granularity, anchor } };
}

function calendar(m: RegExpExecArray, year: number | undefined, month: number | undefined, day: number): Extracted | null {
  if (month === undefined) return null;
  if (!isValidDate(year ?? 2000, month, day)) return null; // 2000 is a leap year: 'February 29' stays possible
  return { ...span(m), type: 'DATE', spec: { kind: 'calendar', year, month, day } };
}

function clockOf(hh: string, mm: string | undefined, ap: string | undefined): Clock | null {
  let hour = Number(hh);
  const minute = mm === undefined ? 0 : Number(mm);
  if (ap) {
    if (hour < 1 || hour > 12) return null;
    const pm = ap.toLowerCase() === 'p';
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

function leanOf(modifier: string | undefined): { lean: Lean; strict: boolean } {
  switch (modifier?.toLowerCase().replace(/\s+/g, ' ')) {
    case 'last': case 'past': case 'previous': case 'preceding': return { lean: 'past', strict: true };
    case 'next': case 'coming': case 'this coming': return { lean: 'future', strict: true };
    default: return { lean: 'context', strict: false };
  }
}

const TIME_ZONE = '(?:UTC|GMT|Z|MSK|CET|CEST|EET|EEST|[A-Z]{2,4}T)';
const PART_OF_DAY = 'morning|afternoon|evening|night';

// Nouns that make a year plain in 'a 2015 report', 'the 2011 uprising'.
const NOUNS_AFTER_YEAR = 'reports?|study|survey|census|elections?|war|law|agreement|deal|accord|attacks?|offensive|campaign|budget|ceasefire|truce|referendum|uprising|revolution|summit|visit|decision|resolution|crisis|invasion|coup|protests?|earthquake|floods?|Olympics|World\\s+Cup';

export const RULES: readonly TimeRule[] = [
  {
    name: 'isoDate',
    pattern: () => re(`${S}(?<x>(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:T(?<hh>\\d{2}):(?<mm>\\d{2}))?)${E}`),
    extract(m) {
      const found = calendar(m, Number(g(m, 'y')), Number(g(m, 'm')), Number(g(m, 'd')));
      const hh = g(m, 'hh');
      if (found && hh !== undefined && found.spec.kind === 'calendar') {
        const clock = clockOf(hh, g(m, 'mm'), undefined);
        if (clock) return { ...found, type: 'TIME', spec: { ...found.spec, clock } };
      }
      return found;
    },
  },
  {
    name: 'numericDate',
    pattern: () => re(`(?<![\\d/.])(?<x>(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2}))(?![\\d/]|\\.\\d)`),
    extract(m, ctx) {
      const a = Number(g(m, 'a'));
      const b = Number(g(m, 'b'));
      const rawYear = g(m, 'y')!;
      if (g(m, 'sep') === '.' && rawYear.length === 2) return null; // '1.5.10' is a version number
      const twoDigit = Number(rawYear);
      const year = rawYear.length === 4 ? twoDigit : twoDigit < TWO_DIGIT_YEAR_PIVOT ? 2000 + twoDigit : 1900 + twoDigit;
      // Dotted dates are European (day first); slashed ones follow the configured order, and fall
      // back to the other order only when the first is impossible ('25/04/2017').
      const order: NumericOrder = g(m, 'sep') === '.' ? 'dmy' : ctx.numericOrder;
      const [month, day] = order === 'mdy' ? [a, b] : [b, a];
      if (isValidDate(year, month, day)) return calendar(m, year, month, day);
      if (isValidDate(year, day, month)) return calendar(m, year, day, month);
      return null;
    },
  },
  {
    name: 'monthDayYear',
    pattern: (lx) => re(`${S}(?<x>(?<mon>${lx.monthPattern})(?!\\p{L})\\.?\\s+(?<d>\\d{1,2})${ORDINAL}?,?\\s+(?<y>\\d{4}))${E}`),
    extract(m, ctx) {
      const year = Number(g(m, 'y'));
      if (year < MIN_NAMED_YEAR) return null;
      return calendar(m, year, ctx.lexicon.monthNumber(g(m, 'mon')!), Number(g(m, 'd')));
    },
  },
  {
    name: 'dayMonthYear',
    pattern: (lx) => re(`${S}(?<x>(?<d>\\d{1,2})(?:${ORDINAL}|er|\\.)?\\s+(?:of\\s+|de\\s+)?(?<mon>${lx.monthPattern})(?!\\p{L})\\.?(?:,?\\s+|\\s+de\\s+)(?<y>\\d{4}))${E}`),
    extract(m, ctx) {
      const year = Number(g(m, 'y'));
      if (year < MIN_NAMED_YEAR) return null;
      return calendar(m, year, ctx.lexicon.monthNumber(g(m, 'mon')!), Number(g(m, 'd')));
    },
  },
  {
    name: 'monthYear',
    pattern: (lx) => re(`${S}(?<x>(?<mon>${lx.monthPattern})(?!\\p{L})\\.?(?:,?\\s+|\\s+of\\s+|\\s+de\\s+)(?<y>\\d{4}))${E}`),
    extract(m, ctx) {
      const year = Number(g(m, 'y'));
      const month = ctx.lexicon.monthNumber(g(m, 'mon')!);
      if (month === undefined || year < MIN_NAMED_YEAR || year > MAX_BARE_YEAR) return null;
      // 'May 2000 people...' could be a modal and a count; other months with a year are dates ('the March 2011 uprising').
      if (g(m, 'mon') === 'May' && yearLooksLikeCount(ctx.text, m.index + m[0].length)) return null;
      return fixed(m, 'DATE', `${year}-${String(month).padStart(2, '0')}`, 'month');
    },
  },
  {
    name: 'monthDay',
    pattern: (lx) => re(`${S}(?<x>(?<mon>${lx.monthPattern})(?!\\p{L})\\.?\\s+(?<d>\\d{1,2})${ORDINAL}?)(?![\\p{L}\\p{N}]|[.,:]\\d|\\s*(?:%|km|kilomet|mile|met))`),
    extract(m, ctx) {
      return calendar(m, undefined, ctx.lexicon.monthNumber(g(m, 'mon')!), Number(g(m, 'd')));
    },
  },
  {
    name: 'dayMonth',
    pattern: (lx) => re(`${S}(?<x>(?<d>\\d{1,2})(?:${ORDINAL}|er|\\.)?\\s+(?:of\\s+|de\\s+)?(?<mon>${lx.monthPattern})(?!\\p{L})\\.?)`),
    extract(m, ctx) {
      const mon = g(m, 'mon')!;
      const { end } = span(m);
      if (mon === 'May' && isModalMay(ctx.text, end)) return null;
      return calendar(m, undefined, ctx.lexicon.monthNumber(mon), Number(g(m, 'd')));
    },
  },
  {
    name: 'decade',
    // The article and an 'early'/'late'/'mid-' belong to a decade: 'the 1990s', 'the mid-1980s'.
    pattern: () => re(`${S}(?<x>(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<c>1[5-9]|20)(?<d>\\d)0['’]?s)${E}`, 'i'),
    extract(m) {
      return fixed(m, 'DATE', `${g(m, 'c')}${g(m, 'd')}`, 'decade');
    },
  },
  {
    // "the '80s", 'the nineties': a decade without its century is the last century's (TimeML's 198, 199).
    name: 'decadeShort',
    languages: ['en'],
    // A spelled decade needs its article: 'in her forties' is an age.
    pattern: () => re(`${S}(?:the\\s+)?(?<x>['’](?<d>\\d)0s|the\\s+(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`, 'i'),
    extract(m) {
      const words = g(m, 'w')?.toLowerCase();
      const digit = words ? DECADE_WORDS.indexOf(words) + 2 : Number(g(m, 'd'));
      return fixed(m, 'DATE', `19${digit}`, 'decade');
    },
  },
  {
    // 'the 20th century', 'the 11th-century temple': TimeML writes a century by its first two digits (19, 10).
    name: 'century',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:the\\s+)?(?<n>[1-9]|1\\d|2[01])(?:st|nd|rd|th)[\\s-]+century)${E}`, 'i'),
    extract(m) {
      // No granularity: the model stops at decades, and a century is too coarse to date a sentence of the timeline.
      return fixed(m, 'DATE', String(Number(g(m, 'n')) - 1).padStart(2, '0'));
    },
  },
  {
    name: 'yearBeforeNoun',
    pattern: () => re(`${S}(?:a|an|the|its|their|his|her|this|that)\\s+(?<x>(?<y>19\\d\\d|20\\d\\d))\\s+(?=(?:${NOUNS_AFTER_YEAR})${E})`, 'i'),
    extract(m, ctx) {
      const { start } = span(m);
      if (isCopyright(ctx.text, start)) return null;
      return fixed(m, 'DATE', g(m, 'y')!, 'year');
    },
  },
  {
    // 'third-quarter', 'the fiscal first quarter', 'the 1988 third quarter', 'the third quarter of 1990', 'next year's first quarter'.
    name: 'namedQuarter',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:(?:the|this|that)\\s+)?(?:(?<rel>this|next|last)\\s+year['’]s\\s+)?(?:(?<ago>year-earlier|year-ago|comparable\\s+year-ago|same)\\s+)?(?:(?<y1>(?:19|20)\\d\\d)\\s+)?(?:fiscal[\\s-]+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>(?:19|20)\\d\\d))?)${E}`, 'i'),
    extract(m) {
      const quarter = QUARTER_WORDS[g(m, 'q')!.toLowerCase()];
      const explicit = g(m, 'y1') ?? g(m, 'y2');
      const rel = g(m, 'rel')?.toLowerCase();
      const yearShift = g(m, 'ago') && !/same/i.test(g(m, 'ago')!) ? -1 : rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
      return { ...span(m), type: 'DATE', spec: { kind: 'quarter', which: 'named', quarter, year: explicit ? Number(explicit) : undefined, yearShift } };
    },
  },
  {
    // 'the quarter', 'the latest quarter', 'the latest period', 'this quarter', 'the year-earlier period', 'a year earlier'.
    name: 'contextQuarter',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?<ago>(?:the\\s+)?(?:comparable\\s+)?(?:year-earlier|year-ago|year\\s+earlier|corresponding)\\s+(?:quarter|period)(?:\\s+last\\s+year)?|the\\s+quarter\\s+a\\s+year\\s+(?:ago|earlier)|year-earlier|year-ago|a\\s+year\\s+(?:ago|earlier))|(?<cur>this|the\\s+current)\\s+quarter|(?:the|that)\\s+(?:latest\\s+|most\\s+recent\\s+|recent\\s+)?quarter|the\\s+latest\\s+period)${E}`, 'i'),
    extract(m, ctx) {
      const { end } = span(m);
      // 'year-earlier' as a modifier of a later word ('the year-earlier third quarter') is left to namedQuarter.
      if (/^(?:year-earlier|year-ago)$/i.test(m.groups!.x) && /^\s+(?:first|second|third|fourth)/i.test(ctx.text.slice(end, end + 10))) return null;
      const which = g(m, 'cur') ? 'current' : g(m, 'ago') ? 'yearBefore' : 'latest';
      // 'nine-month net rose 5%, compared with a year earlier': a comparison of longer stretches is one of years.
      const { start } = span(m);
      if (which === 'yearBefore' && !/quarter|period/i.test(m.groups!.x) && comparesLongerStretch(ctx.text, start, end)) {
        return { start, end, type: 'DATE', spec: { kind: 'shift', unit: 'year', amount: -1, from: 'document' } };
      }
      return { ...span(m), type: 'DATE', spec: { kind: 'quarter', which, yearShift: 0 } };
    },
  },
  {
    // 'fiscal 1989', 'fiscal year 1990', 'FY1990': the fiscal year is named by its calendar year.
    name: 'fiscalYear',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:fiscal(?:\\s+year)?\\s+|FY\\s?)(?<y>(?:19|20)\\d\\d))${E}`, 'i'),
    extract(m) {
      return fixed(m, 'DATE', g(m, 'y')!, 'year');
    },
  },
  {
    // 'the 1998 bombing', "its 1988 recapitalization", "the company's 1989 results": a year used as a modifier.
    // A lower-case word must follow (a capital one is a name: 'his 1987 Chevrolet'), and not a counted noun.
    name: 'yearAsModifier',
    pattern: () => re(`${S}(?:the|a|an|its|their|his|her|this|that|our|[\\p{L}]+['’]s)\\s+(?:[a-z]+\\s+)?(?<x>(?<y>1[89]\\d\\d|20\\d\\d))\\s+(?<noun>[a-z]+)`),
    extract(m, ctx) {
      const year = Number(g(m, 'y'));
      const { start } = span(m);
      if (year < MIN_UNCUED_YEAR || year > MAX_UNCUED_YEAR || isCopyright(ctx.text, start)) return null;
      if (COUNTED_NOUNS.test(g(m, 'noun')!)) return null;
      const { end } = span(m);
      return { start, end, type: 'DATE', spec: { kind: 'fixed', value: String(year), granularity: 'year', anchor: 'absolute' } };
    },
  },
  {
    // 'the second half of 1989', 'the first two quarters of 1990', 'the first half of next year'.
    name: 'halfYear',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:the\\s+)?(?:(?<which>first|second|last|latter)\\s+half|(?<two>first|last)\\s+two\\s+quarters)(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<y>(?:19|20)\\d\\d)|(?<rel>this|next|last)\\s+year|(?<the>the\\s+year)))?)${E}`, 'i'),
    extract(m) {
      const words = (g(m, 'which') ?? g(m, 'two'))!.toLowerCase();
      const half = words === 'first' ? 1 : 2;
      // A bare 'the second half' is as often a match's as a year's: the year must be said.
      if (g(m, 'y') === undefined && g(m, 'rel') === undefined && g(m, 'the') === undefined) return null;
      const { start } = span(m);
      const rel = g(m, 'rel')?.toLowerCase();
      const yearShift = rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
      return { start, end: span(m).end, type: 'DATE', spec: { kind: 'half', half, year: g(m, 'y') === undefined ? undefined : Number(g(m, 'y')), yearShift } };
    },
  },
  {
    // 'the 1988 quarter', 'the 1989 period': the quarter the story reports, in that year.
    name: 'quarterOfYear',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>the\\s+(?<y>(?:19|20)\\d\\d)\\s+(?:quarter|period))${E}`, 'i'),
    extract(m) {
      return { ...span(m), type: 'DATE', spec: { kind: 'quarter', which: 'inYear', year: Number(g(m, 'y')), yearShift: 0 } };
    },
  },
  {
    // 'nineteen ninety-six', 'January nineteen ninety-seven', 'the year two thousand': transcripts say years aloud.
    // 'twenty ...' and 'two thousand ...' are counts as often as years, so they need a month, 'the year' or a cue word.
    name: 'spelledYear',
    languages: ['en'],
    pattern: (lx) => re(`${S}(?<x>(?:(?<mon>${lx.fullMonthPattern})\\s+|(?<theYear>the\\s+year\\s+))?(?<y>${SPELLED_YEAR_PATTERN}))${E}`, 'i'),
    extract(m, ctx) {
      const year = parseSpelledYear(g(m, 'y')!);
      if (year === undefined) return null;
      const { start, end } = span(m);
      const mon = g(m, 'mon');
      // 'nineteen ninety-seven' is never a count; 'two thousand' often is, unless a month, 'the year' or a cue says otherwise.
      const century = /^(?:eighteen|nineteen)/i.test(g(m, 'y')!);
      const cued = mon !== undefined || g(m, 'theYear') !== undefined || hasYearCue(ctx.text, start);
      if (!century && (!cued || yearLooksLikeCount(ctx.text, end))) return null;
      const month = mon === undefined ? undefined : ctx.lexicon.monthNumber(mon);
      if (month !== undefined) return fixed(m, 'DATE', `${year}-${String(month).padStart(2, '0')}`, 'month');
      return fixed(m, 'DATE', String(year), 'year');
    },
  },
  {
    // 'the winter of 1994', 'summer 1998', 'the winter of nineteen ninety-four'.
    name: 'seasonOfYear',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<season>spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?(?<y>(?:1[89]|20)\\d\\d|${SPELLED_YEAR_PATTERN}))${E}`, 'i'),
    extract(m) {
      const raw = g(m, 'y')!;
      const year = /^\d/.test(raw) ? Number(raw) : parseSpelledYear(raw);
      if (year === undefined) return null;
      return { ...span(m), type: 'DATE', spec: { kind: 'season', season: SEASONS[g(m, 'season')!.toLowerCase()], which: 'this', year } };
    },
  },
  {
    // 'over the summer', 'into the early summer': the latest such season begun by the anchor. A preposition is required.
    name: 'theSeason',
    languages: ['en'],
    pattern: () => re(`${S}(?<=(?:in|during|over|into|through|throughout|since|until|of|for)\\s+)(?<x>the\\s+(?:(?:early|late)\\s+)?(?<season>spring|summer|fall|autumn|winter))${E}(?!\\s+(?:of|season|months|semester|term|collection|olympics|games)${E})`, 'i'),
    extract(m) {
      return { ...span(m), type: 'DATE', spec: { kind: 'season', season: SEASONS[g(m, 'season')!.toLowerCase()], which: 'latest' } };
    },
  },
  {
    // 'Thanksgiving Day', 'last Christmas', 'Easter week', 'New Year's Day 1999'.
    name: 'holiday',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:(?<mod>last|this|next|this\\s+past|this\\s+coming)\\s+)?(?<h>${HOLIDAY_PATTERN})(?:,?\\s+(?<y>(?:19|20)\\d\\d))?(?<week>\\s+week)?)${E}`, 'i'),
    extract(m, ctx) {
      const holiday = holidayNamed(g(m, 'h')!);
      if (!holiday) return null;
      // 'Easter Island', 'Christmas Island': a capitalised word after the name makes it part of another name.
      if (isCapitalised(nextWord(ctx.text, span(m).end))) return null;
      const mod = g(m, 'mod')?.toLowerCase().replace(/\s+/g, ' ');
      const lean = mod === 'this past' ? { lean: 'past' as const, strict: true } : mod === 'this coming' ? { lean: 'future' as const, strict: true } : leanOf(mod);
      const year = g(m, 'y') === undefined ? undefined : Number(g(m, 'y'));
      return { ...span(m), type: 'DATE', spec: { kind: 'holiday', holiday, ...lean, year, week: g(m, 'week') !== undefined } };
    },
  },
  {
    // 'for the year', 'the full year', 'the fiscal year': the anchor's (business) year; 'the latest fiscal year' the one before.
    // 'the year ended March 31' measures a year of results: a duration.
    name: 'theYear',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>the\\s+(?:(?<adj>full|fiscal|current|current\\s+fiscal|latest\\s+fiscal|latest\\s+full)\\s+)?year)(?![-\\p{L}\\p{N}'’])(?!\\s+(?:\\d|ago|earlier|before|after|later|of|in\\s+review|two\\s+thousand|nineteen))`, 'i'),
    extract(m, ctx) {
      const { end } = span(m);
      if (/Year/.test(m.groups!.x)) return null; // 'Player of the Year' is a title
      if (/^\s+(?:ended|ending|ends|through|to\s+(?:date|\w+\s+\d))/i.test(ctx.text.slice(end, end + 20))) return fixed(m, 'DURATION', 'P1Y');
      const latest = /^latest/i.test(g(m, 'adj') ?? '');
      return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: 'year', amount: latest ? -1 : 0, from: 'document' } };
    },
  },
  {
    // 'by year-end', "by year's end", 'by the end of the year': the anchor's year.
    name: 'yearEnd',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>year[-\\s]end|year['’]s\\s+end|the\\s+end\\s+of\\s+(?:the|this)\\s+year)${E}`, 'i'),
    extract(m) {
      return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: 'year', amount: 0, from: 'document' } };
    },
  },
  {
    name: 'yearWithCue',
    pattern: () => re(`${S}(?<x>(?<y>\\d{4}))${E}`),
    extract(m, ctx) {
      const year = Number(g(m, 'y'));
      if (year < MIN_BARE_YEAR || year > MAX_BARE_YEAR) return null;
      const { start, end } = span(m);
      // 'post-1959 politics', 'pre-1990 levels': the prefix makes the number a year, whatever noun follows.
      if (/(?<![\p{L}])(?:pre|post)-$/iu.test(ctx.text.slice(Math.max(0, start - 5), start))) return fixed(m, 'DATE', String(year), 'year');
      if (yearLooksLikeCount(ctx.text, end) || isCopyright(ctx.text, start)) return null;
      // Without a cue word only years near the present are believed: '1990 earnings', 'both 1990 and 1991'.
      if (!hasYearCue(ctx.text, start) && (year < MIN_UNCUED_YEAR || year > MAX_UNCUED_YEAR || /[$#€£]\s*$|No\.\s*$/.test(ctx.text.slice(Math.max(0, start - 4), start)))) return null;
      return fixed(m, 'DATE', String(year), 'year');
    },
  },
  {
    name: 'monthAlone',
    languages: ['en'],
    pattern: (lx) => re(`${S}(?<x>(?:(?<mod>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)[\\s-]+)?(?<mon>${lx.fullMonthPattern}))${E}(?!\\s*\\d)`),
    extract(m, ctx) {
      const mon = g(m, 'mon')!;
      const mod = g(m, 'mod');
      const { start, end } = span(m);
      const before = previousWord(ctx.text, start);
      // A bare month needs a cue: 'Theresa May' and 'the October Revolution' name no time.
      // 'for' and a determiner ('the October slaying') cue any month but May, which is as often a name ('support for May', 'the May government').
      const cued = mod !== undefined || (before !== null && /^(?:in|since|during|by|until|till|from|through|throughout|before|after|of|to|and|or|between|late|early|mid)$/i.test(before))
        || (mon !== 'May' && ((before !== null && /^for$/i.test(before)) || isDateModifier(ctx.text, start, end)));
      if (!cued) return null;
      if (mon === 'May' && isModalMay(ctx.text, end)) return null;
      const month = ctx.lexicon.monthNumber(mon)!;
      // 'this September' is the anchor year's, whichever side of the anchor it falls.
      // 'by February' sets a deadline, which news gives for what is still to come.
      const lean = mod?.toLowerCase() === 'this' ? { lean: 'current' as const, strict: false }
        : mod === undefined && /^by$/i.test(before ?? '') ? { lean: 'future' as const, strict: false } : leanOf(mod);
      return { start, end, type: 'DATE', spec: { kind: 'month', month, ...lean } };
    },
  },
  {
    name: 'weekday',
    pattern: (lx) => re(`${S}(?<x>(?:(?<mod>[Ll]ast|[Tt]his\\s+coming|[Tt]his|[Nn]ext|[Cc]oming|[Pp]ast|[Pp]revious|[Pp]receding|[Ff]ollowing)\\s+)?(?<wd>${lx.weekdayPattern})(?:\\s+(?<part>${PART_OF_DAY}))?)${E}`),
    extract(m, ctx) {
      const { start, end } = span(m);
      const mod = g(m, 'mod');
      const before = previousWord(ctx.text, start);
      const after = nextWord(ctx.text, end);
      if (mod === undefined && ctx.lexicon.language === 'en') {
        // 'the Sunday Times', 'Sunday Telegraph': a weekday used as part of a name ('the Tuesday deadline' is a date).
        if (before !== null && /^the$/i.test(before) && !isDateModifier(ctx.text, start, end)) return null;
        const cuedByOn = before !== null && /^on$/i.test(before);
        if (!cuedByOn && isCapitalised(after) && ctx.lexicon.monthNumber(after!) === undefined) return null;
      }
      const weekday = ctx.lexicon.weekdayNumber(g(m, 'wd')!);
      if (weekday === undefined) return null;
      const part = partOfDay(g(m, 'part'));
      // 'the previous Friday', 'the following Monday': counted from the day the story is on, not from the page's date.
      const anaphoric = mod !== undefined && before !== null && /^the$/i.test(before) && /^(?:previous|preceding|following|next)$/i.test(mod);
      // 'following Monday's vote': the preposition, then a plain weekday.
      if (mod !== undefined && /^following$/i.test(mod) && !anaphoric) {
        const wdStart = m.indices!.groups!.wd[0];
        return { start: wdStart, end, type: 'DATE', spec: { kind: 'weekday', weekday, lean: 'context', strict: false, ...(part ? { part } : {}) } };
      }
      if (anaphoric) {
        const lean = /^(?:previous|preceding)$/i.test(mod) ? 'past' as const : 'future' as const;
        return { start, end, type: 'DATE', spec: { kind: 'weekday', weekday, lean, strict: true, from: 'previous', ...(part ? { part } : {}) } };
      }
      return { start, end, type: 'DATE', spec: { kind: 'weekday', weekday, ...leanOf(mod), ...(part ? { part } : {}) } };
    },
  },
  {
    name: 'weekdayAbbreviation',
    languages: ['en'],
    pattern: (lx) => re(`${S}(?<x>(?<wd>Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?)(?=,?\\s+(?:\\d|(?:${lx.monthPattern})(?!\\p{L})))`),
    extract(m) {
      const weekday = WEEKDAY_ABBREVIATIONS[g(m, 'wd')!.toLowerCase()];
      return { ...span(m), type: 'DATE', spec: { kind: 'weekday', weekday, lean: 'context', strict: false } };
    },
  },
  {
    name: 'relativeDay',
    pattern: () => re(`${S}(?<x>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|(?<w>yesterday|today|tonight|tomorrow)(?:\\s+(?:${PART_OF_DAY}))?|last\\s+night|this\\s+(?:morning|afternoon|evening))${E}`, 'i'),
    extract(m, ctx) {
      const { start } = span(m);
      const words = m[0].toLowerCase();
      // 'Russia Today', 'USA Today': the capitalised word names a medium, not a day.
      if (/^Today/.test(m.groups!.x) && isCapitalised(previousWord(ctx.text, start)) && !/[.!?:]\s*$/.test(ctx.text.slice(0, start))) return null;
      const amount = words.includes('before yesterday') ? -2
        : words.includes('after tomorrow') ? 2
          : /yesterday|last\s+night/.test(words) ? -1
            : /tomorrow/.test(words) ? 1 : 0;
      const part = /night/.test(words) ? 'NI' : partOfDay(/morning|afternoon|evening/.exec(words)?.[0]);
      return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: 'day', amount, from: 'document', ...(part ? { part } : {}) } };
    },
  },
  {
    // 'by mid-afternoon', 'at mid-morning yesterday': a part of the page's day (or of the day named after it).
    name: 'midPartOfDay',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>mid[-\\s]?(?<part>morning|afternoon)(?:\\s+(?<day>yesterday|today|tomorrow))?)${E}`, 'i'),
    extract(m) {
      const day = g(m, 'day')?.toLowerCase();
      const amount = day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : 0;
      // TimeML types a part of the day as a TIME, as TimeBank mostly does.
      return { ...span(m), type: 'TIME', spec: { kind: 'shift', unit: 'day', amount, from: 'document', part: partOfDay(g(m, 'part')) } };
    },
  },
  {
    name: 'relativeDayFrench',
    languages: ['fr'],
    pattern: () => re(`${S}(?<x>avant-hier|après-demain|hier|aujourd['’]hui|demain)${E}`, 'i'),
    extract(m) {
      const amount = ({ 'avant-hier': -2, hier: -1, demain: 1, 'après-demain': 2 } as Record<string, number>)[m[0].toLowerCase()] ?? 0;
      return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: 'day', amount, from: 'document' } };
    },
  },
  {
    name: 'relativeDayGerman',
    languages: ['de'],
    // Capitalised 'Morgen' is 'morning', so only the lower-case 'morgen' means tomorrow.
    pattern: () => re(`${S}(?<x>[Vv]orgestern|[Gg]estern|[Hh]eute|morgen|[Üü]bermorgen)${E}`),
    extract(m) {
      const amount = ({ vorgestern: -2, gestern: -1, morgen: 1, übermorgen: 2 } as Record<string, number>)[m[0].toLowerCase()] ?? 0;
      return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: 'day', amount, from: 'document' } };
    },
  },
  {
    name: 'relativeDaySpanish',
    languages: ['es'],
    // 'mañana' is also 'morning', so tomorrow is left out.
    pattern: () => re(`${S}(?<x>anteayer|antier|ayer|hoy)${E}`, 'i'),
    extract(m) {
      const amount = ({ anteayer: -2, antier: -2, ayer: -1 } as Record<string, number>)[m[0].toLowerCase()] ?? 0;
      return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: 'day', amount, from: 'document' } };
    },
  },
  {
    // 'last fall', 'this summer': seasons only with a determiner, since a bare 'spring' or 'fall' is often no time.
    name: 'season',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?<which>last|this|next|this\\s+past|this\\s+coming)\\s+(?<season>spring|summer|fall|autumn|winter))${E}`, 'i'),
    extract(m) {
      const which = g(m, 'which')!.toLowerCase().replace(/\s+/g, ' ');
      const season = SEASONS[g(m, 'season')!.toLowerCase()];
      const mode = which === 'this past' ? 'last' : which === 'this coming' ? 'next' : which as 'last' | 'this' | 'next';
      return { ...span(m), type: 'DATE', spec: { kind: 'season', season, which: mode } };
    },
  },
  {
    // 'over the weekend': the article's weekend; a preposition is required so 'the weekend edition' stays out.
    name: 'theWeekend',
    languages: ['en'],
    pattern: () => re(`${S}(?<=(?:over|during|at|on|through|ahead\\s+of|before|after|until)\\s+)(?<x>the\\s+weekend)${E}`, 'i'),
    extract(m, ctx) {
      const { start } = span(m);
      const ahead = /(?:ahead\s+of|before|until)\s+$/i.test(ctx.text.slice(Math.max(0, start - 12), start));
      return { ...span(m), type: 'DATE', spec: { kind: 'weekend', lean: ahead ? 'future' : 'context' } };
    },
  },
  {
    name: 'relativePeriod',
    pattern: () => re(`${S}(?<x>(?:(?:earlier|later|early|late|mid)[\\s-]+)?(?<mod>this|last|next|previous)\\s+(?<unit>week|weekend|month|year))${E}`, 'i'),
    extract(m, ctx) {
      const { start, end } = span(m);
      // 'the last year' / 'the next week' are spans or anaphora, handled by other rules.
      if (/^the$/i.test(previousWord(ctx.text, start) ?? '')) return null;
      const mod = g(m, 'mod')!.toLowerCase();
      const rawUnit = g(m, 'unit')!.toLowerCase();
      const amount = mod === 'this' ? 0 : mod === 'next' ? 1 : -1;
      // '$33 million last year', "last year's quarter": a results comparison, which means the same quarter a year before.
      if (m.groups!.x.toLowerCase() === 'last year' && comparesResults(ctx.text, start, end)) {
        return { start, end, type: 'DATE', spec: { kind: 'quarter', which: 'yearBefore', yearShift: 0 } };
      }
      const weekend = rawUnit === 'weekend';
      const unit = (weekend ? 'week' : rawUnit) as Unit;
      return { start, end, type: 'DATE', spec: { kind: 'shift', unit, amount, from: 'document', weekend } };
    },
  },
  {
    name: 'ago',
    // 'almost four years ago': the hedge belongs to the expression, and it still names a year.
    pattern: () => re(`${S}(?<x>(?:(?:almost|nearly|about|some|roughly|around|more\\s+than|less\\s+than|over|just|only)\\s+)?(?<num>${NUMBER_PATTERN}|${VAGUE_PATTERN})\\s+(?<unit>${UNIT_PATTERN})\\s+ago)${E}`, 'i'),
    extract(m) {
      const amount = parseAmount(g(m, 'num')!);
      const unit = parseUnit(g(m, 'unit')!)!;
      if (amount === undefined || !Number.isInteger(amount)) return fixed(m, 'DATE', 'PAST_REF', undefined, 'document');
      return { ...span(m), type: 'DATE', spec: shiftBack(unit, amount) };
    },
  },
  {
    name: 'anaphoric',
    pattern: () => re(`${S}(?<x>the\\s+(?:next|following|previous|preceding)\\s+(?<unit>day|week|month|year)|the\\s+day\\s+(?<dir>before|after)|(?<num>${NUMBER_PATTERN})\\s+(?<unit2>${UNIT_PATTERN})\\s+(?<dir2>later|earlier))${E}`, 'i'),
    extract(m, ctx) {
      const words = m[0].toLowerCase();
      // 'the day before authorities issued a warrant', 'the day before returning home': a day counted from an
      // event told in a clause, not from the date just named, so no value can be given. An event named by a noun
      // phrase ('the day after his death') is usually the one just dated, and keeps the shift.
      if (g(m, 'dir') && /^[ \t]+(?!(?:the|a|an|his|her|its|their|our|this|that)\s)\p{L}/iu.test(ctx.text.slice(span(m).end, span(m).end + 8))) return null;
      if (g(m, 'dir')) {
        return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: 'day', amount: g(m, 'dir')!.toLowerCase() === 'before' ? -1 : 1, from: 'previous' } };
      }
      if (g(m, 'unit')) {
        const sign = /previous|preceding/.test(words) ? -1 : 1;
        return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: parseUnit(g(m, 'unit')!)!, amount: sign, from: 'previous' } };
      }
      const amount = parseAmount(g(m, 'num')!);
      const unit = parseUnit(g(m, 'unit2')!)!;
      if (amount === undefined || !Number.isInteger(amount) || !['day', 'week', 'month', 'year'].includes(unit)) return null;
      const sign = g(m, 'dir2')!.toLowerCase() === 'earlier' ? -1 : 1;
      return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit, amount: sign * amount, from: 'previous' } };
    },
  },
  {
    // 'that year', 'later that year', 'earlier that day', 'that same day': the period of the date just named.
    name: 'thatPeriod',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:(?:earlier|later)\\s+)?that\\s+(?:same\\s+|very\\s+)?(?<unit>day|week|month|year))${E}`, 'i'),
    extract(m) {
      const unit = parseUnit(g(m, 'unit')!)!;
      // A bare 'that day' is as often a manner of speaking ('trades made that day') as a date.
      if (unit === 'day' && /^that\s+day$/i.test(m.groups!.x)) return null;
      return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit, amount: 0, from: 'previous' } };
    },
  },
  {
    // 'recent weeks', 'the past few months', 'the coming years': a stretch of unstated length (TimeML: PXW, PXM...).
    name: 'vagueStretch',
    // 'the weeks ahead' likewise; 'over the years' needs its preposition ('the years of war' is no stretch of time).
    pattern: () => re(`${S}(?:in\\s+)?(?<x>(?:the\\s+(?:past|last|next)\\s+(?:few|several|couple\\s+of)|recent|the\\s+coming|coming)\\s+(?<unit>days|weeks|months|years)|the\\s+(?<unit2>days|weeks|months|years)\\s+ahead|(?<=(?:over|during|through|throughout)\\s+)the\\s+(?<unit3>years))${E}`, 'i'),
    extract(m) {
      const unit = ({ days: 'D', weeks: 'W', months: 'M', years: 'Y' } as Record<string, string>)[(g(m, 'unit') ?? g(m, 'unit2') ?? g(m, 'unit3'))!.toLowerCase()];
      // 'the next couple of years' counts two.
      return fixed(m, 'DURATION', `P${/couple/i.test(m.groups!.x) ? 2 : 'X'}${unit}`);
    },
  },
  {
    name: 'pastReference',
    pattern: () => re(`${S}(?<x>recently|lately|the\\s+past(?!\\s+(?:\\d|few|several|couple|hour|day|week|month|year|decade|century|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred)))${E}`, 'i'),
    extract(m) {
      return fixed(m, 'DATE', 'PAST_REF', undefined, 'document');
    },
  },
  {
    name: 'presentReference',
    pattern: () => re(`${S}(?<x>right\\s+now|now|currently|current|at\\s+present|at\\s+the\\s+moment|nowadays|these\\s+days|at\\s+this\\s+time)${E}`, 'i'),
    extract(m) {
      return fixed(m, 'DATE', 'PRESENT_REF', undefined, 'document');
    },
  },
  {
    name: 'futureReference',
    // 'in the near term', 'at a later date': the business ways of saying 'in the future'.
    pattern: () => re(`${S}(?:in\\s+)?(?<x>the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term|a\\s+later\\s+date|soon|shortly)${E}`, 'i'),
    extract(m, ctx) {
      const { start, end } = span(m);
      const word = m.groups!.x.toLowerCase();
      if (word === 'soon' && /^as$/i.test(previousWord(ctx.text, start) ?? '')) return null; // 'as soon as'
      // 'soon after being captured', 'was soon released', 'that soon became a flood': told in the past, 'soon' is
      // shortly after another event, not a time still to come.
      if (word === 'soon' && (SOON_RELATIVE_AFTER.test(ctx.text.slice(end, end + 24)) || /^(?:was|were|had)$/i.test(previousWord(ctx.text, start) ?? ''))) return null;
      if (word === 'shortly' && /^(?:after|before)$/i.test(nextWord(ctx.text, end) ?? '')) return null; // 'shortly after the attack'
      return fixed(m, 'DATE', 'FUTURE_REF', undefined, 'document');
    },
  },
  {
    name: 'duration',
    // 'two more weeks', 'an additional year', 'eight trading days': a word between number and unit still counts the unit.
    // 'within' and an 'over' before an article are prepositions, which TimeML leaves out of the span ('within [a week]', 'over [the past 20 years]').
    pattern: () => re(`${S}(?:(?<pre>within|over(?=\\s+the\\s))\\s+)?(?<x>(?<mod>(?:(?:over|more\\s+than|less\\s+than|fewer\\s+than|nearly|almost|about|around|roughly|some|at\\s+least|up\\s+to|barely|only|just|as\\s+long\\s+as|the\\s+(?:past|last|next|coming|first|final|previous|following)|those|these|the)\\s+)*)(?<num>${NUMBER_PATTERN})(?<sep>\\s+(?:(?<extra>more|additional|extra|further|trading|business|working)\\s+)?|-)(?<unit>${UNIT_PATTERN}))${E}`, 'i'),
    extract(m, ctx) {
      const amount = parseAmount(g(m, 'num')!);
      const unit = parseUnit(g(m, 'unit')!);
      if (amount === undefined || unit === undefined) return null;
      const { start, end } = span(m);
      const weakNumber = /^(?:a|an|one)$/i.test(g(m, 'num')!);
      const cuedBefore = /\b(?:for|in|during|after|throughout|lasting|spanning|of)\s+$/i.test(ctx.text.slice(Math.max(0, start - 14), start));
      // 'a one-day trip', 'its one-year term': a hyphenated number-unit before a noun is an adjective of length.
      const lengthAdjective = g(m, 'sep') === '-' && /^\s+[a-z]/.test(ctx.text.slice(end, end + 3));
      // 'one day he left', 'a day of mourning': a lone 'a'/'one' needs a cue to mean a length of time.
      if (weakNumber && !g(m, 'mod') && !g(m, 'pre') && !g(m, 'extra') && !cuedBefore && !lengthAdjective) return null;
      // '6-year-old Elian', 'a 52-year-old man': an age, not a length of time in the story.
      // '52 years old' likewise.
      if (/^(?:-|\s+)old\b/i.test(ctx.text.slice(span(m).end, span(m).end + 5))) return null;
      return fixed(m, 'DURATION', durationValue(amount, unit));
    },
  },
  {
    name: 'durationPastUnit',
    pattern: () => re(`${S}(?:(?:for|in|during|throughout|over)\\s+)?(?<x>the\\s+(?:past|last)\\s+(?<unit>hour|day|week|month|year|decade|century))${E}`, 'i'),
    extract(m) {
      const unit = parseUnit(g(m, 'unit')!)!;
      // 'over the past year' names the twelve months behind the anchor, which TimeBank dates to the year before.
      if (unit === 'year') return { ...span(m), type: 'DATE', spec: { kind: 'shift', unit: 'year', amount: -1, from: 'document' } };
      return fixed(m, 'DURATION', durationValue(1, unit));
    },
  },
  {
    name: 'durationVague',
    pattern: () => re(`${S}(?:(?<pre>for|in|after|during|throughout|within|over)\\s+)?(?<x>(?:(?<vague>${VAGUE_PATTERN}|hundreds\\s+of|thousands\\s+of)\\s+)?(?<unit>hours|days|weeks|months|years|decades|centuries))${E}`, 'i'),
    extract(m) {
      if (!g(m, 'pre') && !g(m, 'vague')) return null;
      return fixed(m, 'DURATION', durationValue('X', parseUnit(g(m, 'unit')!)!));
    },
  },
  {
    // 'a day-long meeting', 'a two-week-long strike', 'the year-long siege': a length used as an adjective.
    name: 'durationLong',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:(?<num>${NUMBER_PATTERN})-)?(?<unit>hour|day|week|month|year)[-\\s]long)${E}`, 'i'),
    extract(m) {
      const amount = g(m, 'num') === undefined ? 1 : parseAmount(g(m, 'num')!);
      const unit = parseUnit(g(m, 'unit')!);
      return amount === undefined || unit === undefined ? null : fixed(m, 'DURATION', durationValue(amount, unit));
    },
  },
  {
    // 'a several-year tenure', 'a multi-year contract': an unstated number of units, as an adjective.
    name: 'durationVagueAdjective',
    languages: ['en'],
    pattern: () => re(`${S}(?<x>(?:several|multi|many|few)-(?<unit>day|week|month|year|decade))(?=\\s+[a-z])`, 'i'),
    extract(m) {
      return fixed(m, 'DURATION', durationValue('X', parseUnit(g(m, 'unit')!)!));
    },
  },
  {
    name: 'setEvery',
    // 'each July', 'every spring' recur once a year: TimeML writes the month or season with the year left open.
    pattern: (lx) => re(`${S}(?<x>(?:every|each)\\s+(?:(?<num>other|${NUMBER_PATTERN})\\s+)?(?<unit>${UNIT_PATTERN}|${PART_OF_DAY}|weekend|${lx.weekdayPattern}|${lx.fullMonthPattern}|spring|summer|fall|autumn|winter))${E}`, 'i'),
    extract(m, ctx) {
      const rawUnit = g(m, 'unit')!;
      const month = /^\p{Lu}/u.test(rawUnit) ? ctx.lexicon.monthNumber(rawUnit) : undefined;
      if (month !== undefined && g(m, 'num') === undefined) return fixed(m, 'SET', `XXXX-${String(month).padStart(2, '0')}`);
      const season = SEASONS[rawUnit.toLowerCase()];
      if (season !== undefined) return g(m, 'num') === undefined ? fixed(m, 'SET', `XXXX-${season}`) : null;
      const num = g(m, 'num');
      const amount = num === undefined ? 1 : /^other$/i.test(num) ? 2 : parseAmount(num);
      if (amount === undefined) return null;
      const weekday = ctx.lexicon.weekdayNumber(rawUnit);
      if (weekday !== undefined) return fixed(m, 'SET', `XXXX-WXX-${weekday}`);
      const lower = rawUnit.toLowerCase();
      if (lower === 'weekend') return fixed(m, 'SET', 'XXXX-WXX-WE');
      const part = PARTS_OF_DAY[lower];
      if (part) return fixed(m, 'SET', `XXXX-XX-XXT${part}`);
      const unit = parseUnit(lower);
      return unit ? fixed(m, 'SET', durationValue(amount, unit)) : null;
    },
  },
  {
    name: 'setAdverb',
    // Lower case only: 'Daily Mail' and 'The Weekly Standard' are titles.
    pattern: () => re(`${S}(?<x>hourly|daily|nightly|weekly|monthly|yearly|annually)${E}`),
    extract(m) {
      const value = ({ hourly: 'PT1H', daily: 'P1D', nightly: 'XXXX-XX-XXTNI', weekly: 'P1W', monthly: 'P1M' } as Record<string, string>)[m[0]] ?? 'P1Y';
      return fixed(m, 'SET', value);
    },
  },
  {
    // '$1 billion a year', '500 interviews a day': a rate after an amount is a SET.
    name: 'setPerUnit',
    languages: ['en'],
    pattern: () => re(`(?<=\\d[\\d.,]*(?:\\s+(?:million|billion|thousand|hundred))?(?:\\s+[a-z]+){0,2}\\s+|(?:dozens|hundreds|thousands)\\s+of\\s+[a-z]+\\s+)(?<x>(?:a|per)\\s+(?<unit>day|week|month|year))${E}`),
    extract(m) {
      return fixed(m, 'SET', durationValue(1, parseUnit(g(m, 'unit')!)!));
    },
  },
  {
    name: 'setFrequency',
    pattern: () => re(`${S}(?<x>(?:once|twice|(?:${NUMBER_PATTERN})\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<unit>second|minute|hour|day|week|month|year))${E}`, 'i'),
    extract(m) {
      return fixed(m, 'SET', durationValue(1, parseUnit(g(m, 'unit')!)!));
    },
  },
  {
    name: 'setWeekdayPlural',
    languages: ['en'],
    pattern: (lx) => re(`${S}on\\s+(?<x>(?<wd>${lx.weekdayPattern})s)${E}`),
    extract(m, ctx) {
      const weekday = ctx.lexicon.weekdayNumber(g(m, 'wd')!);
      return weekday === undefined ? null : fixed(m, 'SET', `XXXX-WXX-${weekday}`);
    },
  },
  {
    name: 'clockTime',
    pattern: () => re(`(?<![\\d:.,])(?<x>(?<hh>[01]?\\d|2[0-3]):(?<mm>[0-5]\\d)(?::[0-5]\\d)?(?:\\s*(?<ap>[AaPp])\\.?[Mm]\\.?(?!\\p{L}))?(?:\\s+${TIME_ZONE}(?!\\p{L}))?)(?![\\d:])`),
    extract(m) {
      const clock = clockOf(g(m, 'hh')!, g(m, 'mm'), g(m, 'ap'));
      return clock ? { ...span(m), type: 'TIME', spec: { kind: 'clock', clock } } : null;
    },
  },
  {
    // 'at noon', 'midday': twelve o'clock, which joins a following day like any clock time ('noon Thursday').
    name: 'noon',
    languages: ['en'],
    pattern: () => re(`${S}(?<!high\\s+)(?<x>noon|midday)${E}`, 'i'),
    extract(m) {
      return { ...span(m), type: 'TIME', spec: { kind: 'clock', clock: { hour: 12, minute: 0 } } };
    },
  },
  {
    name: 'clockHour',
    pattern: () => re(`${S}(?<x>(?<hh>1[0-2]|0?[1-9])\\s*(?<ap>[AaPp])\\.?[Mm]\\.?(?!\\p{L})(?:\\s+${TIME_ZONE}(?!\\p{L}))?)`),
    extract(m) {
      const clock = clockOf(g(m, 'hh')!, undefined, g(m, 'ap'));
      return clock ? { ...span(m), type: 'TIME', spec: { kind: 'clock', clock } } : null;
    },
  },
];

// A determiner before and a common noun after: 'the October slaying', 'a June agreement', 'the Tuesday deadline'.
// Names keep their capitals ('the October Revolution', 'the Sunday Times'), so a lower-case noun marks a date.
const DETERMINER_BEFORE = /(?<![\p{L}])(?:the|a|an|its|his|her|their|our)\s+$/iu;
const COMMON_NOUN_AFTER = /^\s+[a-z]{3,}/;

function isDateModifier(text: string, start: number, end: number): boolean {
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && COMMON_NOUN_AFTER.test(text.slice(end, end + 8));
}

// What follows a 'soon' that counts from another event: 'soon after', 'soon thereafter', a verb in the past ('soon became').
const SOON_RELATIVE_AFTER = /^\s+(?:after|afterwards?|thereafter|before|[a-z]+ed\b|became|began|came|went|found|took|gave|left|made|grew|fell|rose|saw)/i;

const QUARTER_WORDS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

// Nouns that make a preceding four-digit number a count: 'the 2000 troops'.
const COUNTED_NOUNS = /^(?:percent|per|people|persons|men|women|children|troops|soldiers|workers|employees|jobs|shares|residents|students|refugees|cases|members|units|cars|homes|houses|acres|votes|dollars|miles|tons|barrels|deaths|delegates|police|officers|pages|words|feet|meters|metres|kilometers|kilometres|points|calories|rounds|copies|seats|beds|rooms|flights|passengers|times|of|and|or|to)$/;

// An amount just before ('$33 million last year', '74 cents a share last year') or a period or sum just after ("last year's quarter").
const AMOUNT_BEFORE = /(?:\d|million|billion|cents?(?:\s+a\s+share)?|%)\s*,?\s*$/i;
const PERIOD_OR_SUM_AFTER = /^['’]s\s+(?:quarter|period|[$#]|\d)/i;

// The stretches of a results report longer than a quarter: 'the first nine months', 'the first half', 'the full year'.
const LONGER_STRETCH = /\b(?:nine|six)[\s-]+months?\b|\b(?:first|second)\s+half\b|\bfull\s+year\b/i;
/** How far around a comparison its sentence is read for the stretch it compares. */
const COMPARISON_SENTENCE_WINDOW = 160;

function comparesLongerStretch(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - COMPARISON_SENTENCE_WINDOW), start).split(/[.!?]\s/).pop() ?? '';
  const after = text.slice(end, end + 60).split(/[.!?]\s/)[0] ?? '';
  return LONGER_STRETCH.test(before) || LONGER_STRETCH.test(after);
}

function comparesResults(text: string, start: number, end: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || PERIOD_OR_SUM_AFTER.test(text.slice(end, end + 12));
}

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

const PARTS_OF_DAY: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function partOfDay(word: string | undefined): PartOfDay | undefined {
  return word === undefined ? undefined : PARTS_OF_DAY[word.toLowerCase()];
}

/** 'N units ago' as a shift back from the document date, in the coarsest unit the calendar knows. */
function shiftBack(unit: Unit, amount: number): Spec {
  switch (unit) {
    case 'second': case 'minute': return { kind: 'shift', unit: 'day', amount: 0, from: 'document' };
    case 'hour': return { kind: 'shift', unit: 'day', amount: -Math.floor(amount / 24), from: 'document' };
    case 'decade': return { kind: 'shift', unit: 'year', amount: -10 * amount, from: 'document' };
    case 'century': return { kind: 'shift', unit: 'year', amount: -100 * amount, from: 'document' };
    default: return { kind: 'shift', unit, amount: -amount, from: 'document' };
  }
}

/** Runs every rule that applies to the language over the whole text, in rule order. */
export function applyRules(text: string, lexicon: Lexicon, numericOrder: NumericOrder, rules: readonly TimeRule[] = RULES): Candidate[] {
  const ctx: RuleContext = { text, lexicon, numericOrder };
  const found: Candidate[] = [];
  rules.forEach((rule, order) => {
    if (rule.languages && !rule.languages.includes(lexicon.language)) return;
    const pattern = patternFor(rule, lexicon);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      const hit = rule.extract(m, ctx);
      if (!hit) continue;
      const end = trimSentencePeriod(text, hit.start, hit.end);
      if (end > hit.start) found.push({ ...hit, end, rule: rule.name, order });
    }
  });
  return found;
}

// A final period belongs to the sentence unless it closes an abbreviation ('Oct.', 'p.m.').
const ABBREVIATION_BEFORE_PERIOD = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)|[ap]\.m)\.$/i;

function trimSentencePeriod(text: string, start: number, end: number): number {
  const words = text.slice(start, end);
  return words.endsWith('.') && !ABBREVIATION_BEFORE_PERIOD.test(words) ? end - 1 : end;
}

const patternCache = new WeakMap<TimeRule, Map<Language, RegExp>>();

function patternFor(rule: TimeRule, lexicon: Lexicon): RegExp {
  let byLanguage = patternCache.get(rule);
  if (!byLanguage) { byLanguage = new Map(); patternCache.set(rule, byLanguage); }
  let pattern = byLanguage.get(lexicon.language);
  if (!pattern) { pattern = rule.pattern(lexicon); byLanguage.set(lexicon.language, pattern); }
  return new RegExp(pattern.source, pattern.flags); // a fresh lastIndex: callers stay pure and re-entrant
}
