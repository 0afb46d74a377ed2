// Which countries border which, from world-countries: news about one country names places just across its
// borders ('Gaza' in a story about Israel), more often than namesakes far away.

import { createRequire } from 'node:module';

interface CountryBorders {
  cca2: string;
  cca3: string;
  borders?: string[];
}

let cache: Map<string, Set<string>> | undefined;

/** ISO alpha-2 code -> the alpha-2 codes of the countries it borders. */
export function neighbours(): ReadonlyMap<string, ReadonlySet<string>> {
  if (cache !== undefined) return cache;
  const countries = createRequire(import.meta.url)('world-countries') as CountryBorders[];
  const alpha2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
  cache = new Map(countries.map((c) => [c.cca2, new Set((c.borders ?? []).map((b) => alpha2.get(b)).filter((b): b is string => b !== undefined))]));
  return cache;
}
