// Toponym resolution on news: `npm run bench -- geo --set lgl|tr-news|geovirus [--data <file>] [--limit n]`.
// Resolution is scored given the gold spans (each set's own protocol); recognition separately, by our finder.

import { resolve } from 'node:path';
import { existsSync, writeFileSync } from 'node:fs';
import type { BenchArgs } from './args.js';
import { printTable } from './args.js';
import { loadGazetteer } from '../src/analyze/places/gazetteer.js';
import { findPlaces, mostPopulousCandidate, resolveSpans } from '../src/analyze/places/resolve.js';
import { readGeoFile, scoreRecognition, scoreResolution, ACCURACY_RADIUS_KM, type GeoSchema, type ResolutionOutcome } from './metrics/geo.js';
import { distanceKm } from '../src/analyze/places/distance.js';
import type { Place } from '../src/model.js';

/** Set this to a file path to get every miss (error over 161 km) as TSV, for reading by hand; the shared
 *  argument parser takes no extra flags, so the switch is an environment variable. */
const MISSES_ENV = 'NEWSLINE_GEO_MISSES';
/** Characters of text kept on each side of a missed toponym in the dump. */
const MISS_CONTEXT_CHARS = 60;

interface SetInfo {
  file: string;
  schema: GeoSchema;
  /** Whether every toponym of the text is marked, so that recognition precision means something. */
  marksAll: boolean;
  /** Published accuracy@161 (percent) by system. */
  published: Record<string, number>;
}

