// Fallbacks for marked places the gazetteer lacks or reads abroad: the text's own hints (a facility's town,
// a holder, the name written nearest, the article's focus) give a point nearer than none.

import type { Place } from '../../model.js';
import type { Gazetteer } from './gazetteer.js';
import { foldName } from './normalize.js';
import { neighbours } from './neighbours.js';
import { facilityTownPrefixes, holderAfter, possessiveHolder } from './owners.js';
import { holderPlace } from './holders.js';
import { BROAD_FEATURES, NATURAL_OR_WIDE } from './place-kinds.js';
import { choose } from './scoring.js';
import type { ArticleContext, Choice, Span } from './resolution-types.js';

/**
 * A marked place the gazetteer does not hold ('Kfraya', 'St. Michael's Hospital') still lies somewhere the
 * text tells, tried in order: the town a facility is named after ('Vancouver Art Gallery'), the place
 * written as its holder ('Toronto's ...', '... in Columbia', '..., Maryland'), the name written nearest to
 * it within about a sentence (lists and sentences stay local), else where the article is set, its most
 * named town; a nearby point beats none.
 */
export function fallbackFor(span: Span, spans: Span[], choices: (Choice | null)[], ctx: ArticleContext, gazetteer: Gazetteer): Place | null {
  for (const prefix of facilityTownPrefixes(span.text)) {
    const towns = gazetteer.lookup(prefix).filter((e) => (e.matchedBy === 'name' || e.matchedBy === 'alternate') && e.place.featureCode.startsWith('PPL'));
    if (towns.length > 0) return choose({ ...span, entries: towns }, ctx, [], gazetteer).entry.place;
  }
  for (const phrase of [possessiveHolder(ctx.text, span.start), holderAfter(ctx.text, span.end)]) {
    if (phrase === null) continue;
    const holder = holderPlace(phrase, spans, choices, ctx, gazetteer);
    if (holder !== null) return holder;
  }
  return nearbyNamedPlace(span, spans, choices, ctx) ?? articleFocus(choices);
}

/** How far apart in one sentence two names may stand for the one to stand in for the other. */
export const NEARBY_NAME_CHARS = 150;

/** The end of a sentence: a stop and a capital after it. */
export const SENTENCE_BREAK = /[.!?]["'’”]?\s+["'‘“]?\p{Lu}/u;

/** The place of the name written nearest to the span, in its sentence: lists and sentences stay local. */
export function nearbyNamedPlace(span: Span, spans: Span[], choices: (Choice | null)[], ctx: ArticleContext): Place | null {
  let best: { place: Place; gap: number } | null = null;
  spans.forEach((other, j) => {
    const choice = choices[j];
    if (choice === null || other === span || foldName(other.text) === foldName(span.text)) return;
    const place = choice.entry.place;
    if (place.featureCode === 'PCLI' || NATURAL_OR_WIDE.has(place.featureCode)) return;
    const gap = other.start >= span.end ? other.start - span.end : span.start - other.end;
    if (gap < 0 || gap > NEARBY_NAME_CHARS) return;
    // With the later name's first letter, so that the capital after a stop is seen.
    const between = other.start >= span.end ? ctx.text.slice(span.end, other.start + 1) : ctx.text.slice(other.end, span.start + 1);
    if (SENTENCE_BREAK.test(between)) return;
    if (best === null || gap < best.gap) best = { place, gap };
  });
  return (best as { place: Place } | null)?.place ?? null;
}

/** A town abroad this small is rarely what a story set elsewhere means by a name it marks as a place. */
export const FOREIGN_TOWN_MAX_POPULATION = 300_000;

/**
 * A small town in a country no other name of the article lies in: the name's readings lie away from the
 * story, so the gazetteer most likely lacks the local place ('Nyanza' in a Kenyan story has only a Rwandan
 * namesake), and the text's own hints do better.
 */
export function isForeignTown(place: Place, countries: ReadonlySet<string>): boolean {
  return (
    countries.size > 0 && place.countryCode !== '' && !countries.has(place.countryCode) &&
    // Across a border is still near ('El Fasher' in a South Sudanese story).
    ![...countries].some((c) => neighbours().get(c)?.has(place.countryCode)) &&
    place.featureCode.startsWith('PPL') && place.featureCode !== 'PPLC' && place.population < FOREIGN_TOWN_MAX_POPULATION
  );
}

/** The countries of the places chosen for the article's other names (other spellings, not this one repeated). */
export function otherNamesCountries(i: number, spans: Span[], choices: (Choice | null)[]): Set<string> {
  const own = foldName(spans[i].text);
  const out = new Set<string>();
  choices.forEach((c, j) => {
    if (c !== null && c.entry.place.countryCode !== '' && foldName(spans[j].text) !== own) out.add(c.entry.place.countryCode);
  });
  return out;
}

/** Where the article is set: its most often chosen town (first named on a tie), else division, else country. */
export function articleFocus(choices: (Choice | null)[]): Place | null {
  for (const broad of [false, true]) {
    const counts = new Map<string, { place: Place; n: number }>();
    for (const c of choices) {
      if (c === null || BROAD_FEATURES.has(c.entry.place.featureCode) !== broad) continue;
      const had = counts.get(c.entry.place.id);
      if (had) had.n++;
      else counts.set(c.entry.place.id, { place: c.entry.place, n: 1 });
    }
    let best: { place: Place; n: number } | null = null;
    for (const x of counts.values()) if (best === null || x.n > best.n) best = x;
    if (best !== null) return best.place;
  }
  return null;
}
