// Scoring: how likely each remaining candidate is for a span, from its match, size and kind, the article's
// countries and divisions, the words around the name, co-occurrence support and distance to clear places;
// and the choice of the best.

import type { Place } from '../../model.js';
import type { Gazetteer, GazetteerEntry, MatchKind } from './gazetteer.js';
import { distanceKm } from './distance.js';
import { neighbours } from './neighbours.js';
import { countryInContext } from './article-context.js';
import { CANDIDATE_FILTERS } from './candidate-filters.js';
import { BROAD_FEATURES } from './place-kinds.js';
import type { ArticleContext, Choice, Span } from './resolution-types.js';

/** How much each kind of match counts: the closer the spelling, the likelier the place. */
export const MATCH_SCORE: Record<MatchKind, number> = { name: 1, alternate: 0.9, 'article-free': 0.7, skeleton: 0.5 };
/** Per tenfold population: a big city is mentioned far more often than a village of the same name. */
export const POPULATION_WEIGHT = 0.25;
/** Countries and capitals are what news names most. */
export const FEATURE_SCORE: Record<string, number> = { CONT: 0.8, RGN: 0.6, PCLI: 0.6, PPLC: 0.4, ADM1: 0.3, PPLA: 0.25, PPLA2: 0.1 };

/** A town in a state or province the article names ('Alexandria ... Louisiana') is far likelier than its namesakes. */
export const REGION_CONTEXT_SCORE = 0.8;
/** 'X province' favours the division named X; 'X city' favours the settlement. */
export const TYPE_WORD_SCORE = 0.5;
/** A candidate in a country the article names (or whose demonym it uses) is much likelier. */
export const CONTEXT_SCORE = 0.8;
/** A candidate just across a border of the article's countries ('Gaza' beside Israel) is somewhat likelier. */
export const NEIGHBOUR_CONTEXT_SCORE = 0.3;
/** Places in one story sit near each other: a bonus falling linearly to zero at PROXIMITY_RADIUS_KM. */
export const PROXIMITY_SCORE = 0.8;
export const PROXIMITY_RADIUS_KM = 600;
/** 'the Pacific', 'the Sahel': a name after 'the' is an area or a body of water far more often than a town. */
export const DEFINITE_AREA_SCORE = 1.0;
/** Kinds of place written with 'the' before a one-word name. */
export const DEFINITE_AREA_FEATURES: ReadonlySet<string> = new Set(['RGN', 'OCN', 'SEA', 'LK', 'MTS', 'ISL']);
export const THE_BEFORE = /\bthe[ \t]+$/i;

/** Local news names places that lie together ('Paris' and 'Henry County', Tennessee): a candidate gains up to
 *  this much when other names of the article have candidates beside it, whichever those turn out to be. */
export const COOCCURRENCE_SCORE = 0.6;

/** Support from this many other names earns the whole bonus. */
export const COOCCURRENCE_FULL_NAMES = 2;

/** 'WASHINGTON —' opening an article is a dateline: where the story was filed, nearly always a capital. */
export const DATELINE_CAPITAL_SCORE = 1.0;

/** 'Atlanta, Georgia', 'London, Ontario', 'Alexandria, Egypt': a candidate inside the state or country
 *  written right after the comma is all but certain. */
export const CONTAINER_SCORE = 1.5;

/** A county written without 'County' ('Washington', 'Indiana') is far more often the state or town of that name. */
export const BARE_COUNTY_PENALTY = 0.6;

