// First-level divisions of every country (states, provinces, governorates, regions) from the
// @countrystatecity/countries package (ODbL-1.0), which cities500 lacks: news names 'Louisiana',
// 'Idlib province' and 'Anbar' as often as it names towns.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Division {
  name: string;
  /** Other spellings: the name without its type word ('Al Anbar Governorate' -> 'Al Anbar'). */
  alternates: string[];
  countryCode: string;
  /** The division's own code within its country; for the US it equals GeoNames' admin1 code ('LA'). */
  code: string;
  lat: number;
  lon: number;
}

interface StateRecord {
  name: string;
  country_code: string;
  iso2: string | null;
  type: string | null;
  latitude: string | null;
  longitude: string | null;
}

/** Entries of these types are towns or city quarters, which cities500 already holds with populations. */
const SKIPPED_TYPES: ReadonlySet<string> = new Set(['city', 'village', 'quarter', 'town', 'commune', 'municipality', 'urban municipality', 'rural municipality']);
/** A trailing type word that writers drop ('Nineveh Governorate' is written 'Nineveh'). */
const TYPE_SUFFIX = /\s+(?:governorate|province|region|state|county|oblast|prefecture|department|district|division|territory)$/i;

function dataDir(): string | null {
  const require = createRequire(import.meta.url);
  try {
    const dir = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
    return existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

/** Every division with coordinates, in a fixed order (folder names sorted), or none when the package is absent. */
export function loadDivisions(): Division[] {
  const dir = dataDir();
  if (dir === null) return [];
  const out: Division[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const file = join(dir, folder, 'states.json');
    if (!existsSync(file)) continue;
    const states = JSON.parse(readFileSync(file, 'utf8')) as StateRecord[];
    for (const s of states) {
      const lat = Number(s.latitude);
      const lon = Number(s.longitude);
      if (!s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      if (s.type && SKIPPED_TYPES.has(s.type.toLowerCase())) continue;
      const bare = s.name.replace(TYPE_SUFFIX, '');
      out.push({ name: s.name, alternates: bare !== s.name ? [bare] : [], countryCode: s.country_code, code: s.iso2 ?? '', lat, lon });
    }
  }
  return out;
}

/**
 * AP-style abbreviations of US states, as US papers write them after a town ('Paris, Tenn.'). They fold to
 * short words ('Ga', 'Mo') that collide with names, so they are matched as written, period included,
 * rather than indexed with the names. Values are the GeoNames admin1 codes.
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT', 'Del.': 'DE',
  'D.C.': 'DC', 'Fla.': 'FL', 'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Kans.': 'KS', 'Ky.': 'KY',
  'La.': 'LA', 'Md.': 'MD', 'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN', 'Miss.': 'MS', 'Mo.': 'MO',
  'Mont.': 'MT', 'Neb.': 'NE', 'Nebr.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH', 'N.J.': 'NJ', 'N.M.': 'NM',
  'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR', 'Pa.': 'PA', 'R.I.': 'RI',
  'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN', 'Tex.': 'TX', 'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA',
  'W.Va.': 'WV', 'W. Va.': 'WV', 'Wis.': 'WI', 'Wisc.': 'WI', 'Wyo.': 'WY',
};

/**
 * Canadian papers' abbreviations of provinces ('Surrey, B.C.', 'Kingston, Ont.'). Values are the
 * provinces' own codes in the division table.
 */
export const CANADIAN_PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'B.C.': 'BC', 'Alta.': 'AB', 'Sask.': 'SK', 'Man.': 'MB', 'Ont.': 'ON', 'Que.': 'QC', 'N.B.': 'NB',
  'N.S.': 'NS', 'P.E.I.': 'PE', 'Nfld.': 'NL', 'N.W.T.': 'NT',
};

/** Australian papers' abbreviations of states; 'WA' and 'SA' are left out, being as often other things. */
export const AUSTRALIAN_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  NSW: 'NSW', QLD: 'QLD', Qld: 'QLD', 'Qld.': 'QLD', Vic: 'VIC', 'Vic.': 'VIC', Tas: 'TAS', 'Tas.': 'TAS', ACT: 'ACT',
};

/** Abbreviations that nothing else is written as, so they are places wherever they stand ('In B.C., ...'). */
export const DISTINCTIVE_PROVINCE_ABBREVIATIONS: readonly string[] = ['B.C.', 'P.E.I.', 'N.W.T.', 'NSW', 'QLD', 'Qld'];
