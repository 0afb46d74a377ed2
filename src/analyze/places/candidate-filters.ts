// The ordered named filters that drop a span's readings the words rule out before scoring ('Washington
// state' is a state; 'Arizona' is not Yuma; 'New York' beside 'New York City').

import type { Place } from '../../model.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { distanceKm } from './distance.js';
import { isNamedArea } from './place-kinds.js';
import type { ArticleContext, Span } from './resolution-types.js';

/**
 * A state or country written by its own name is that area, not a town or county that merely lists the name
 * among its alternates or matches it loosely ('Arizona' is not Yuma, 'Laos' not Lào Cai, 'California' not
 * Califon, 'Delaware' not Delaware County).
 */
export function withoutLooseNamesakes(entries: GazetteerEntry[]): GazetteerEntry[] {
  if (!entries.some(isNamedArea)) return entries;
  return entries.filter((e) => e.matchedBy === 'name' || !(e.place.featureCode.startsWith('PPL') || e.place.featureCode === 'ADM2'));
}

/** Words that set a story in a big city rather than the state or province around it. */
export const CITY_CUES = /\b(?:mayor|city hall|city council|downtown|uptown|midtown|subway|boroughs?)\b/i;
/** City words count only this near the name ('the mayor of New York'): every local story has a mayor somewhere. */
export const CITY_CUE_WINDOW = 40;
/** Words that set it in the state or province. */
export const DIVISION_CUES = /\b(?:upstate|downstate|statewide|province-wide|governor|premier|state legislature|state assembly|state senate)\b/i;
/** A place written just before the name ('Brooklyn, New York') within this distance of the city is one of its districts. */
export const CITY_DISTRICT_KM = 30;
/** One to three capitalised words and a comma right before the span: a district written before its city. */
export const DISTRICT_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,2}),[ \t]+$/u;

/**
 * Whether the article means the city 'X City' when it writes a bare 'X' that also names its division:
 * words about the division ('upstate', 'governor') say no; a district written before it ('Queens, New
 * York') or city words ('mayor', 'subway') say yes. (News also writes a bare 'New York' for the city in
 * 'flights between New York and Moscow', but LGL's annotators mark those as the state, GeoVirus's as the
 * city: with no rule of the language to go by, the default stays the state.)
 */
export function cityMeant(city: Place, span: Span, ctx: ArticleContext, gazetteer: Gazetteer): boolean {
  if (DIVISION_CUES.test(ctx.text)) return false;
  const before = DISTRICT_BEFORE.exec(ctx.text.slice(Math.max(0, span.start - 40), span.start));
  if (before !== null && gazetteer.lookup(before[1]).some((e) => e.matchedBy === 'name' && e.place.id !== city.id && distanceKm(e.place, city) <= CITY_DISTRICT_KM)) return true;
  return CITY_CUES.test(ctx.text.slice(Math.max(0, span.start - CITY_CUE_WINDOW), span.end + CITY_CUE_WINDOW));
}

/**
 * Where a city is known as 'X City' ('Quebec City', 'Oklahoma City', 'New York City'), a bare 'X' beside a
 * division or country of that name in the same country is the area, as writers add 'City' when they mean
 * the city; unless the words around say the city is meant (cityMeant), when the area yields instead.
 */
export function citiesCalledXCity(entries: GazetteerEntry[], span: Span, ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry[] {
  const areaCountries = new Set(entries.filter(isNamedArea).map((e) => e.place.countryCode));
  if (span.hint === 'settlement' || span.hint === 'region' || areaCountries.size === 0) return entries;
  const calledCity = new Set(gazetteer.lookup(`${span.text} City`).filter((e) => e.matchedBy === 'name' || e.matchedBy === 'alternate').map((e) => e.place.id));
  if (calledCity.size === 0) return entries;
  // Only a city inside the area's own country yields, and never a capital ('Washington City' was DC's name).
  const yields = (p: Place) => calledCity.has(p.id) && p.featureCode.startsWith('PPL') && p.featureCode !== 'PPLC' && areaCountries.has(p.countryCode);
  const cities = entries.filter((e) => yields(e.place));
  if (cities.length === 0) return entries;
  const biggest = cities.reduce((a, b) => (b.place.population > a.place.population ? b : a));
  if (cityMeant(biggest.place, span, ctx, gazetteer)) return [biggest];
  return entries.filter((e) => !yields(e.place));
}

/** A town this big may share a state's name and still be meant by it alone; smaller namesakes need their state written. */
export const STATE_NAMESAKE_TOWN_MAX_POPULATION = 100_000;

/**
 * A state or province written by its own name is that division, not a small town of its country named
 * after it ('California', not California, Maryland), unless a container follows ('California, Pa.') or the
 * words call it a town. Countries are left out: a town named 'Lebanon' is often meant in local news.
 */
export function stateOverSmallNamesakes(entries: GazetteerEntry[], span: Span): GazetteerEntry[] {
  if (span.container !== undefined || span.hint === 'settlement') return entries;
  const stateCountries = new Set(entries.filter((e) => e.matchedBy === 'name' && e.place.featureCode === 'ADM1').map((e) => e.place.countryCode));
  // Only towns of the state's own country were named after it; Glasgow, Kentucky is no namesake of a Scottish area.
  return entries.filter(
    (e) => !(stateCountries.has(e.place.countryCode) && e.place.featureCode.startsWith('PPL') && e.place.featureCode !== 'PPLC' && e.place.population < STATE_NAMESAKE_TOWN_MAX_POPULATION),
  );
}

/** 'Washington state', 'Idlib province': when the words around the name call it a division, only divisions compete. */
export function onlyDivisionsWhenSaidSo(entries: GazetteerEntry[], span: Span): GazetteerEntry[] {
  if (span.hint !== 'region') return entries;
  const divisions = entries.filter((e) => e.place.featureCode === 'ADM1');
  return divisions.length > 0 ? divisions : entries;
}

/** A rule that narrows a span's candidates before scoring; each returns the candidates it keeps. */
export interface CandidateFilter {
  name: string;
  keep(entries: GazetteerEntry[], span: Span, ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry[];
}

/** Ordered candidate filters, applied in turn. */
export const CANDIDATE_FILTERS: CandidateFilter[] = [
  // First: 'New York City' is an alternate-name match of 'New York', which the next filter would drop.
  { name: 'area-or-city-called-x-city', keep: citiesCalledXCity },
  { name: 'named-area-over-loose-namesakes', keep: (entries) => withoutLooseNamesakes(entries) },
  { name: 'state-over-small-namesakes', keep: (entries, span) => stateOverSmallNamesakes(entries, span) },
  { name: 'only-divisions-when-said-so', keep: (entries, span) => onlyDivisionsWhenSaidSo(entries, span) },
];