export function score(entry: GazetteerEntry, span: Span, ctx: ArticleContext, anchors: Place[], gazetteer: Gazetteer): number {
  const { place } = entry;
  let s = MATCH_SCORE[entry.matchedBy];
  s += POPULATION_WEIGHT * Math.log10(place.population + 10);
  s += FEATURE_SCORE[place.featureCode] ?? 0;
  if (countryInContext(place, span, ctx)) s += CONTEXT_SCORE;
  else if (place.countryCode !== '' && [...ctx.countries].some((c) => neighbours().get(c)?.has(place.countryCode))) s += NEIGHBOUR_CONTEXT_SCORE;
  s += COOCCURRENCE_SCORE * Math.min(1, (ctx.support.get(place.id) ?? 0) / COOCCURRENCE_FULL_NAMES);
  if (ctx.regions.size > 0 && place.featureCode !== 'ADM1') {
    const region = gazetteer.regionOf?.(place);
    if (region !== undefined && ctx.regions.has(region)) s += REGION_CONTEXT_SCORE;
  }
  if (span.hint === 'region' && place.featureCode === 'ADM1') s += TYPE_WORD_SCORE;
  if (span.hint === 'settlement' && place.featureCode.startsWith('PPL')) s += TYPE_WORD_SCORE;
  if (DEFINITE_AREA_FEATURES.has(place.featureCode) && THE_BEFORE.test(ctx.text.slice(Math.max(0, span.start - 5), span.start))) s += DEFINITE_AREA_SCORE;
  if (place.featureCode === 'ADM2' && entry.matchedBy !== 'name') s -= BARE_COUNTY_PENALTY;
  // A country holding the article's clear places is as near to them as a place can be ('Mexico' beside 'Tijuana').
  if (place.featureCode === 'PCLI' && anchors.some((a) => a.countryCode === place.countryCode)) s += PROXIMITY_SCORE;
  // Likewise a division holding them ('Quebec' beside 'Montreal' is the province).
  if (place.featureCode === 'ADM1' && anchors.length > 0) {
    const region = gazetteer.regionOf?.(place);
    if (region !== undefined && anchors.some((a) => a.countryCode === place.countryCode && gazetteer.regionOf?.(a) === region)) s += PROXIMITY_SCORE;
  }
  if (span.dateline && place.featureCode === 'PPLC') s += DATELINE_CAPITAL_SCORE;
  if (span.container !== undefined && place.id !== span.container.id && place.countryCode === span.container.countryCode) {
    if (span.container.featureCode === 'PCLI') s += CONTAINER_SCORE;
    else if (gazetteer.regionOf?.(place) === gazetteer.regionOf?.(span.container)) s += CONTAINER_SCORE;
  }
  if (!BROAD_FEATURES.has(place.featureCode) && anchors.length > 0) {
    const nearest = Math.min(...anchors.map((a) => (a.id === place.id ? 0 : distanceKm(a, place))));
    s += PROXIMITY_SCORE * Math.max(0, 1 - nearest / PROXIMITY_RADIUS_KM);
  }
  return s;
}

/**
 * A division named like its country's capital ('Washington' the state beside 'Washington' the capital)
 * yields to the capital unless the article is set in the division or calls it a state: the capital, when
 * the division was the best choice and must yield; otherwise null.
 */
export function capitalOverNamesake(best: GazetteerEntry, span: Span, ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry | null {
  const { place } = best;
  if (place.featureCode !== 'ADM1' || span.hint === 'region') return null;
  const region = gazetteer.regionOf?.(place);
  if (region !== undefined && ctx.regions.has(region)) return null;
  return span.entries.find((e) => e.place.featureCode === 'PPLC' && e.place.countryCode === place.countryCode) ?? null;
}

export function choose(span: Span, ctx: ArticleContext, anchors: Place[], gazetteer: Gazetteer): Choice {
  const candidates = CANDIDATE_FILTERS.reduce((entries, filter) => filter.keep(entries, span, ctx, gazetteer), span.entries);
  const ranked = candidates
    .map((entry) => ({ entry, s: score(entry, span, ctx, anchors, gazetteer) }))
    .sort((a, b) => b.s - a.s || (a.entry.place.id < b.entry.place.id ? -1 : 1));
  const capital = capitalOverNamesake(ranked[0].entry, span, ctx, gazetteer);
  if (capital !== null) return { entry: capital, margin: 0 };
  return { entry: ranked[0].entry, margin: ranked.length > 1 ? ranked[0].s - ranked[1].s : Infinity };
}
