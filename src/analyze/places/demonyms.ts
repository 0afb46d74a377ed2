// Demonyms ('Syrian', 'Iraqi', 'Russians') from world-countries: never places themselves, but they tell
// which countries an article is about, which helps choose among same-named towns.

import { createRequire } from 'node:module';
import { foldName } from './normalize.js';
import { EXTRA_DEMONYMS } from './words.js';

interface CountryDemonyms {
  cca2: string;
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
    if (folded.length < 3 || folded.includes(' ')) return;
    if (!map.has(folded)) map.set(folded, code);
    if (!folded.endsWith('s') && !map.has(folded + 's')) map.set(folded + 's', code);
  };
  for (const country of countries) {
    add(country.demonyms?.eng?.m, country.cca2);
    add(country.demonyms?.eng?.f, country.cca2);
  }
  for (const [word, code] of Object.entries(EXTRA_DEMONYMS)) add(word, code);
  cache = map;
  return map;
}
