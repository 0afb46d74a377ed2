// Calendar arithmetic on plain year/month/day numbers. Pure: the only Date use is Date.UTC as a
// day counter, never the clock.

import type { Granularity } from '../../model.js';

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** A parsed anchor: the fields its granularity knows, the rest left out. */
export interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
}

const MS_PER_DAY = 86_400_000;

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01, so dates can be compared and shifted as integers. */
export function toDayNumber(d: YMD): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): YMD {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: YMD, days: number): YMD {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Shifts by whole months, keeping only year and month (day-of-month overflow is not our concern). */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function isoWeekday(d: YMD): number {
  const js = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** ISO 8601 week: the week belongs to the year that holds its Thursday. */
export function isoWeek(d: YMD): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const firstOfYear = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toDayNumber(thursday) - firstOfYear) / 7) + 1;
  return { year: thursday.year, week };
}

export function formatDay(d: YMD): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: YMD): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Reads 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (anything after the date part, such as a time, is ignored). */
export function parseCalendarValue(value: string, granularity?: Granularity): CalendarPoint | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const point: CalendarPoint = { year: Number(m[1]) };
  const coarse = granularity === 'year' || granularity === 'decade';
  if (m[2] && !coarse) point.month = Number(m[2]);
  if (m[3] && point.month !== undefined && granularity !== 'month') point.day = Number(m[3]);
  if (point.month !== undefined && (point.month < 1 || point.month > 12)) return null;
  if (point.day !== undefined && !isValidDate(point.year, point.month!, point.day)) return null;
  return point;
}

export function asYMD(p: CalendarPoint): YMD | null {
  return p.month !== undefined && p.day !== undefined ? { year: p.year, month: p.month, day: p.day } : null;
}
