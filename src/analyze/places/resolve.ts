// Toponym recognition and resolution over a whole article.
//
// Recognition: capitalised runs of words (with lowercase Arabic articles inside) are looked up longest
// first; a small ordered list of named rules rejects spans that are not place names (days, titles,
// demonyms, page furniture, people). Resolution: the gazetteer's candidates are scored by how they
// matched, their size and rank, the countries the article is about, and their distance to the places
// the article names without ambiguity; ambiguous names are settled in a second pass against those.
// Before scoring, ordered candidate filters drop readings the words rule out ('Washington state' is a
// state); scoring also weighs the words around a name ('Atlanta, Georgia', a 'WASHINGTON —' dateline,
// 'the Pacific'), the other names' candidates nearby (co-occurrence), the article's neighbouring
// countries and, in US local news that never names its country, its marks (phone numbers, sheriffs).
// Names listed together ('Mali, Niger and Chad') are finally read as one kind.
//
// The steps live in modules of their own beside this one: text-reading (tokens, runs, words around a name),
// span-rules and recognition, abbreviations, article-context and local-news-cues, candidate-filters,
// cooccurrence and scoring, confidence, settle (the two passes), enumerations, holders, given-spans and
// span-fallbacks. This module keeps the public entry points.

import type { Mention, Place } from '../../model.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { distanceKm } from './distance.js';
import { COUNTRY_ABBREVIATIONS, DISTINCTIVE_ABBREVIATION_PATTERN, STATE_ABBREVIATION_PATTERN, inShoutedText, stateAbbreviationId } from './abbreviations.js';
import { articleContext } from './article-context.js';
import { CANDIDATE_FILTERS } from './candidate-filters.js';
import { confidenceOf } from './confidence.js';
import { givenSpan } from './given-spans.js';
import { longestPlaceAt } from './recognition.js';
import { settle } from './settle.js';
import { fallbackFor, isForeignTown, otherNamesCountries } from './span-fallbacks.js';
import { SPAN_RULES } from './span-rules.js';
import { capitalisedRuns, tokenize } from './text-reading.js';
import type { Span } from './resolution-types.js';

/** How far from a division's centre the city it is named after may lie ('Deir ez-Zor' city and governorate). */
const DIVISION_SEAT_KM = 150;

/**
 * One pin per name on the map: 'Deir ez-Zor province' and 'Deir ez-Zor' are drawn as the city the province
 * is named after, when the span also has such a city near the division's centre. The mention keeps a lower
 * confidence (REGION_CONFIDENCE_FACTOR) to say the exact entity was the division.
 */
function seatForMap(chosen: GazetteerEntry, span: Span): GazetteerEntry {
  const place = chosen.place;
  if (place.featureCode !== 'ADM1') return chosen;
  const seat = span.entries
    .filter((e) => e.place.featureCode.startsWith('PPL') && e.place.countryCode === place.countryCode && distanceKm(e.place, place) <= DIVISION_SEAT_KM)
    .sort((a, b) => b.place.population - a.place.population)[0];
  return seat ?? chosen;
}

