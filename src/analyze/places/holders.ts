// Holders: 'London's Heathrow' lies in London; a name owned by a place is read inside it.

import type { Place } from '../../model.js';
import type { Gazetteer } from './gazetteer.js';
import { distanceKm } from './distance.js';
import { possessiveHolder, type HolderPhrase } from './owners.js';
import { givenSpan } from './given-spans.js';
import { BROAD_FEATURES } from './place-kinds.js';
import { choose } from './scoring.js';
import type { ArticleContext, Choice, Span } from './resolution-types.js';

/** How near a town or city written as a name's holder ('London's Heathrow') the name's place must lie. */
export const HOLDER_RADIUS_KM = 60;
/** A holder nobody marked is looked up alone; people own things too ('Smith's'), so only a sizeable place or an area. */
export const MIN_UNMARKED_HOLDER_POPULATION = 50_000;
/** Kinds of place a name is never 'in' by possessive: the name itself is an area ('Canada's Alberta' is fine, but never moved). */
export const AREA_FEATURES: ReadonlySet<string> = new Set(['CONT', 'RGN', 'PCLI', 'ADM1', 'OCN', 'SEA']);

/** Whether a place lies inside the holder: its country, its division, or near its point. */
export function liesIn(place: Place, holder: Place, gazetteer: Gazetteer): boolean {
  if (place.id === holder.id) return false;
  if (holder.featureCode === 'PCLI') return place.countryCode === holder.countryCode;
  if (holder.featureCode === 'ADM1') {
    const region = gazetteer.regionOf?.(holder);
    return region !== undefined && gazetteer.regionOf?.(place) === region;
  }
  if (BROAD_FEATURES.has(holder.featureCode)) return true;
  return distanceKm(place, holder) <= HOLDER_RADIUS_KM;
}

/** The place a holder phrase names: the choice of a span that covers it, else its own best exact reading. */
export function holderPlace(holder: HolderPhrase, spans: Span[], choices: (Choice | null)[], ctx: ArticleContext, gazetteer: Gazetteer): Place | null {
  const i = spans.findIndex((s) => s.start <= holder.start && holder.end <= s.end);
  if (i !== -1) return choices[i]?.entry.place ?? null;
  const span = givenSpan(ctx.text, holder.start, holder.end, gazetteer);
  span.entries = span.entries.filter(
    (e) => (e.matchedBy === 'name' || e.matchedBy === 'alternate') && (AREA_FEATURES.has(e.place.featureCode) || e.place.population >= MIN_UNMARKED_HOLDER_POPULATION),
  );
  return span.entries.length === 0 ? null : choose(span, ctx, [], gazetteer).entry.place;
}

/**
 * 'London's Heathrow', 'Cairo's Abbasiya neighbourhood': a name owned by a place lies in it. Its reading
 * outside the holder yields to its best reading inside; with none inside (the gazetteer lacks the airport
 * or district), the holder's own point stands for it, being nearer than any namesake abroad.
 */
export function placedInHolders(spans: Span[], choices: (Choice | null)[], ctx: ArticleContext, gazetteer: Gazetteer): (Choice | null)[] {
  const out = [...choices];
  spans.forEach((span, i) => {
    const choice = out[i];
    if (choice === null || AREA_FEATURES.has(choice.entry.place.featureCode)) return;
    const phrase = possessiveHolder(ctx.text, span.start);
    if (phrase === null) return;
    const holder = holderPlace(phrase, spans, out, ctx, gazetteer);
    if (holder === null || holder.id === choice.entry.place.id || liesIn(choice.entry.place, holder, gazetteer)) return;
    const inside = span.entries.filter((e) => liesIn(e.place, holder, gazetteer));
    if (inside.length > 0) out[i] = choose({ ...span, entries: inside }, ctx, [], gazetteer);
    else if (!BROAD_FEATURES.has(holder.featureCode)) out[i] = { entry: { place: holder, matchedBy: 'skeleton' }, margin: 0 };
  });
  return out;
}