const SETS: Record<string, SetInfo> = {
  lgl: { file: 'lgl.xml.gz', schema: 'toponym', marksAll: true, published: { 'Mordecai 3': 82.7, CamCoder: 76, 'Edinburgh Geoparser': 76, CLAVIN: 71, 'largest population': 70 } },
  'tr-news': { file: 'TR-News.xml.gz', schema: 'toponym', marksAll: true, published: { 'Mordecai 3': 87.3 } },
  geovirus: { file: 'GeoVirus.xml.gz', schema: 'location', marksAll: false, published: { CamCoder: 82, 'Edinburgh Geoparser': 78, CLAVIN: 79, 'largest population': 80 } },
};

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function run(args: BenchArgs): Promise<void> {
  const setName = (args.set ?? 'lgl').toLowerCase();
  const info = SETS[setName];
  if (!info) throw new Error(`unknown set '${args.set}' (lgl, tr-news, geovirus)`);
  const path = resolve(args.data ?? resolve('..', 'shared', 'bench', 'geo', info.file));
  if (!existsSync(path)) throw new Error(`no data at ${path} (give --data <file>)`);
  let articles = readGeoFile(path, info.schema);
  if (args.limit !== undefined) articles = articles.slice(0, args.limit);

  const memBefore = process.memoryUsage().heapUsed;
  const loadStart = performance.now();
  const gazetteer = loadGazetteer();
  const loadMs = performance.now() - loadStart;
  const heapMb = (process.memoryUsage().heapUsed - memBefore) / 2 ** 20;

  const ours: ResolutionOutcome[] = [];
  const baseline: ResolutionOutcome[] = [];
  let resolveMs = 0;
  let baselineMs = 0;
  const misses: string[] = [['phrase', 'errorKm', 'goldId', 'goldLat', 'goldLon', 'ours', 'oursId', 'oursCode', 'oursCountry', 'oursLat', 'oursLon', 'candidateWithin161', 'context'].join('\t')];
  const recognition: { gold: { start: number; end: number }[]; predicted: { start: number; end: number }[] }[] = [];
  for (const article of articles) {
    const located = article.toponyms.filter((t) => t.lat !== undefined && t.lon !== undefined);
    let t0 = performance.now();
    const resolved = resolveSpans(article.text, located, gazetteer);
    resolveMs += performance.now() - t0;
    located.forEach((gold, i) => {
      const p = resolved[i].place;
      ours.push({ gold, predicted: p === null ? null : { lat: p.lat, lon: p.lon, geonameId: p.geonameId } });
      if (process.env[MISSES_ENV]) {
        const miss = missLine(article.text, gold as Required<typeof gold>, p, gazetteer);
        if (miss !== null) misses.push(miss);
      }
    });
    t0 = performance.now();
    for (const gold of located) {
      const p = mostPopulousCandidate(article.text, gold.start, gold.end, gazetteer);
      baseline.push({ gold, predicted: p === null ? null : { lat: p.lat, lon: p.lon, geonameId: p.geonameId } });
    }
    baselineMs += performance.now() - t0;
    recognition.push({ gold: article.toponyms, predicted: findPlaces(article.text, gazetteer).mentions });
  }

  if (process.env[MISSES_ENV]) writeFileSync(process.env[MISSES_ENV]!, misses.join('\n') + '\n');
  const s = scoreResolution(ours);
  const b = scoreResolution(baseline);
  const r = scoreRecognition(recognition);
  const pct = (x: number | null) => (x === null ? '-' : round(100 * x, 1));
  process.stdout.write(`geo ${setName}: ${articles.length} articles, ${s.toponyms} gold toponyms with coordinates (${path})\n`);
  process.stdout.write(`gazetteer: loaded in ${Math.round(loadMs)} ms, ~${Math.round(heapMb)} MB heap\n\n`);
  const rows: (string | number)[][] = [['system', 'acc@161 %', 'exact %', 'mean km', 'median km', 'no candidate']];
  rows.push(['newsline (ours)', pct(s.acc161), pct(s.exact), Math.round(s.meanKm), Math.round(s.medianKm), s.unresolved]);
  rows.push(['most populous candidate (same gazetteer, this run)', pct(b.acc161), pct(b.exact), Math.round(b.meanKm), Math.round(b.medianKm), b.unresolved]);
  for (const [system, acc] of Object.entries(info.published)) rows.push([`${system} (published)`, acc, '-', '-', '-', '-']);
  printTable(rows);
  process.stdout.write(`\nrecognition (strict spans${info.marksAll ? '' : '; this set does not mark every toponym, so precision is a floor'}): P ${round(r.precision)} R ${round(r.recall)} F1 ${round(r.f1)}\n`);
  const perSecond = s.toponyms / (resolveMs / 1000);
  process.stdout.write(`speed: ${Math.round(perSecond)} toponyms/s resolving in context; ${round(resolveMs / Math.max(baselineMs, 1e-6), 2)}x the time of the population baseline in this run\n`);
  process.stdout.write(
    JSON.stringify({
      set: setName,
      toponyms: s.toponyms,
      acc161: round(s.acc161),
      exact: s.exact === null ? null : round(s.exact),
      meanKm: Math.round(s.meanKm),
      medianKm: round(s.medianKm, 1),
      recognitionF1: round(r.f1),
      populationBaselineAcc161: round(b.acc161),
      toponymsPerSecond: Math.round(perSecond),
    }) + '\n',
  );
}

/** One TSV line for a toponym resolved over 161 km from gold (or not at all), or null when it was right. */
function missLine(text: string, gold: { start: number; end: number; phrase: string; lat: number; lon: number; geonameId?: number }, p: Place | null, gazetteer: ReturnType<typeof loadGazetteer>): string | null {
  const error = p === null ? Infinity : distanceKm(p, gold);
  if (error <= ACCURACY_RADIUS_KM) return null;
  const reachable = gazetteer.lookup(text.slice(gold.start, gold.end)).find((e) => distanceKm(e.place, gold) <= ACCURACY_RADIUS_KM);
  const context = text.slice(Math.max(0, gold.start - MISS_CONTEXT_CHARS), gold.end + MISS_CONTEXT_CHARS).replace(/\s+/g, ' ');
  return [
    gold.phrase, Math.round(error), gold.geonameId ?? '', gold.lat, gold.lon,
    p?.name ?? '', p?.id ?? '', p?.featureCode ?? '', p?.countryCode ?? '', p?.lat ?? '', p?.lon ?? '',
    reachable ? `${reachable.place.name}|${reachable.place.featureCode}|${reachable.place.countryCode}` : '', context,
  ].join('\t');
}