/** Find and resolve the place names in an article's text. Offsets point into \`text\`. */
export function findPlaces(
  text: string,
  gazetteer: Gazetteer,
  options: { exclude?: { start: number; end: number }[] } = {},
): { mentions: Mention[]; places: Place[] } {
  const tokens = tokenize(text);
  const runs = capitalisedRuns(text, tokens);
  const ctx = articleContext(text, tokens, runs, gazetteer, options.exclude ?? []);

  const spans: Span[] = [];
  for (const run of runs) {
    let i = 0;
    while (i < run.length) {
      const found = longestPlaceAt(run, i, ctx, gazetteer);
      if (found === null) {
        i++;
        continue;
      }
      spans.push(found);
      i += found.tokens.length;
    }
  }
  for (const [pattern, id] of COUNTRY_ABBREVIATIONS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const place = gazetteer.byId(id);
      if (!place || inShoutedText(text, start, end) || ctx.exclude.some((x) => start < x.end && x.start < end)) continue;
      spans.push({ start, end, text: m[0], tokens: [], hint: null, words: 1, position: 'free', startsWithFunctionWord: false, entries: [{ place, matchedBy: 'alternate' }] });
    }
  }
  for (const m of [...text.matchAll(STATE_ABBREVIATION_PATTERN), ...text.matchAll(DISTINCTIVE_ABBREVIATION_PATTERN)]) {
    const place = gazetteer.byId(stateAbbreviationId(m[0]) ?? '');
    const start = m.index;
    const end = start + m[0].length;
    if (!place || ctx.exclude.some((x) => start < x.end && x.start < end) || spans.some((s) => start < s.end && s.start < end)) continue;
    spans.push({ start, end, text: m[0], tokens: [], hint: null, words: 1, position: 'free', startsWithFunctionWord: false, entries: [{ place, matchedBy: 'alternate' }] });
  }
  spans.sort((a, b) => a.start - b.start);

  const mentions: Mention[] = [];
  const places: Place[] = [];
  settle(spans, ctx, gazetteer).forEach((choice, i) => {
    if (choice === null) return;
    const span = spans[i];
    const pinned = { entry: seatForMap(choice.entry, span), margin: choice.margin };
    const place = pinned.entry.place;
    mentions.push({ kind: 'place', text: span.text, start: span.start, end: span.end, entityId: place.id, confidence: confidenceOf(span, pinned) });
    if (!places.some((p) => p.id === place.id)) places.push(place);
  });
  return { mentions, places };
}

/** One given span resolved in its article: the place chosen (null when no candidate), how sure, how many candidates. */
export interface ResolvedSpan {
  start: number;
  end: number;
  text: string;
  place: Place | null;
  confidence: number;
  candidates: number;
}

/**
 * Resolve spans someone else found (a gold annotation, another recogniser) in the context of the whole text,
 * with the same scoring as findPlaces. Every candidate is admitted: the caller vouches that the span is a place.
 */
export function resolveSpans(text: string, given: readonly { start: number; end: number }[], gazetteer: Gazetteer): ResolvedSpan[] {
  const tokens = tokenize(text);
  const runs = capitalisedRuns(text, tokens);
  const ctx = articleContext(text, tokens, runs, gazetteer, []);
  const spans = given.map((g) => givenSpan(text, g.start, g.end, gazetteer));
  const settled = settle(spans, ctx, gazetteer);
  const choices = settled.map((choice, i) => {
    if (choice !== null) {
      if (!isForeignTown(choice.entry.place, otherNamesCountries(i, spans, settled))) return choice;
      const home = fallbackFor(spans[i], spans, settled, ctx, gazetteer);
      return home !== null && home.countryCode !== choice.entry.place.countryCode && home.countryCode !== '' ? { entry: { place: home, matchedBy: 'skeleton' as const }, margin: 0 } : choice;
    }
    if (spans[i].entries.length > 0) return null;
    const place = fallbackFor(spans[i], spans, settled, ctx, gazetteer);
    return place === null ? null : { entry: { place, matchedBy: 'skeleton' as const }, margin: 0 };
  });
  return choices.map((choice, i) => ({
    start: spans[i].start,
    end: spans[i].end,
    text: spans[i].text,
    place: choice?.entry.place ?? null,
    confidence: choice === null ? 0 : confidenceOf(spans[i], choice),
    candidates: spans[i].entries.length,
  }));
}

/** The most populous candidate for a span, as the usual baseline picks it: same candidates, no context. */
export function mostPopulousCandidate(text: string, start: number, end: number, gazetteer: Gazetteer): Place | null {
  let best: Place | null = null;
  for (const e of givenSpan(text, start, end, gazetteer).entries) if (best === null || e.place.population > best.population) best = e.place;
  return best;
}

/** The names of the span rules, in the order they apply (for documentation and tests). */
export const PLACE_SPAN_RULES: readonly string[] = SPAN_RULES.map((r) => r.name);

/** The names of the candidate filters, in the order they apply. */
export const PLACE_CANDIDATE_FILTERS: readonly string[] = CANDIDATE_FILTERS.map((f) => f.name);
