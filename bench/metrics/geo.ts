// Reading the toponym-resolution sets and scoring resolutions as their authors do.
//
// Schemas: LGL and TR-News (Gritta et al.'s releases) hold <article><text> with <toponyms><toponym>
// <start>, <end>, <phrase> and, where the toponym was geolocated, <gaztag geonameid> with <lat>, <lon>;
// GeoVirus holds <article><text> with <locations><location> <name>, <start>, <end>, <lat>, <lon>.
//
// Metric (Gritta et al., 'What's missing in geographical parsing?', LRE 2018, and 'A pragmatic guide to
// geoparsing evaluation', LRE 2019; the same as CamCoder's and Mordecai 3's tables): over the gold
// toponyms that carry coordinates, the great-circle error of the predicted point; accuracy@161 = share of
// errors under 161 km (100 miles); mean and median error. A toponym we give no point counts as a miss at
// the largest possible error, half the Earth's circumference, so it can never help a figure.
// Exact match = the predicted GeoNames id equals the gold one, over toponyms whose gold has an id.
// Recognition: a predicted span counts only if its start and end equal a gold span's (strict match).

import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { distanceKm } from '../../src/analyze/places/distance.js';

export type GeoSchema = 'toponym' | 'location';

export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat?: number;
  lon?: number;
  geonameId?: number;
}

export interface GeoArticle {
  text: string;
  toponyms: GoldToponym[];
}

/** Worst possible error: half the Earth's circumference, given to toponyms left without a point. */
export const MAX_ERROR_KM = 20_039;
/** 100 miles, the threshold every published table uses. */
export const ACCURACY_RADIUS_KM = 161;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** Element text: a CDATA section as is, otherwise with XML entities decoded. */
function textOf(inner: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(inner);
  return cdata ? cdata[1] : decodeXml(inner);
}

function field(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? textOf(m[1]) : undefined;
}

function numberField(xml: string, tag: string): number | undefined {
  const v = field(xml, tag);
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Offsets in GeoVirus run one character past the name, and in some TR-News articles they drift further
 * behind the text as it goes on (a few characters per paragraph): where the slice is not the phrase, the
 * nearest occurrence of the phrase within this many characters is the one annotated.
 */
const ALIGN_WINDOW = 24;

function alignSpan(text: string, phrase: string, start: number, end: number): [number, number] {
  if (text.slice(start, end) === phrase) return [start, end];
  for (let d = 1; d <= ALIGN_WINDOW; d++) {
    for (const at of [start - d, start + d]) if (at >= 0 && text.startsWith(phrase, at)) return [at, at + phrase.length];
  }
  return [start, end];
}

export function parseGeoXml(xml: string, schema: GeoSchema): GeoArticle[] {
  const articles: GeoArticle[] = [];
  // GeoVirus keeps some withdrawn locations as XML comments: they are not gold.
  xml = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const a of xml.matchAll(/<article(?:\s[^>]*)?>([\s\S]*?)<\/article>/g)) {
    const body = a[1];
    const text = field(body, 'text') ?? '';
    const toponyms: GoldToponym[] = [];
    const tag = schema === 'toponym' ? 'toponym' : 'location';
    for (const t of body.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))) {
      const x = t[1];
      const start = numberField(x, 'start');
      const end = numberField(x, 'end');
      if (start === undefined || end === undefined) continue;
      const phrase = field(x, schema === 'toponym' ? 'phrase' : 'name') ?? text.slice(start, end);
      const [s0, e0] = alignSpan(text, phrase, start, end);
      const gazId = /<gaztag\s+geonameid="(\d+)"/.exec(x);
      toponyms.push({ start: s0, end: e0, phrase, lat: numberField(x, 'lat'), lon: numberField(x, 'lon'), geonameId: gazId ? Number(gazId[1]) : undefined });
    }
    articles.push({ text, toponyms });
  }
  return articles;
}

export function readGeoFile(path: string, schema: GeoSchema): GeoArticle[] {
  const raw = readFileSync(path);
  const xml = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return parseGeoXml(xml, schema);
}

export interface ResolutionOutcome {
  gold: GoldToponym;
  predicted: { lat: number; lon: number; geonameId?: number } | null;
}

export interface ResolutionScores {
  toponyms: number;
  acc161: number;
  /** Null when the set gives no GeoNames ids. */
  exact: number | null;
  meanKm: number;
  medianKm: number;
  unresolved: number;
}

export function errorKm(o: ResolutionOutcome): number {
  if (o.predicted === null || o.gold.lat === undefined || o.gold.lon === undefined) return MAX_ERROR_KM;
  return distanceKm(o.predicted, { lat: o.gold.lat, lon: o.gold.lon });
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Scores over the outcomes of gold toponyms that carry coordinates. */
export function scoreResolution(outcomes: ResolutionOutcome[]): ResolutionScores {
  const errors = outcomes.map(errorKm).sort((a, b) => a - b);
  const withIds = outcomes.filter((o) => o.gold.geonameId !== undefined);
  const n = errors.length;
  return {
    toponyms: n,
    acc161: n === 0 ? 0 : errors.filter((e) => e < ACCURACY_RADIUS_KM).length / n,
    exact: withIds.length === 0 ? null : withIds.filter((o) => o.predicted?.geonameId === o.gold.geonameId).length / withIds.length,
    meanKm: n === 0 ? 0 : errors.reduce((a, b) => a + b, 0) / n,
    medianKm: median(errors),
    unresolved: outcomes.filter((o) => o.predicted === null).length,
  };
}

export interface RecognitionScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Strict span match, counts summed over all articles. */
export function scoreRecognition(pairs: { gold: { start: number; end: number }[]; predicted: { start: number; end: number }[] }[]): RecognitionScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
    const predKeys = new Set(predicted.map((p) => `${p.start}:${p.end}`));
    for (const k of predKeys) if (goldKeys.has(k)) tp++; else fp++;
    for (const k of goldKeys) if (!predKeys.has(k)) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
