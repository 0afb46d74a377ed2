// Demonyms ('Syrian', 'Iraqi', 'Russians') from world-countries: never places themselves, but they tell
// which countries an article is about, which helps choose among same-named towns.

import { createRequire } from 'node:module';
import { foldName } from './normalize.js';
import { EXTRA_DEMONYMS } from './words.js';

interface CountryDemonyms {
  cca2: string;
  independent?: boolean;
  area?: number;
  demonyms?: { eng?: { f?: string; m?: string } };
}

let cache: Map<string, string> | undefined;

/** Folded demonym (singular and plural) -> ISO 3166 alpha-2 code. */
export function demonymCountries(): ReadonlyMap<string, string> {
  if (cache !== undefined) return cache;
  const countries = createRequire(import.meta.url)('world-countries') as CountryDemonyms[];
  const map = new Map<string, string>();
  const add = (word: string | undefined, code: string) => {
    if (!word) return;
    const folded = foldName(word);
    if (folded.length < 3) return;
    if (!map.has(folded)) map.set(folded, code);
    if (!folded.endsWith('s') && !map.has(folded + 's')) map.set(folded + 's', code);
  };
  // Our own list first: it settles demonyms that world-countries gives to two countries ('American').
  for (const [word, code] of Object.entries(EXTRA_DEMONYMS)) add(word, code);
  // 'French' is the demonym of France and of its southern lands: the independent, larger country claims it first.
  const byClaim = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || (b.area ?? 0) - (a.area ?? 0) || (a.cca2 < b.cca2 ? -1 : 1));
  for (const country of byClaim) {
    add(country.demonyms?.eng?.m, country.cca2);
    add(country.demonyms?.eng?.f, country.cca2);
  }
  cache = map;
  return map;
}
