// What the whole article says about where it is set: the countries it names or implies (demonyms, local-news
// cues, state abbreviations), the divisions it names, and the setting most of its first choices agree on.

import type { Place } from '../../model.js';
import { demonymCountries } from './demonyms.js';
import type { Gazetteer } from './gazetteer.js';
import { foldName } from './normalize.js';
import { DISTINCTIVE_ABBREVIATION_PATTERN, STATE_ABBREVIATION_PATTERN, stateAbbreviationId } from './abbreviations.js';
import { looksLikeCanadianLocalNews, looksLikeUsLocalNews } from './local-news-cues.js';
import { isCapitalised } from './text-reading.js';
import type { ArticleContext, Choice, Span, Token } from './resolution-types.js';

/** A country or state becomes the article's setting when it holds this many first choices... */
export const MIN_MAJORITY_VOTES = 2;
/** ...and, for a country, more than this share of them. */
export const MAJORITY_SHARE = 0.5;

/** A town this big sharing a country's name ('Lebanon', Pennsylvania, is not) makes the name ambiguous. */
export const AMBIGUOUS_COUNTRY_NAME_POPULATION = 100_000;

export function contextCountries(text: string, tokens: Token[], runs: Token[][], gazetteer: Gazetteer): { countries: Set<string>; namedOnly: Map<string, Set<string>> } {
  const countries = new Set<string>();
  const namedOnly = new Map<string, Set<string>>();
  const demonyms = demonymCountries();
  for (const t of tokens) {
    const code = isCapitalised(t.text) ? demonyms.get(foldName(t.text)) : undefined;
    if (code) countries.add(code);
  }
  const demonymCountriesSeen = new Set(countries);
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      for (let n = 1; n <= 3 && i + n <= run.length; n++) {
        const phrase = text.slice(run[i].start, run[i + n - 1].end);
        const entries = gazetteer.lookup(phrase).filter((e) => e.matchedBy === 'name' || e.matchedBy === 'alternate');
        const countryEntries = entries.filter((e) => e.place.featureCode === 'PCLI');
        // 'Georgia' is a country and a US state: an ambiguous name does not tell which country the article is about.
        if (countryEntries.length > 0 && !entries.some((e) => e.place.featureCode === 'ADM1' || (e.place.featureCode !== 'PCLI' && e.place.population >= AMBIGUOUS_COUNTRY_NAME_POPULATION))) {
          for (const e of countryEntries) {
            const code = e.place.countryCode;
            countries.add(code);
            if (demonymCountriesSeen.has(code)) continue;
            const names = namedOnly.get(code) ?? new Set<string>();
            names.add(foldName(phrase));
            namedOnly.set(code, names);
          }
        }
      }
    }
  }
  return { countries, namedOnly };
}

/** Whether the article's context for a candidate's country comes from somewhere other than this very name. */
export function countryInContext(place: Place, span: Span, ctx: ArticleContext): boolean {
  if (!ctx.countries.has(place.countryCode)) return false;
  const names = ctx.namedOnly.get(place.countryCode);
  return names === undefined || !(names.size === 1 && names.has(foldName(span.text)));
}

/** The article context every resolution starts from: countries named or implied, lowercase words, exclusions. */
export function articleContext(text: string, tokens: Token[], runs: Token[][], gazetteer: Gazetteer, exclude: { start: number; end: number }[]): ArticleContext {
  const { countries, namedOnly } = contextCountries(text, tokens, runs, gazetteer);
  // Canadian marks first: a Canadian story has phone numbers and dollars too, which are also US cues.
  if (looksLikeCanadianLocalNews(text, countries)) countries.add('CA');
  else if (looksLikeUsLocalNews(text, countries)) countries.add('US');
  const regions = new Set<string>();
  for (const m of [...text.matchAll(STATE_ABBREVIATION_PATTERN), ...text.matchAll(DISTINCTIVE_ABBREVIATION_PATTERN)]) {
    const id = stateAbbreviationId(m[0]);
    if (id === undefined) continue;
    const [country, code] = id.slice('admin1:'.length).split('-');
    regions.add(`${country}.${code}`);
    countries.add(country);
    namedOnly.delete(country);
  }
  return {
    text,
    gazetteer,
    countries,
    namedOnly,
    regions,
    support: new Map(),
    lowercaseWords: new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text)),
    exclude,
  };
}

/**
 * Local news rarely names its own country or state: when most first choices lie in one country, or many in
 * one state, that is the article's setting, and the ambiguous names ('Paris', 'Georgia') are read in it.
 */
export function addMajorityContext(choices: (Choice | null)[], ctx: ArticleContext, gazetteer: Gazetteer): void {
  const countryVotes = new Map<string, number>();
  const regionVotes = new Map<string, number>();
  let voters = 0;
  const counted = new Set<string>();
  for (const choice of choices) {
    if (choice === null) continue;
    const place = choice.entry.place;
    // One vote per place: a name repeated ten times is still one place.
    if (place.countryCode === '' || counted.has(place.id)) continue;
    counted.add(place.id);
    voters++;
    countryVotes.set(place.countryCode, (countryVotes.get(place.countryCode) ?? 0) + 1);
    const region = place.featureCode === 'PCLI' ? undefined : gazetteer.regionOf?.(place);
    if (region !== undefined) regionVotes.set(region, (regionVotes.get(region) ?? 0) + 1);
  }
  for (const [country, votes] of countryVotes) if (votes >= MIN_MAJORITY_VOTES && votes > voters * MAJORITY_SHARE) ctx.countries.add(country);
  const ranked = [...regionVotes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length > 0 && ranked[0][1] >= MIN_MAJORITY_VOTES && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) ctx.regions.add(ranked[0][0]);
}
