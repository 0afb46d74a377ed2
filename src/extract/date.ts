// Calendar dates written in short strings (datelines, meta tags, JSON-LD, bylines), as an ordered
// list of small parsers in the manner of chrono-node: each one recognises one way of writing a date.
import type { Granularity } from '../model.js';

/** Which field comes first in an all-numeric date such as '11/04/2017'. */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

export interface ParsedDate {
  value: string;
  granularity: Granularity;
  /** The exact characters the date was read from. */
  matched: string;
  /** Where `matched` starts in the input. */
  index: number;
}

/** News on the web starts in the 1990s; anything outside this window is a product code, a phone number or a typo. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Month names and common abbreviations in the languages the pipeline meets most (en, fr, de, es, it, pt, nl). */
const MONTH_NAMES: Record<string, number> = buildMonthTable([
  // English
  ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  // French
  ['janvier janv', 'février fevrier févr fevr', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août aout', 'septembre', 'octobre', 'novembre', 'décembre decembre déc'],
  // German
  ['januar jänner jaenner', 'februar', 'märz maerz mär', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober okt', 'november', 'dezember dez'],
  // Spanish
  ['enero ene', 'febrero', 'marzo', 'abril abr', 'mayo', 'junio', 'julio', 'agosto ago', 'septiembre setiembre', 'octubre', 'noviembre', 'diciembre dic'],
  // Italian
  ['gennaio gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto', 'settembre set', 'ottobre ott', 'novembre', 'dicembre'],
  // Portuguese
  ['janeiro', 'fevereiro fev', 'março marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro out', 'novembro', 'dezembro dez'],
  // Dutch
  ['januari', 'februari', 'maart mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
]);

function buildMonthTable(languages: string[][]): Record<string, number> {
  const table: Record<string, number> = {};
  for (const months of languages) {
    months.forEach((names, i) => {
      for (const name of names.split(' ')) table[name] = i + 1;
    });
  }
  return table;
}

// Longest names first so that 'sept' wins over 'sep' and 'juillet' over 'juil'.
const MONTH_ALTERNATION = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MONTH = `(?<![\\p{L}])(${MONTH_ALTERNATION})(?![\\p{L}])\\.?`;
const ORDINAL = '(?:st|nd|rd|th|er|e|º|°|\\.)?';
// Digits must not be glued to other digits or to date separators, so '1476137431' or '3.14/2017' never parse.
const NUM_START = '(?<![\\d/.\\-])';
const NUM_END = '(?![\\d])';

interface DateFields {
  year: number;
  month: number;
  day?: number;
}

interface DateParser {
  name: string;
  pattern: RegExp;
  fields(m: RegExpExecArray, order: DateOrder): DateFields | null;
}

const monthOf = (name: string): number => MONTH_NAMES[name.toLowerCase()] ?? 0;

/** Reads an all-numeric day and month whose order is ambiguous; a field above 12 settles the order. */
function numericDayMonth(a: number, b: number, order: DateOrder): { day: number; month: number } | null {
  if (a > 12 && b > 12) return null;
  if (a > 12) return { day: a, month: b };
  if (b > 12) return { day: b, month: a };
  return order === 'mdy' ? { day: b, month: a } : { day: a, month: b };
}

/** The ordered parsers; the earliest match in the string wins, then the parser listed first. */
export const DATE_PARSERS: DateParser[] = [
  {
    name: 'iso',
    pattern: new RegExp(`${NUM_START}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${NUM_END}`, 'gu'),
    fields: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }),
  },
  {
    name: 'year-first-slashed',
    pattern: new RegExp(`${NUM_START}(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${NUM_END}`, 'gu'),
    fields: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }),
  },
  {
    name: 'east-asian',
    pattern: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu,
    fields: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }),
  },
  {
    name: 'month-day-year',
    pattern: new RegExp(`${MONTH}\\s*(\\d{1,2})${ORDINAL}(?![\\d:])\\s*,?\\s*(\\d{4})${NUM_END}`, 'giu'),
    fields: (m) => ({ year: +m[3], month: monthOf(m[1]), day: +m[2] }),
  },
  {
    name: 'day-month-year',
    pattern: new RegExp(`${NUM_START}(\\d{1,2})${ORDINAL}\\s*(?:de\\s+|of\\s+)?${MONTH}\\s*,?\\s*(?:de\\s+)?(\\d{4})${NUM_END}`, 'giu'),
    fields: (m) => ({ year: +m[3], month: monthOf(m[2]), day: +m[1] }),
  },
  {
    name: 'numeric',
    pattern: new RegExp(`${NUM_START}(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})${NUM_END}`, 'gu'),
    fields: (m, order) => {
      // Dotted numeric dates ('04.11.2021') are written day first wherever they are used.
      const dm = numericDayMonth(+m[1], +m[3], m[2] === '.' ? 'dmy' : order);
      return dm ? { year: +m[4], ...dm } : null;
    },
  },
  {
    name: 'month-year',
    pattern: new RegExp(`${MONTH}\\s*,?\\s*(?:de\\s+)?(\\d{4})${NUM_END}`, 'giu'),
    fields: (m) => ({ year: +m[2], month: monthOf(m[1]) }),
  },
  {
    name: 'iso-month',
    pattern: new RegExp(`${NUM_START}(\\d{4})-(\\d{2})(?![\\d\\-])`, 'gu'),
    fields: (m) => ({ year: +m[1], month: +m[2] }),
  },
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(f: DateFields): boolean {
  if (!Number.isInteger(f.year) || f.year < MIN_YEAR || f.year > MAX_YEAR) return false;
  if (!(f.month >= 1 && f.month <= 12)) return false;
  if (f.day === undefined) return true;
  return f.day >= 1 && f.day <= daysInMonth(f.year, f.month);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Finds the first full calendar date in a short string and returns it as ISO 'YYYY-MM-DD'.
 * A date with a day always beats a month-only date ('October 2017' gives 'YYYY-MM' only when
 * the string names no day at all). `order` settles all-numeric dates such as '11/04/2017'.
 */
export function parseDateText(text: string, order: DateOrder): ParsedDate | null {
  let bestDay: ParsedDate | null = null;
  let bestMonth: ParsedDate | null = null;
  // Spans that read as a full date but an impossible one ('29 February 2019'): no month-only date may come from inside them.
  const rejected: [number, number][] = [];
  for (const parser of DATE_PARSERS) {
    parser.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = parser.pattern.exec(text)) !== null) {
      const fields = parser.fields(m, order);
      const start = m.index;
      const end = start + m[0].length;
      if (!fields || !isValidDate(fields)) {
        if (!fields || fields.day !== undefined) rejected.push([start, end]);
        continue;
      }
      if (fields.day === undefined && rejected.some(([a, b]) => start < b && end > a)) continue;
      const found: ParsedDate = {
        value: fields.day === undefined ? `${fields.year}-${pad(fields.month)}` : `${fields.year}-${pad(fields.month)}-${pad(fields.day)}`,
        granularity: fields.day === undefined ? 'month' : 'day',
        matched: m[0],
        index: m.index,
      };
      if (fields.day !== undefined) {
        if (!bestDay || found.index < bestDay.index) bestDay = found;
      } else if (!bestMonth || found.index < bestMonth.index) {
        bestMonth = found;
      }
      break; // a parser's first valid match is its earliest
    }
  }
  return bestDay ?? bestMonth;
}

