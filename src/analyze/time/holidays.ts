// Named days of the (US-centred) news calendar: fixed dates, 'the nth weekday of a month' days and
// Easter. Each gives its date in any year, so the resolver can pick the year as for a month-day.

import { addDays, daysInMonth, isoWeekday, type YMD } from './calendar.js';

export interface Holiday {
  /** Regex alternation for the names, lower case; matched case-insensitively. */
  names: string;
  dateIn(year: number): YMD;
}

/** The nth (1-based) given ISO weekday of a month; n = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): YMD {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, (weekday - isoWeekday(first) + 7) % 7 + 7 * (n - 1));
}

/** Gregorian Easter Sunday (the anonymous 'Meeus/Jones/Butcher' computus). */
export function easterSunday(year: number): YMD {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const fixed = (month: number, day: number) => (year: number): YMD => ({ year, month, day });

// Longer names first inside each entry, so 'Christmas Eve' is not read as 'Christmas'.
export const HOLIDAYS: readonly Holiday[] = [
  { names: "new\\s+year['’]?s\\s+eve", dateIn: fixed(12, 31) },
  { names: "new\\s+year['’]?s(?:\\s+day)?", dateIn: fixed(1, 1) },
  { names: 'christmas\\s+eve', dateIn: fixed(12, 24) },
  { names: 'christmas(?:\\s+day)?', dateIn: fixed(12, 25) },
  { names: 'boxing\\s+day', dateIn: fixed(12, 26) },
  { names: "valentine['’]?s\\s+day", dateIn: fixed(2, 14) },
  { names: 'halloween', dateIn: fixed(10, 31) },
  { names: 'independence\\s+day|the\\s+fourth\\s+of\\s+july|july\\s+fourth', dateIn: fixed(7, 4) },
  { names: 'veterans\\s+day', dateIn: fixed(11, 11) },
  { names: 'thanksgiving(?:\\s+day)?', dateIn: (year) => nthWeekday(year, 11, 4, 4) },
  { names: 'labor\\s+day', dateIn: (year) => nthWeekday(year, 9, 1, 1) },
  { names: 'memorial\\s+day', dateIn: (year) => nthWeekday(year, 5, 1, -1) },
  // US general elections: the Tuesday after the first Monday of November.
  { names: 'election\\s+day', dateIn: (year) => addDays(nthWeekday(year, 11, 1, 1), 1) },
  { names: 'good\\s+friday', dateIn: (year) => addDays(easterSunday(year), -2) },
  { names: 'easter(?:\\s+sunday)?', dateIn: easterSunday },
];

export const HOLIDAY_PATTERN = HOLIDAYS.map((h) => `(?:${h.names})`).join('|');

export function holidayNamed(words: string): Holiday | undefined {
  return HOLIDAYS.find((h) => new RegExp(`^(?:${h.names})$`, 'i').test(words.trim()));
}
