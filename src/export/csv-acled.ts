// Events as CSV in ACLED's column layout, so an ACLED workflow (spreadsheet, pivot, R/pandas
// script) takes them as they are. Columns and codes follow ACLED's codebook (acleddata.com,
// "ACLED Codebook": time_precision 1 day / 2 week / 3 month; geo_precision 1 town / 2 part of a
// region / 3 region). CSV quoting follows RFC 4180.
import type { Event, Granularity, Place, StoryBundle } from '../model.js';
import { countryName, eventContext } from './event-fields.js';

export const ACLED_COLUMNS = [
  'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1',
  'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
] as const;

/** ACLED's time_precision: a day or finer is 1, a week 2, anything coarser 3 (its largest code). */
const TIME_PRECISION: Record<Granularity, number> = { time: 1, day: 1, week: 2, month: 3, quarter: 3, season: 3, year: 3, decade: 3 };

/** GeoNames feature codes by how much ground they cover, as ACLED's geo_precision counts it. */
const GEO_PRECISION_RULES: { test: (p: Place) => boolean; precision: number }[] = [
  { test: (p) => p.featureCode.startsWith('PPL'), precision: 1 },
  { test: (p) => /^ADM[2-5]/.test(p.featureCode), precision: 2 },
  { test: () => true, precision: 3 },
];

export function geoPrecision(place: Place): number {
  return GEO_PRECISION_RULES.find((r) => r.test(place))!.precision;
}

/** A spreadsheet runs a cell that starts like a formula: page text must never start one. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined, text = true): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (text && FORMULA_START.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** ACLED dates are days: a month or year date is written as its first day, time_precision says how coarse. */
function acledDate(value: string): string {
  const [y, m = '01', d = '01'] = value.slice(0, 10).split('-');
  return `${y}-${m}-${d}`;
}

function row(event: Event, ctx: ReturnType<ReturnType<typeof eventContext>>): string[] {
  const place = ctx.places[0];
  return [
    csvCell(acledDate(event.date), false),
    csvCell(TIME_PRECISION[event.granularity], false),
    csvCell(event.type),
    csvCell(''), // our events carry no sub-type
    csvCell(ctx.actors[0]?.name ?? ''),
    csvCell(ctx.actors[1]?.name ?? ''),
    csvCell(place ? countryName(place.countryCode) : ''),
    csvCell(''), // the gazetteer keeps no first-level division name
    csvCell(place?.name ?? ''),
    csvCell(place ? place.lat : '', false),
    csvCell(place ? place.lon : '', false),
    csvCell(place ? geoPrecision(place) : '', false),
    csvCell(ctx.sites.join('; ')),
    csvCell(event.text),
    // Left blank, not 0: we do not count deaths, and 0 would say that nobody died.
    csvCell('', false),
  ];
}

export function toAcledCsv(bundles: StoryBundle[]): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const bundle of bundles) {
    const context = eventContext(bundle);
    for (const event of bundle.timeline.entries) lines.push(row(event, context(event)).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
