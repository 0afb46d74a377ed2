// Events as CSV in ACLED's column layout, so an ACLED workflow (spreadsheet, pivot, R/pandas
// script) takes them as they are. Columns and codes follow ACLED's codebook (acleddata.com,
// "ACLED Codebook": time_precision 1 day / 2 week / 3 month; geo_precision 1 town / 2 part of a
// region / 3 region). CSV quoting follows RFC 4180.
import type { Actor, Event, Granularity, Place, StoryBundle } from '../model.js';
import { countryName, eventContext, parties } from './event-fields.js';

export const ACLED_COLUMNS = [
  'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'inter1', 'actor2', 'inter2', 'interaction',
  'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
] as const;

/**
 * ACLED's actor categories ('inter' codes): 1 state forces, 2 rebel groups, 3 political militias,
 * 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. Our actor types
 * say only this much; an actor of another type (a person, an agency) gets no code.
 */
const INTER_CODES: Record<string, number> = { 'armed-forces': 1, government: 1, 'armed-group': 2 };

export function interCode(actor: Actor | undefined): number | undefined {
  return actor ? INTER_CODES[actor.type] : undefined;
}

/** ACLED's interaction: the two inter codes, lower first ('12'); an actor alone is its code and 0 ('10'). */
export function interaction(a: number | undefined, b: number | undefined): string {
  if (a === undefined) return '';
  if (b === undefined) return `${a}0`;
  return `${Math.min(a, b)}${Math.max(a, b)}`;
}

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

/**
 * Where an event happened, of the places its sentences name: the most precise one (countries last),
 * and a capital only when nothing else is as precise, since 'Damascus announced' names a government.
 */
export function acledLocation(places: Place[]): Place | undefined {
  const rank = (p: Place) => geoPrecision(p) * 2 + (p.featureCode === 'PPLC' ? 1 : 0);
  return [...places].sort((a, b) => rank(a) - rank(b))[0];
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
  const place = acledLocation(ctx.places);
  const [actor1, actor2] = parties(ctx.actors);
  const inter1 = interCode(actor1);
  const inter2 = actor2 ? interCode(actor2) : undefined;
  return [
    csvCell(acledDate(event.date), false),
    csvCell(TIME_PRECISION[event.granularity], false),
    csvCell(event.type),
    csvCell(event.subType ?? ''),
    csvCell(actor1?.name ?? ''),
    csvCell(inter1 ?? '', false),
    csvCell(actor2?.name ?? ''),
    csvCell(inter2 ?? '', false),
    csvCell(interaction(inter1, inter2), false),
    csvCell(place ? countryName(place.countryCode) : ''),
    csvCell(place?.admin1Name ?? ''),
    csvCell(place?.name ?? ''),
    csvCell(place ? place.lat : '', false),
    csvCell(place ? place.lon : '', false),
    csvCell(place ? geoPrecision(place) : '', false),
    csvCell(ctx.sites.join('; ')),
    csvCell(event.text),
    // Blank, not 0, where no source counts the dead: 0 would say that nobody died.
    csvCell(event.fatalities?.value ?? '', false),
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