/** Country-code domains whose English-language sites write the day first. */
const DAY_FIRST_TLDS = ['uk', 'ie', 'au', 'nz', 'in', 'za', 'pk', 'ng', 'ke', 'sg', 'my', 'lk', 'bd', 'gh', 'ug', 'tz', 'zw', 'mt', 'cy', 'jm', 'tt', 'hk'];
/** Languages that write the year first in numeric dates. */
const YEAR_FIRST_LANGUAGES = new Set(['zh', 'ja', 'ko', 'hu', 'lt']);

function hostOf(s: string): string {
  const m = /^(?:[a-z]+:\/\/)?([^/?#\s:]+)/i.exec(s.trim());
  return m ? m[1].toLowerCase() : '';
}

function hasDayFirstDomain(s: string | null | undefined): boolean {
  if (!s) return false;
  const host = hostOf(s);
  const tld = host.split('.').pop() ?? '';
  return host.includes('.') && DAY_FIRST_TLDS.includes(tld);
}

/**
 * Numeric dates elsewhere on the page that only one order can read ('16/10/2017' is day-first,
 * '10/16/2017' month-first) tell how the site writes dates. Returns null when they say nothing.
 */
function orderShownByText(text: string): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(/(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]\d{4}(?!\d)/g)) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst > monthFirst) return 'dmy';
  if (monthFirst > dayFirst) return 'mdy';
  return null;
}

/**
 * The order of numeric dates a page most likely uses. English defaults to US order (month first)
 * because US outlets dominate English-language news; hints move it to day-first for
 * Commonwealth/Irish domains or when the page itself shows an unambiguous day-first date.
 */
export function defaultDateOrder(language: string, hints: { site?: string | null; url?: string; text?: string } = {}): DateOrder {
  const lang = language.toLowerCase().slice(0, 2);
  // A region in the language tag ('en-GB') or in the address ('/en-gb/') says where the site writes for.
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(language)?.[1] ?? (hints.url ? /\/[a-z]{2}[-_]([a-z]{2})\//i.exec(hints.url)?.[1] : undefined);
  if (YEAR_FIRST_LANGUAGES.has(lang)) return 'ymd';
  const shown = hints.text ? orderShownByText(hints.text) : null;
  if (shown) return shown;
  if (lang === 'en') {
    if (region) return region.toLowerCase() === 'us' ? 'mdy' : DAY_FIRST_TLDS.includes(region.toLowerCase()) || region.toLowerCase() === 'gb' ? 'dmy' : 'mdy';
    return hasDayFirstDomain(hints.url) || hasDayFirstDomain(hints.site) ? 'dmy' : 'mdy';
  }
  // Unknown language: most of the world writes the day first.
  return 'dmy';
}
