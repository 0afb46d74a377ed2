// Toponym recognition and resolution over a whole article.
//
// Recognition: capitalised runs of words (with lowercase Arabic articles inside) are looked up longest
// first; a small ordered list of named rules rejects spans that are not place names (days, titles,
// demonyms, page furniture, people). Resolution: the gazetteer's candidates are scored by how they
// matched, their size and rank, the countries the article is about, and their distance to the places
// the article names without ambiguity; ambiguous names are settled in a second pass against those.
// Before scoring, ordered candidate filters drop readings the words rule out ('Washington state' is a
// state); scoring also weighs the words around a name ('Atlanta, Georgia', a 'WASHINGTON —' dateline,
// 'the Pacific'), the other names' candidates nearby (co-occurrence), the article's neighbouring
// countries and, in US local news that never names its country, its marks (phone numbers, sheriffs).
// Names listed together ('Mali, Niger and Chad') are finally read as one kind.

import type { Mention, Place } from '../../model.js';
import { demonymCountries } from './demonyms.js';
import type { Gazetteer, GazetteerEntry, MatchKind } from './gazetteer.js';
import { articleFreeTokens, foldName } from './normalize.js';
import { distanceKm } from './distance.js';
import { neighbours } from './neighbours.js';
import { AUSTRALIAN_STATE_ABBREVIATIONS, CANADIAN_PROVINCE_ABBREVIATIONS, DISTINCTIVE_PROVINCE_ABBREVIATIONS, US_STATE_ABBREVIATIONS } from './divisions.js';
import { facilityTownPrefixes, holderAfter, possessiveHolder, type HolderPhrase } from './owners.js';
import { FEATURE_WORDS, NAME_CONNECTORS, NOT_PLACE_WORDS, PERSON_TITLES, REGION_WORDS, SETTLEMENT_WORDS } from './words.js';

/** Longest place name tried, in words ('Ras al Ain' is 3; nothing we need is longer than 'Deir ez Zor city'). */
const MAX_NAME_TOKENS = 4;
/** A lone capitalised word is a town of at least this many people before we believe it out of the article's countries. */
const MIN_POPULATION_SINGLE_WORD = 5_000;
/** A lone word at a sentence start may be an ordinary word: a real city, or a sizeable town in the article's countries. */
const MIN_POPULATION_SENTENCE_START = 100_000;
const MIN_POPULATION_SENTENCE_START_IN_CONTEXT = 10_000;
/** A lone word inside a longer capitalised run is most often part of a person's or body's name ('Dean Heller',
 *  'Missiles Hit Israeli Refinery'): only a great city, or a city of the article's countries, spelled exactly. */
const MIN_POPULATION_INSIDE_RUN = 1_000_000;
const MIN_POPULATION_INSIDE_RUN_IN_CONTEXT = 100_000;
/** Loose (article-free, skeleton) single-word matches collide with names from everywhere: out of context, only great cities. */
const MIN_POPULATION_LOOSE_OUT_OF_CONTEXT = 1_000_000;
/** Words that open a sentence rather than a name ('In Deir Ez Zour'): a span starting with one must match exactly. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set('the in on at of for with from by to and or but a an this that as after before'.split(' '));

/** How much each kind of match counts: the closer the spelling, the likelier the place. */
const MATCH_SCORE: Record<MatchKind, number> = { name: 1, alternate: 0.9, 'article-free': 0.7, skeleton: 0.5 };
/** Per tenfold population: a big city is mentioned far more often than a village of the same name. */
const POPULATION_WEIGHT = 0.25;
/** Countries and capitals are what news names most. */
const FEATURE_SCORE: Record<string, number> = { CONT: 0.8, RGN: 0.6, PCLI: 0.6, PPLC: 0.4, ADM1: 0.3, PPLA: 0.25, PPLA2: 0.1 };
/** Areas, not points: they anchor countries and divisions, but are never the 'nearby place' that pulls others. */
const BROAD_FEATURES: ReadonlySet<string> = new Set(['CONT', 'RGN', 'PCLI', 'ADM1', 'OCN', 'SEA', 'LK', 'MTS']);
/** A town in a state or province the article names ('Alexandria ... Louisiana') is far likelier than its namesakes. */
const REGION_CONTEXT_SCORE = 0.8;
/** 'X province' favours the division named X; 'X city' favours the settlement. */
const TYPE_WORD_SCORE = 0.5;
/** A candidate in a country the article names (or whose demonym it uses) is much likelier. */
const CONTEXT_SCORE = 0.8;
/** A candidate just across a border of the article's countries ('Gaza' beside Israel) is somewhat likelier. */
const NEIGHBOUR_CONTEXT_SCORE = 0.3;
/** Places in one story sit near each other: a bonus falling linearly to zero at PROXIMITY_RADIUS_KM. */
const PROXIMITY_SCORE = 0.8;
const PROXIMITY_RADIUS_KM = 600;
/** 'the Pacific', 'the Sahel': a name after 'the' is an area or a body of water far more often than a town. */
const DEFINITE_AREA_SCORE = 1.0;
/** Kinds of place written with 'the' before a one-word name. */
const DEFINITE_AREA_FEATURES: ReadonlySet<string> = new Set(['RGN', 'OCN', 'SEA', 'LK', 'MTS', 'ISL']);
const THE_BEFORE = /\bthe[ \t]+$/i;
/** Local news names places that lie together ('Paris' and 'Henry County', Tennessee): a candidate gains up to
 *  this much when other names of the article have candidates beside it, whichever those turn out to be. */
const COOCCURRENCE_SCORE = 0.6;
/** How near another name's candidate must lie to count as beside it. */
const COOCCURRENCE_RADIUS_KM = 60;
/** Support from this many other names earns the whole bonus. */
const COOCCURRENCE_FULL_NAMES = 2;
/** Names with more candidates than this ('Springfield') are too common to lend support. */
const COOCCURRENCE_MAX_CANDIDATES = 80;
/** 'WASHINGTON —' opening an article is a dateline: where the story was filed, nearly always a capital. */
const DATELINE_CAPITAL_SCORE = 1.0;
/** A dateline: a name in capitals opening the text or a line, then a dash, a comma or an agency in brackets. */
const DATELINE_AFTER = /^(?:\s*[-–—,(]|\s\p{Lu}\p{Ll})/u;
/** 'Atlanta, Georgia', 'London, Ontario', 'Alexandria, Egypt': a candidate inside the state or country
 *  written right after the comma is all but certain. */
const CONTAINER_SCORE = 1.5;
/** One to three capitalised words after a comma: where a state or country name would stand. */
const CONTAINER_AFTER = /^,[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,2})/u;
/** A county written without 'County' ('Washington', 'Indiana') is far more often the state or town of that name. */
const BARE_COUNTY_PENALTY = 0.6;
/** A country or state becomes the article's setting when it holds this many first choices... */
const MIN_MAJORITY_VOTES = 2;
/** ...and, for a country, more than this share of them. */
const MAJORITY_SHARE = 0.5;
/** How far from a division's centre the city it is named after may lie ('Deir ez-Zor' city and governorate). */
const DIVISION_SEAT_KM = 150;
/** US local news rarely names its country or state; this many distinct cues of it ('Sheriff', a '555-123-4567'
 *  phone number, a '420 Augusta St.' address) make the United States the article's country. */
const MIN_US_LOCAL_CUES = 2;
/** A name whose best candidate leads the next by this much is unambiguous and anchors the second pass. */
const CONFIDENT_MARGIN = 0.8;

/** A state or country written by its own name is rarely a namesake town ('Virginia', not Virginia, Free
 *  State): a smaller lead suffices for it to set the article's country and state. */
const AREA_CONFIDENT_MARGIN = 0.3;

/** A division or country matched by its own name. */
const isNamedArea = (entry: GazetteerEntry): boolean => entry.matchedBy === 'name' && (entry.place.featureCode === 'ADM1' || entry.place.featureCode === 'PCLI');

/** Confidence by kind of match, before ambiguity and position lower it. */
const MATCH_CONFIDENCE: Record<MatchKind, number> = { name: 0.95, alternate: 0.9, 'article-free': 0.8, skeleton: 0.65 };
/** 'Deir ez-Zor province' resolves to the city (cities500 has no provinces): right area, not the exact entity. */
const REGION_CONFIDENCE_FACTOR = 0.6;
/** Sentence-initial words and words inside a longer capitalised run might be ordinary words or people. */
const WEAK_POSITION_CONFIDENCE_FACTOR = 0.8;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** A candidate place name in the text. */
interface Span {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** What the word after the name says it is. */
  hint: 'region' | 'settlement' | null;
  /** Name words, the Arabic article not counted: 'Al-Mayadeen' is one word. */
  words: number;
  /** Where a one-word name stands: sentence starts and longer capitalised runs also hold ordinary words and people. */
  position: 'free' | 'sentence-start' | 'inside-run';
  startsWithFunctionWord: boolean;
  /** Written in capitals where a line begins and followed by a dash or bracket: the article's dateline. */
  dateline?: boolean;
  /** 'Atlanta, Georgia': the state or country named right after the comma, which holds the place. */
  container?: Place;
  entries: GazetteerEntry[];
}

/** What the article tells us beyond one span: its countries, the words it writes in lowercase, what to skip. */
interface ArticleContext {
  text: string;
  gazetteer: Gazetteer;
  countries: Set<string>;
  /** Countries known only because the article writes their names, with those names (folded): 'Palestine' must
   *  not lend itself context against the Texas town of that name. */
  namedOnly: Map<string, Set<string>>;
  /** 'US.LA': first-level divisions the article names without doubt. */
  regions: Set<string>;
  /** Place id -> how many other names of the article have a candidate beside it (see cooccurrenceSupport). */
  support: Map<string, number>;
  lowercaseWords: Set<string>;
  exclude: { start: number; end: number }[];
}

/** Kinds of place whose names may be made of common words alone ('United States', 'Middle East'). */
const COMMON_WORD_AREA_FEATURES: ReadonlySet<string> = new Set(['PCLI', 'ADM1', 'RGN', 'CONT']);

/** A rule that rejects a span before any lookup. */
interface SpanRule {
  name: string;
  rejects(span: Span, context: ArticleContext): boolean;
}

/** A town this big sharing a country's name ('Lebanon', Pennsylvania, is not) makes the name ambiguous. */
const AMBIGUOUS_COUNTRY_NAME_POPULATION = 100_000;

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAllCaps = (word: string): boolean => word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);

/** Ordered rules; the first that fires rejects the span. */
const SPAN_RULES: SpanRule[] = [
  {
    name: 'excluded-span',
    rejects: (span, ctx) => ctx.exclude.some((x) => span.start < x.end && x.start < span.end),
  },
  {
    // Acronyms ('IS', 'SANA', 'NASA') are organisations far more often than towns; country abbreviations have their own rule.
    // A dateline ('WASHINGTON —') is written in capitals and is a place.
    name: 'all-caps-word',
    rejects: (span) => span.words === 1 && span.tokens.length === 1 && isAllCaps(span.text) && span.dateline !== true,
  },
  {
    name: 'common-word',
    rejects: (span) => span.tokens.length === 1 && NOT_PLACE_WORDS.has(foldName(span.text)),
  },
  {
    name: 'demonym',
    rejects: (span) => span.tokens.length === 1 && demonymCountries().has(foldName(span.text)),
  },
  {
    // A word the article also writes in lowercase ('Reply' / 'reply') is an ordinary word.
    name: 'lowercase-elsewhere',
    rejects: (span, ctx) => span.tokens.length === 1 && ctx.lowercaseWords.has(span.text.toLowerCase()),
  },
  {
    name: 'after-person-title',
    rejects: (span, ctx) => {
      const before = ctx.text.slice(Math.max(0, span.start - 20), span.start);
      const m = /(\p{L}+)\.?\s+$/u.exec(before);
      return m !== null && PERSON_TITLES.has(m[1].toLowerCase());
    },
  },
  {
    // Unless the words together are the very name of a country or wide area ('United States', 'Middle East').
    name: 'all-words-common',
    rejects: (span, ctx) =>
      span.tokens.length > 1 &&
      span.tokens.every((t) => !isCapitalised(t.text) || NOT_PLACE_WORDS.has(foldName(t.text))) &&
      !ctx.gazetteer.lookup(span.text).some((e) => e.matchedBy === 'name' && COMMON_WORD_AREA_FEATURES.has(e.place.featureCode)),
  },
  {
    name: 'natural-feature',
    rejects: (span, ctx) => FEATURE_WORDS.has(nextWord(ctx.text, span.end).toLowerCase()),
  },
];

/** 'Washington state' and 'the state of Washington' name the state; written so, in lowercase, nothing else. */
const STATE_AFTER = /^[ \t]+state\b/;
const STATE_OF_BEFORE = /\bstate of[ \t]+$/;

/** What the words around a name say it is: a region ('Idlib province', 'Washington state'), a settlement, or nothing. */
function hintAround(text: string, start: number, end: number): Span['hint'] {
  const after = nextWord(text, end).toLowerCase();
  if (REGION_WORDS.has(after) || STATE_AFTER.test(text.slice(end, end + 12)) || STATE_OF_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 'region';
  return SETTLEMENT_WORDS.has(after) ? 'settlement' : null;
}

/** The state or country named after a comma right after the span ('Atlanta, Georgia'), or undefined. */
function containerAfter(text: string, end: number, gazetteer: Gazetteer): Place | undefined {
  const m = CONTAINER_AFTER.exec(text.slice(end, end + 60));
  if (m === null) return undefined;
  const words = m[1].split(/[ \t]+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ').replace(/[.'’]+$/, '');
    const area = gazetteer
      .lookup(name)
      .find((e) => (e.matchedBy === 'name' || e.matchedBy === 'alternate') && (e.place.featureCode === 'ADM1' || e.place.featureCode === 'PCLI'));
    if (area !== undefined) return area.place;
  }
  return undefined;
}

function isDateline(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (!isAllCaps(written)) return false;
  const before = text.slice(Math.max(0, start - 2), start);
  return (start === 0 || /\n\s*$/.test(before)) && DATELINE_AFTER.test(text.slice(end, end + 3));
}

function nextWord(text: string, at: number): string {
  const m = /^[ \t]+(\p{L}+)/u.exec(text.slice(at, at + 40));
  return m ? m[1] : '';
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu)) {
    let word = m[0];
    // "Syria's army": the possessive is not part of the name.
    if (/['’]s$/i.test(word)) word = word.slice(0, -2);
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

function isSentenceInitial(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '*') continue;
    return /[.!?:;\n•|–—-]/.test(c);
  }
  return true;
}

/** Maximal runs of name-like tokens joined by a single space or hyphen. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const nameLike = (t: Token) => isCapitalised(t.text) || NAME_CONNECTORS.has(t.text);
  const flush = () => {
    // Connectors may not end a run, nor start one unless hyphen-fused to the name ('al-Kharata').
    while (run.length > 0 && !isCapitalised(run[run.length - 1].text)) run.pop();
    while (run.length > 0 && !isCapitalised(run[0].text) && text[run[0].end] !== '-') run.shift();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!nameLike(t)) {
      flush();
      continue;
    }
    if (run.length > 0) {
      const gap = text.slice(run[run.length - 1].end, t.start);
      if (gap !== ' ' && gap !== '-') flush();
    }
    run.push(t);
  }
  flush();
  return runs;
}


/** Whether a candidate is believable for this span at all, before comparing candidates. */
function admissible(entry: GazetteerEntry, span: Span, ctx: ArticleContext): boolean {
  const { place, matchedBy } = entry;
  const inContext = ctx.countries.has(place.countryCode);
  const exact = matchedBy === 'name' || matchedBy === 'alternate';
  if (place.featureCode === 'PCLI') return exact || inContext;
  if (span.startsWithFunctionWord && !exact) return false;
  if (span.words > 1) {
    // Two name words spelled alike are rarely a coincidence: loose spellings of real towns pass without context.
    if (exact || inContext) return true;
    return matchedBy === 'article-free' ? place.population >= MIN_POPULATION_SINGLE_WORD : place.population >= MIN_POPULATION_SENTENCE_START;
  }
  if (span.position === 'inside-run') {
    return exact && (place.population >= MIN_POPULATION_INSIDE_RUN || (inContext && place.population >= MIN_POPULATION_INSIDE_RUN_IN_CONTEXT));
  }
  if (!exact && !inContext) return span.position === 'free' && place.population >= MIN_POPULATION_LOOSE_OUT_OF_CONTEXT;
  if (span.position === 'sentence-start') {
    // 'There' is loosely 'Tire': at a sentence start only exact spellings, or the article-free form of a place in context.
    if (!exact && matchedBy !== 'article-free') return false;
    return place.population >= MIN_POPULATION_SENTENCE_START || (inContext && place.population >= MIN_POPULATION_SENTENCE_START_IN_CONTEXT);
  }
  return inContext || place.population >= MIN_POPULATION_SINGLE_WORD;
}

function score(entry: GazetteerEntry, span: Span, ctx: ArticleContext, anchors: Place[], gazetteer: Gazetteer): number {
  const { place } = entry;
  let s = MATCH_SCORE[entry.matchedBy];
  s += POPULATION_WEIGHT * Math.log10(place.population + 10);
  s += FEATURE_SCORE[place.featureCode] ?? 0;
  if (countryInContext(place, span, ctx)) s += CONTEXT_SCORE;
  else if (place.countryCode !== '' && [...ctx.countries].some((c) => neighbours().get(c)?.has(place.countryCode))) s += NEIGHBOUR_CONTEXT_SCORE;
  s += COOCCURRENCE_SCORE * Math.min(1, (ctx.support.get(place.id) ?? 0) / COOCCURRENCE_FULL_NAMES);
  if (ctx.regions.size > 0 && place.featureCode !== 'ADM1') {
    const region = gazetteer.regionOf?.(place);
    if (region !== undefined && ctx.regions.has(region)) s += REGION_CONTEXT_SCORE;
  }
  if (span.hint === 'region' && place.featureCode === 'ADM1') s += TYPE_WORD_SCORE;
  if (span.hint === 'settlement' && place.featureCode.startsWith('PPL')) s += TYPE_WORD_SCORE;
  if (DEFINITE_AREA_FEATURES.has(place.featureCode) && THE_BEFORE.test(ctx.text.slice(Math.max(0, span.start - 5), span.start))) s += DEFINITE_AREA_SCORE;
  if (place.featureCode === 'ADM2' && entry.matchedBy !== 'name') s -= BARE_COUNTY_PENALTY;
  // A country holding the article's clear places is as near to them as a place can be ('Mexico' beside 'Tijuana').
  if (place.featureCode === 'PCLI' && anchors.some((a) => a.countryCode === place.countryCode)) s += PROXIMITY_SCORE;
  // Likewise a division holding them ('Quebec' beside 'Montreal' is the province).
  if (place.featureCode === 'ADM1' && anchors.length > 0) {
    const region = gazetteer.regionOf?.(place);
    if (region !== undefined && anchors.some((a) => a.countryCode === place.countryCode && gazetteer.regionOf?.(a) === region)) s += PROXIMITY_SCORE;
  }
  if (span.dateline && place.featureCode === 'PPLC') s += DATELINE_CAPITAL_SCORE;
  if (span.container !== undefined && place.id !== span.container.id && place.countryCode === span.container.countryCode) {
    if (span.container.featureCode === 'PCLI') s += CONTAINER_SCORE;
    else if (gazetteer.regionOf?.(place) === gazetteer.regionOf?.(span.container)) s += CONTAINER_SCORE;
  }
  if (!BROAD_FEATURES.has(place.featureCode) && anchors.length > 0) {
    const nearest = Math.min(...anchors.map((a) => (a.id === place.id ? 0 : distanceKm(a, place))));
    s += PROXIMITY_SCORE * Math.max(0, 1 - nearest / PROXIMITY_RADIUS_KM);
  }
  return s;
}

/**
 * A division named like its country's capital ('Washington' the state beside 'Washington' the capital)
 * yields to the capital unless the article is set in the division or calls it a state: the capital, when
 * the division was the best choice and must yield; otherwise null.
 */
function capitalOverNamesake(best: GazetteerEntry, span: Span, ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry | null {
  const { place } = best;
  if (place.featureCode !== 'ADM1' || span.hint === 'region') return null;
  const region = gazetteer.regionOf?.(place);
  if (region !== undefined && ctx.regions.has(region)) return null;
  return span.entries.find((e) => e.place.featureCode === 'PPLC' && e.place.countryCode === place.countryCode) ?? null;
}

interface Choice {
  entry: GazetteerEntry;
  margin: number;
}

/**
 * A state or country written by its own name is that area, not a town or county that merely lists the name
 * among its alternates or matches it loosely ('Arizona' is not Yuma, 'Laos' not Lào Cai, 'California' not
 * Califon, 'Delaware' not Delaware County).
 */
function withoutLooseNamesakes(entries: GazetteerEntry[]): GazetteerEntry[] {
  if (!entries.some(isNamedArea)) return entries;
  return entries.filter((e) => e.matchedBy === 'name' || !(e.place.featureCode.startsWith('PPL') || e.place.featureCode === 'ADM2'));
}

/** Words that set a story in a big city rather than the state or province around it. */
const CITY_CUES = /\b(?:mayor|city hall|city council|downtown|uptown|midtown|subway|boroughs?)\b/i;
/** City words count only this near the name ('the mayor of New York'): every local story has a mayor somewhere. */
const CITY_CUE_WINDOW = 40;
/** Words that set it in the state or province. */
const DIVISION_CUES = /\b(?:upstate|downstate|statewide|province-wide|governor|premier|state legislature|state assembly|state senate)\b/i;
/** A place written just before the name ('Brooklyn, New York') within this distance of the city is one of its districts. */
const CITY_DISTRICT_KM = 30;
/** One to three capitalised words and a comma right before the span: a district written before its city. */
const DISTRICT_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,2}),[ \t]+$/u;

/**
 * Whether the article means the city 'X City' when it writes a bare 'X' that also names its division:
 * words about the division ('upstate', 'governor') say no; a district written before it ('Queens, New
 * York') or city words ('mayor', 'subway') say yes. (News also writes a bare 'New York' for the city in
 * 'flights between New York and Moscow', but LGL's annotators mark those as the state, GeoVirus's as the
 * city: with no rule of the language to go by, the default stays the state.)
 */
function cityMeant(city: Place, span: Span, ctx: ArticleContext, gazetteer: Gazetteer): boolean {
  if (DIVISION_CUES.test(ctx.text)) return false;
  const before = DISTRICT_BEFORE.exec(ctx.text.slice(Math.max(0, span.start - 40), span.start));
  if (before !== null && gazetteer.lookup(before[1]).some((e) => e.matchedBy === 'name' && e.place.id !== city.id && distanceKm(e.place, city) <= CITY_DISTRICT_KM)) return true;
  return CITY_CUES.test(ctx.text.slice(Math.max(0, span.start - CITY_CUE_WINDOW), span.end + CITY_CUE_WINDOW));
}

/**
 * Where a city is known as 'X City' ('Quebec City', 'Oklahoma City', 'New York City'), a bare 'X' beside a
 * division or country of that name in the same country is the area, as writers add 'City' when they mean
 * the city; unless the words around say the city is meant (cityMeant), when the area yields instead.
 */
function citiesCalledXCity(entries: GazetteerEntry[], span: Span, ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry[] {
  const areaCountries = new Set(entries.filter(isNamedArea).map((e) => e.place.countryCode));
  if (span.hint === 'settlement' || span.hint === 'region' || areaCountries.size === 0) return entries;
  const calledCity = new Set(gazetteer.lookup(`${span.text} City`).filter((e) => e.matchedBy === 'name' || e.matchedBy === 'alternate').map((e) => e.place.id));
  if (calledCity.size === 0) return entries;
  // Only a city inside the area's own country yields, and never a capital ('Washington City' was DC's name).
  const yields = (p: Place) => calledCity.has(p.id) && p.featureCode.startsWith('PPL') && p.featureCode !== 'PPLC' && areaCountries.has(p.countryCode);
  const cities = entries.filter((e) => yields(e.place));
  if (cities.length === 0) return entries;
  const biggest = cities.reduce((a, b) => (b.place.population > a.place.population ? b : a));
  if (cityMeant(biggest.place, span, ctx, gazetteer)) return [biggest];
  return entries.filter((e) => !yields(e.place));
}

/** A town this big may share a state's name and still be meant by it alone; smaller namesakes need their state written. */
const STATE_NAMESAKE_TOWN_MAX_POPULATION = 100_000;

/**
 * A state or province written by its own name is that division, not a small town of its country named
 * after it ('California', not California, Maryland), unless a container follows ('California, Pa.') or the
 * words call it a town. Countries are left out: a town named 'Lebanon' is often meant in local news.
 */
function stateOverSmallNamesakes(entries: GazetteerEntry[], span: Span): GazetteerEntry[] {
  if (span.container !== undefined || span.hint === 'settlement') return entries;
  const stateCountries = new Set(entries.filter((e) => e.matchedBy === 'name' && e.place.featureCode === 'ADM1').map((e) => e.place.countryCode));
  // Only towns of the state's own country were named after it; Glasgow, Kentucky is no namesake of a Scottish area.
  return entries.filter(
    (e) => !(stateCountries.has(e.place.countryCode) && e.place.featureCode.startsWith('PPL') && e.place.featureCode !== 'PPLC' && e.place.population < STATE_NAMESAKE_TOWN_MAX_POPULATION),
  );
}

/** 'Washington state', 'Idlib province': when the words around the name call it a division, only divisions compete. */
function onlyDivisionsWhenSaidSo(entries: GazetteerEntry[], span: Span): GazetteerEntry[] {
  if (span.hint !== 'region') return entries;
  const divisions = entries.filter((e) => e.place.featureCode === 'ADM1');
  return divisions.length > 0 ? divisions : entries;
}

/** A rule that narrows a span's candidates before scoring; each returns the candidates it keeps. */
interface CandidateFilter {
  name: string;
  keep(entries: GazetteerEntry[], span: Span, ctx: ArticleContext, gazetteer: Gazetteer): GazetteerEntry[];
}

/** Ordered candidate filters, applied in turn. */
const CANDIDATE_FILTERS: CandidateFilter[] = [
  // First: 'New York City' is an alternate-name match of 'New York', which the next filter would drop.
  { name: 'area-or-city-called-x-city', keep: citiesCalledXCity },
  { name: 'named-area-over-loose-namesakes', keep: (entries) => withoutLooseNamesakes(entries) },
  { name: 'state-over-small-namesakes', keep: (entries, span) => stateOverSmallNamesakes(entries, span) },
  { name: 'only-divisions-when-said-so', keep: (entries, span) => onlyDivisionsWhenSaidSo(entries, span) },
];

function choose(span: Span, ctx: ArticleContext, anchors: Place[], gazetteer: Gazetteer): Choice {
  const candidates = CANDIDATE_FILTERS.reduce((entries, filter) => filter.keep(entries, span, ctx, gazetteer), span.entries);
  const ranked = candidates
    .map((entry) => ({ entry, s: score(entry, span, ctx, anchors, gazetteer) }))
    .sort((a, b) => b.s - a.s || (a.entry.place.id < b.entry.place.id ? -1 : 1));
  const capital = capitalOverNamesake(ranked[0].entry, span, ctx, gazetteer);
  if (capital !== null) return { entry: capital, margin: 0 };
  return { entry: ranked[0].entry, margin: ranked.length > 1 ? ranked[0].s - ranked[1].s : Infinity };
}

function confidenceOf(span: Span, choice: Choice): number {
  let c = MATCH_CONFIDENCE[choice.entry.matchedBy];
  if (choice.margin !== Infinity) c *= 0.75 + 0.25 * Math.min(1, choice.margin / CONFIDENT_MARGIN);
  if (span.hint === 'region' && choice.entry.place.featureCode.startsWith('PPL')) c *= REGION_CONFIDENCE_FACTOR;
  if (span.position !== 'free') c *= WEAK_POSITION_CONFIDENCE_FACTOR;
  return Math.round(c * 100) / 100;
}

/** Abbreviated country names the word rules would reject as acronyms. */
const COUNTRY_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}.])U\.S\.(?:A\.)?/gu, 'country:US'],
  [/(?<![\p{L}.])(?:USA|US)(?![\p{L}.])/gu, 'country:US'],
  [/(?<![\p{L}.])(?:U\.K\.|UK)(?![\p{L}])/gu, 'country:GB'],
  [/(?<![\p{L}.])UAE(?![\p{L}])/gu, 'country:AE'],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** 'Paris, Tenn.': a state abbreviation right after a comma, where nothing else is written that way. */
const STATE_ABBREVIATION_PATTERN = new RegExp(
  `(?<=,\\s)(?:${[...Object.keys(US_STATE_ABBREVIATIONS), ...Object.keys(CANADIAN_PROVINCE_ABBREVIATIONS)].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?=[\\s,;:)"'’]|$)`,
  'g',
);

/** 'Mass.' or 'B.C.' as the id of the state or province, when the text is one of the abbreviations. */
function stateAbbreviationId(written: string): string | undefined {
  const us = US_STATE_ABBREVIATIONS[written.trim()];
  if (us !== undefined) return `admin1:US-${us}`;
  const ca = CANADIAN_PROVINCE_ABBREVIATIONS[written.trim()];
  if (ca !== undefined) return `admin1:CA-${ca}`;
  const au = AUSTRALIAN_STATE_ABBREVIATIONS[written.trim()];
  return au === undefined ? undefined : `admin1:AU-${au}`;
}

/** US postal codes of states, all capitals ('KY', 'N.Y'): taken only in spans someone else marked as places. */
const POSTAL_STATE_CODES: ReadonlySet<string> = new Set(Object.values(US_STATE_ABBREVIATIONS));
function postalStateId(written: string): string | undefined {
  const code = written.replace(/\./g, '').trim().toUpperCase();
  return code.length === 2 && POSTAL_STATE_CODES.has(code) && written === written.toUpperCase() ? `admin1:US-${code}` : undefined;
}

/** Province abbreviations taken wherever they stand, not only after a comma. */
const DISTINCTIVE_ABBREVIATION_PATTERN = new RegExp(`(?<![\\p{L}.])(?:${DISTINCTIVE_PROVINCE_ABBREVIATIONS.map(escapeRe).join('|')})(?![\\p{L}])`, 'gu');

/** True when the words around `at` are in capitals too, as in a shouted headline where 'US' is a pronoun. */
function inShoutedText(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(end, end + 30));
  return [before?.[1], after?.[1]].some((w) => w !== undefined && w.length > 1 && isAllCaps(w));
}

function contextCountries(text: string, tokens: Token[], runs: Token[][], gazetteer: Gazetteer): { countries: Set<string>; namedOnly: Map<string, Set<string>> } {
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

/** Marks of US local news, as ordered named rules; each counts once however often it occurs. */
const US_LOCAL_CUES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'phone-number', pattern: /(?<!\d)\(?\d{3}\)?[ .-]\d{3}-\d{4}(?!\d)/ },
  { name: 'street-address', pattern: /\b\d{1,5} (?:[NSEW]\.? )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)? (?:St|Ave|Blvd|Rd|Dr|Ln|Street|Avenue|Boulevard|Road|Drive|Lane|Pike)\b/u },
  { name: 'sheriff', pattern: /\bSheriff(?:'s|’s)? (?:Office|Department|Deputy|deputies)|\bsheriff\b/ },
  { name: 'county-body', pattern: /\b\p{Lu}\p{L}+ County (?:Sheriff|Commission|Commissioners|Board|Jail|Court|Schools|School|Circuit|District|Fair|Clerk|Attorney|Coroner)/u },
  { name: 'us-court-or-office', pattern: /\b(?:Circuit Court|District Attorney|Commonwealth(?:'s|’s) Attorney|state attorney general|Board of Supervisors|city council|City Council|school board|School Board)\b/ },
  { name: 'police-department', pattern: /\bPolice Department\b/ },
  { name: 'dollars', pattern: /\$\d/ },
];

/** Marks of Canadian local news: North American phone numbers with Commonwealth spelling, or Canadian forces
 *  and titles. Each counts once; MIN_CANADIAN_LOCAL_CUES distinct ones make Canada the article's country. */
const CANADIAN_LOCAL_CUES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'north-american-phone-number', pattern: /(?<!\d)\(?\d{3}\)?[ .-]\d{3}-\d{4}(?!\d)/ },
  { name: 'commonwealth-spelling', pattern: /\b(?:centre|neighbourhood|per cent|colour|favour|labour|honour|theatre|licence|offence)s?\b/i },
  { name: 'police-constable-title', pattern: /\b(?:Const\.|Cst\.|Staff Sgt\.) \p{Lu}/u },
  { name: 'canadian-force-or-office', pattern: /\b(?:RCMP|OPP|MPP|Crown attorney|Mountie)s?\b/ },
];
/** Two marks: a phone number alone is also American, a spelling alone also British. 'MLA' and 'Crown prosecutor' are left out: British, Irish and Indian news use them too. */
const MIN_CANADIAN_LOCAL_CUES = 2;

/** Whether the article reads as Canadian local news: its marks, and no country other than Canada (or its neighbour) named. */
function looksLikeCanadianLocalNews(text: string, countries: ReadonlySet<string>): boolean {
  if ([...countries].some((c) => c !== 'CA' && c !== 'US')) return false;
  let cues = 0;
  for (const cue of CANADIAN_LOCAL_CUES) if (cue.pattern.test(text) && ++cues >= MIN_CANADIAN_LOCAL_CUES) return true;
  return false;
}

/** Whether the article reads as US local news; a country other than the US named in it says otherwise. */
function looksLikeUsLocalNews(text: string, countries: ReadonlySet<string>): boolean {
  if ([...countries].some((c) => c !== 'US')) return false;
  let cues = 0;
  for (const cue of US_LOCAL_CUES) if (cue.pattern.test(text) && ++cues >= MIN_US_LOCAL_CUES) return true;
  return false;
}

/** Whether the article's context for a candidate's country comes from somewhere other than this very name. */
function countryInContext(place: Place, span: Span, ctx: ArticleContext): boolean {
  if (!ctx.countries.has(place.countryCode)) return false;
  const names = ctx.namedOnly.get(place.countryCode);
  return names === undefined || !(names.size === 1 && names.has(foldName(span.text)));
}

/** The article context every resolution starts from: countries named or implied, lowercase words, exclusions. */
function articleContext(text: string, tokens: Token[], runs: Token[][], gazetteer: Gazetteer, exclude: { start: number; end: number }[]): ArticleContext {
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
 * Resolve recognised spans together. Pass 1 chooses for each span alone; the clear winners then lend their
 * countries, divisions and positions to the article context, and pass 2 chooses again with that help.
 */
function settle(spans: Span[], ctx: ArticleContext, gazetteer: Gazetteer): (Choice | null)[] {
  ctx.support = cooccurrenceSupport(spans, gazetteer);
  const first = spans.map((span) => (span.entries.length > 0 ? choose(span, ctx, [], gazetteer) : null));
  addMajorityContext(first, ctx, gazetteer);
  const anchors: Place[] = [];
  first.forEach((choice, i) => {
    if (choice === null || spans[i].position !== 'free') return;
    if (choice.margin < (isNamedArea(choice.entry) ? AREA_CONFIDENT_MARGIN : CONFIDENT_MARGIN)) return;
    const place = choice.entry.place;
    if (place.countryCode !== '') ctx.countries.add(place.countryCode);
    // A town or state chosen with confidence is independent evidence for its country; the country itself is not.
    if (place.featureCode !== 'PCLI') ctx.namedOnly.delete(place.countryCode);
    if (place.featureCode === 'ADM1') {
      const region = gazetteer.regionOf?.(place);
      if (region !== undefined) ctx.regions.add(region);
    }
    if (!BROAD_FEATURES.has(place.featureCode) && !anchors.some((a) => a.id === place.id)) anchors.push(place);
  });
  const second = spans.map((span) => (span.entries.length > 0 ? choose(span, ctx, anchors, gazetteer) : null));
  return placedInHolders(spans, alignEnumerations(spans, second, ctx.text), ctx, gazetteer);
}

/** How near a town or city written as a name's holder ('London's Heathrow') the name's place must lie. */
const HOLDER_RADIUS_KM = 60;
/** A holder nobody marked is looked up alone; people own things too ('Smith's'), so only a sizeable place or an area. */
const MIN_UNMARKED_HOLDER_POPULATION = 50_000;
/** Kinds of place a name is never 'in' by possessive: the name itself is an area ('Canada's Alberta' is fine, but never moved). */
const AREA_FEATURES: ReadonlySet<string> = new Set(['CONT', 'RGN', 'PCLI', 'ADM1', 'OCN', 'SEA']);

/** Whether a place lies inside the holder: its country, its division, or near its point. */
function liesIn(place: Place, holder: Place, gazetteer: Gazetteer): boolean {
  if (place.id === holder.id) return false;
  if (holder.featureCode === 'PCLI') return place.countryCode === holder.countryCode;
  if (holder.featureCode === 'ADM1') {
    const region = gazetteer.regionOf?.(holder);
    return region !== undefined && gazetteer.regionOf?.(place) === region;
  }
  if (BROAD_FEATURES.has(holder.featureCode)) return true;
  return distanceKm(place, holder) <= HOLDER_RADIUS_KM;
}

/** The place a holder phrase names: the choice of a span that covers it, else its own best exact reading. */
function holderPlace(holder: HolderPhrase, spans: Span[], choices: (Choice | null)[], ctx: ArticleContext, gazetteer: Gazetteer): Place | null {
  const i = spans.findIndex((s) => s.start <= holder.start && holder.end <= s.end);
  if (i !== -1) return choices[i]?.entry.place ?? null;
  const span = givenSpan(ctx.text, holder.start, holder.end, gazetteer);
  span.entries = span.entries.filter(
    (e) => (e.matchedBy === 'name' || e.matchedBy === 'alternate') && (AREA_FEATURES.has(e.place.featureCode) || e.place.population >= MIN_UNMARKED_HOLDER_POPULATION),
  );
  return span.entries.length === 0 ? null : choose(span, ctx, [], gazetteer).entry.place;
}

/**
 * 'London's Heathrow', 'Cairo's Abbasiya neighbourhood': a name owned by a place lies in it. Its reading
 * outside the holder yields to its best reading inside; with none inside (the gazetteer lacks the airport
 * or district), the holder's own point stands for it, being nearer than any namesake abroad.
 */
function placedInHolders(spans: Span[], choices: (Choice | null)[], ctx: ArticleContext, gazetteer: Gazetteer): (Choice | null)[] {
  const out = [...choices];
  spans.forEach((span, i) => {
    const choice = out[i];
    if (choice === null || AREA_FEATURES.has(choice.entry.place.featureCode)) return;
    const phrase = possessiveHolder(ctx.text, span.start);
    if (phrase === null) return;
    const holder = holderPlace(phrase, spans, out, ctx, gazetteer);
    if (holder === null || holder.id === choice.entry.place.id || liesIn(choice.entry.place, holder, gazetteer)) return;
    const inside = span.entries.filter((e) => liesIn(e.place, holder, gazetteer));
    if (inside.length > 0) out[i] = choose({ ...span, entries: inside }, ctx, [], gazetteer);
    else if (!BROAD_FEATURES.has(holder.featureCode)) out[i] = { entry: { place: holder, matchedBy: 'skeleton' }, margin: 0 };
  });
  return out;
}

/**
 * A marked place the gazetteer does not hold ('Kfraya', 'St. Michael's Hospital') still lies somewhere the
 * text tells, tried in order: the town a facility is named after ('Vancouver Art Gallery'), the place
 * written as its holder ('Toronto's ...', '... in Columbia', '..., Maryland'), the name written nearest to
 * it within about a sentence (lists and sentences stay local), else where the article is set, its most
 * named town; a nearby point beats none.
 */
function fallbackFor(span: Span, spans: Span[], choices: (Choice | null)[], ctx: ArticleContext, gazetteer: Gazetteer): Place | null {
  for (const prefix of facilityTownPrefixes(span.text)) {
    const towns = gazetteer.lookup(prefix).filter((e) => (e.matchedBy === 'name' || e.matchedBy === 'alternate') && e.place.featureCode.startsWith('PPL'));
    if (towns.length > 0) return choose({ ...span, entries: towns }, ctx, [], gazetteer).entry.place;
  }
  for (const phrase of [possessiveHolder(ctx.text, span.start), holderAfter(ctx.text, span.end)]) {
    if (phrase === null) continue;
    const holder = holderPlace(phrase, spans, choices, ctx, gazetteer);
    if (holder !== null) return holder;
  }
  return nearbyNamedPlace(span, spans, choices, ctx) ?? articleFocus(choices);
}

/** How far apart in one sentence two names may stand for the one to stand in for the other. */
const NEARBY_NAME_CHARS = 150;

/** The end of a sentence: a stop and a capital after it. */
const SENTENCE_BREAK = /[.!?]["'’”]?\s+["'‘“]?\p{Lu}/u;

/** The place of the name written nearest to the span, in its sentence: lists and sentences stay local. */
function nearbyNamedPlace(span: Span, spans: Span[], choices: (Choice | null)[], ctx: ArticleContext): Place | null {
  let best: { place: Place; gap: number } | null = null;
  spans.forEach((other, j) => {
    const choice = choices[j];
    if (choice === null || other === span || foldName(other.text) === foldName(span.text)) return;
    const place = choice.entry.place;
    if (place.featureCode === 'PCLI' || NATURAL_OR_WIDE.has(place.featureCode)) return;
    const gap = other.start >= span.end ? other.start - span.end : span.start - other.end;
    if (gap < 0 || gap > NEARBY_NAME_CHARS) return;
    // With the later name's first letter, so that the capital after a stop is seen.
    const between = other.start >= span.end ? ctx.text.slice(span.end, other.start + 1) : ctx.text.slice(other.end, span.start + 1);
    if (SENTENCE_BREAK.test(between)) return;
    if (best === null || gap < best.gap) best = { place, gap };
  });
  return (best as { place: Place } | null)?.place ?? null;
}

/** A town abroad this small is rarely what a story set elsewhere means by a name it marks as a place. */
const FOREIGN_TOWN_MAX_POPULATION = 300_000;

/**
 * A small town in a country no other name of the article lies in: the name's readings lie away from the
 * story, so the gazetteer most likely lacks the local place ('Nyanza' in a Kenyan story has only a Rwandan
 * namesake), and the text's own hints do better.
 */
function isForeignTown(place: Place, countries: ReadonlySet<string>): boolean {
  return (
    countries.size > 0 && place.countryCode !== '' && !countries.has(place.countryCode) &&
    // Across a border is still near ('El Fasher' in a South Sudanese story).
    ![...countries].some((c) => neighbours().get(c)?.has(place.countryCode)) &&
    place.featureCode.startsWith('PPL') && place.featureCode !== 'PPLC' && place.population < FOREIGN_TOWN_MAX_POPULATION
  );
}

/** The countries of the places chosen for the article's other names (other spellings, not this one repeated). */
function otherNamesCountries(i: number, spans: Span[], choices: (Choice | null)[]): Set<string> {
  const own = foldName(spans[i].text);
  const out = new Set<string>();
  choices.forEach((c, j) => {
    if (c !== null && c.entry.place.countryCode !== '' && foldName(spans[j].text) !== own) out.add(c.entry.place.countryCode);
  });
  return out;
}

/** Where the article is set: its most often chosen town (first named on a tie), else division, else country. */
function articleFocus(choices: (Choice | null)[]): Place | null {
  for (const broad of [false, true]) {
    const counts = new Map<string, { place: Place; n: number }>();
    for (const c of choices) {
      if (c === null || BROAD_FEATURES.has(c.entry.place.featureCode) !== broad) continue;
      const had = counts.get(c.entry.place.id);
      if (had) had.n++;
      else counts.set(c.entry.place.id, { place: c.entry.place, n: 1 });
    }
    let best: { place: Place; n: number } | null = null;
    for (const x of counts.values()) if (best === null || x.n > best.n) best = x;
    if (best !== null) return best.place;
  }
  return null;
}

/**
 * For every point-like candidate, how many other names of the article (distinct spellings of distinct
 * places) have a candidate near it, or a division holding it. Ambiguous names settle each other this way
 * even when none of them is clear on its own.
 */
function cooccurrenceSupport(spans: Span[], gazetteer: Gazetteer): Map<string, number> {
  const byName = new Map<string, Place[]>();
  for (const span of spans) {
    const key = foldName(span.text);
    if (byName.has(key) || span.entries.length === 0 || span.entries.length > COOCCURRENCE_MAX_CANDIDATES) continue;
    byName.set(key, span.entries.map((e) => e.place).filter((p) => p.featureCode !== 'PCLI' && !NATURAL_OR_WIDE.has(p.featureCode)));
  }
  const names = [...byName.values()];
  const support = new Map<string, number>();
  names.forEach((candidates, i) => {
    for (const place of candidates) {
      if (place.featureCode === 'ADM1' || support.has(place.id)) continue;
      const region = gazetteer.regionOf?.(place);
      let n = 0;
      names.forEach((others, j) => {
        if (j === i) return;
        const near = others.some((o) =>
          o.id !== place.id && (o.featureCode === 'ADM1' ? region !== undefined && gazetteer.regionOf?.(o) === region : distanceKm(o, place) <= COOCCURRENCE_RADIUS_KM),
        );
        if (near) n++;
      });
      if (n > 0) support.set(place.id, n);
    }
  });
  return support;
}

/** Areas too wide or too watery to place a town beside them. */
const NATURAL_OR_WIDE: ReadonlySet<string> = new Set(['CONT', 'RGN', 'OCN', 'SEA', 'LK', 'MTS', 'ISL']);

/** What may stand between two names of one enumeration ('Mali, Niger and Senegal'). */
const ENUMERATION_GAP = /^\s*(?:,|;|,?\s+and|,?\s+or|&)\s*$/;
/** Share of an enumeration's other names that must be of one kind before a name is read as that kind too. */
const ENUMERATION_MAJORITY = 0.5;
/** Kinds of place that enumerations hold: 'Mali, Niger and Senegal' are countries; 'Alberta, Manitoba, Ontario' provinces. */
const ENUMERATION_KINDS: ReadonlySet<string> = new Set(['PCLI', 'ADM1']);

/**
 * Names listed together are of one kind: in 'Guinea, Mali, Niger and Senegal' each is a country, and in
 * 'Alberta, Manitoba, Ontario and New Brunswick' each a province of one country. A name whose choice breaks
 * from the kind most of its list shares takes its best candidate of that kind, where it has one.
 */
function alignEnumerations(spans: Span[], choices: (Choice | null)[], text: string): (Choice | null)[] {
  const out = [...choices];
  const groups: number[][] = [];
  let group: number[] = [];
  // Given spans may come in any order; lists are read in text order.
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  for (const i of order) {
    if (choices[i] === null) continue;
    const last = group[group.length - 1];
    if (last !== undefined && !(spans[last].end <= spans[i].start && ENUMERATION_GAP.test(text.slice(spans[last].end, spans[i].start)))) {
      groups.push(group);
      group = [];
    }
    group.push(i);
  }
  groups.push(group);
  for (const members of groups) {
    if (members.length < 2) continue;
    for (const i of members) {
      const others = members.filter((j) => j !== i).map((j) => choices[j]!.entry.place);
      const kind = majorityKind(others);
      if (kind === null || choices[i]!.entry.place.featureCode === kind.featureCode && (kind.featureCode === 'PCLI' || choices[i]!.entry.place.countryCode === kind.countryCode)) continue;
      const fitting = spans[i].entries.find((e) => e.place.featureCode === kind.featureCode && (kind.featureCode === 'PCLI' || e.place.countryCode === kind.countryCode));
      if (fitting !== undefined) out[i] = { entry: fitting, margin: 0 };
    }
  }
  return out;
}

/** The kind ('PCLI', or 'ADM1' of one country) most of the places share, when more than half do. */
function majorityKind(places: Place[]): { featureCode: string; countryCode: string } | null {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (!ENUMERATION_KINDS.has(p.featureCode)) continue;
    const key = p.featureCode === 'PCLI' ? 'PCLI|' : `ADM1|${p.countryCode}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) {
    if (n > places.length * ENUMERATION_MAJORITY) {
      const [featureCode, countryCode] = key.split('|');
      return { featureCode, countryCode };
    }
  }
  return null;
}

/**
 * Local news rarely names its own country or state: when most first choices lie in one country, or many in
 * one state, that is the article's setting, and the ambiguous names ('Paris', 'Georgia') are read in it.
 */
function addMajorityContext(choices: (Choice | null)[], ctx: ArticleContext, gazetteer: Gazetteer): void {
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

/**
 * One pin per name on the map: 'Deir ez-Zor province' and 'Deir ez-Zor' are drawn as the city the province
 * is named after, when the span also has such a city near the division's centre. The mention keeps a lower
 * confidence (REGION_CONFIDENCE_FACTOR) to say the exact entity was the division.
 */
function seatForMap(chosen: GazetteerEntry, span: Span): GazetteerEntry {
  const place = chosen.place;
  if (place.featureCode !== 'ADM1') return chosen;
  const seat = span.entries
    .filter((e) => e.place.featureCode.startsWith('PPL') && e.place.countryCode === place.countryCode && distanceKm(e.place, place) <= DIVISION_SEAT_KM)
    .sort((a, b) => b.place.population - a.place.population)[0];
  return seat ?? chosen;
}

/** Find and resolve the place names in an article's text. Offsets point into \`text\`. */
export function findPlaces(
  text: string,
  gazetteer: Gazetteer,
  options: { exclude?: { start: number; end: number }[] } = {},
): { mentions: Mention[]; places: Place[] } {
  const tokens = tokenize(text);
  const runs = capitalisedRuns(text, tokens);
  const ctx = articleContext(text, tokens, runs, gazetteer, options.exclude ?? []);

  const spans: Span[] = [];
  for (const run of runs) {
    let i = 0;
    while (i < run.length) {
      const found = longestPlaceAt(run, i, ctx, gazetteer);
      if (found === null) {
        i++;
        continue;
      }
      spans.push(found);
      i += found.tokens.length;
    }
  }
  for (const [pattern, id] of COUNTRY_ABBREVIATIONS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const place = gazetteer.byId(id);
      if (!place || inShoutedText(text, start, end) || ctx.exclude.some((x) => start < x.end && x.start < end)) continue;
      spans.push({ start, end, text: m[0], tokens: [], hint: null, words: 1, position: 'free', startsWithFunctionWord: false, entries: [{ place, matchedBy: 'alternate' }] });
    }
  }
  for (const m of [...text.matchAll(STATE_ABBREVIATION_PATTERN), ...text.matchAll(DISTINCTIVE_ABBREVIATION_PATTERN)]) {
    const place = gazetteer.byId(stateAbbreviationId(m[0]) ?? '');
    const start = m.index;
    const end = start + m[0].length;
    if (!place || ctx.exclude.some((x) => start < x.end && x.start < end) || spans.some((s) => start < s.end && s.start < end)) continue;
    spans.push({ start, end, text: m[0], tokens: [], hint: null, words: 1, position: 'free', startsWithFunctionWord: false, entries: [{ place, matchedBy: 'alternate' }] });
  }
  spans.sort((a, b) => a.start - b.start);

  const mentions: Mention[] = [];
  const places: Place[] = [];
  settle(spans, ctx, gazetteer).forEach((choice, i) => {
    if (choice === null) return;
    const span = spans[i];
    const pinned = { entry: seatForMap(choice.entry, span), margin: choice.margin };
    const place = pinned.entry.place;
    mentions.push({ kind: 'place', text: span.text, start: span.start, end: span.end, entityId: place.id, confidence: confidenceOf(span, pinned) });
    if (!places.some((p) => p.id === place.id)) places.push(place);
  });
  return { mentions, places };
}

/** One given span resolved in its article: the place chosen (null when no candidate), how sure, how many candidates. */
export interface ResolvedSpan {
  start: number;
  end: number;
  text: string;
  place: Place | null;
  confidence: number;
  candidates: number;
}

/**
 * Resolve spans someone else found (a gold annotation, another recogniser) in the context of the whole text,
 * with the same scoring as findPlaces. Every candidate is admitted: the caller vouches that the span is a place.
 */
export function resolveSpans(text: string, given: readonly { start: number; end: number }[], gazetteer: Gazetteer): ResolvedSpan[] {
  const tokens = tokenize(text);
  const runs = capitalisedRuns(text, tokens);
  const ctx = articleContext(text, tokens, runs, gazetteer, []);
  const spans = given.map((g) => givenSpan(text, g.start, g.end, gazetteer));
  const settled = settle(spans, ctx, gazetteer);
  const choices = settled.map((choice, i) => {
    if (choice !== null) {
      if (!isForeignTown(choice.entry.place, otherNamesCountries(i, spans, settled))) return choice;
      const home = fallbackFor(spans[i], spans, settled, ctx, gazetteer);
      return home !== null && home.countryCode !== choice.entry.place.countryCode && home.countryCode !== '' ? { entry: { place: home, matchedBy: 'skeleton' as const }, margin: 0 } : choice;
    }
    if (spans[i].entries.length > 0) return null;
    const place = fallbackFor(spans[i], spans, settled, ctx, gazetteer);
    return place === null ? null : { entry: { place, matchedBy: 'skeleton' as const }, margin: 0 };
  });
  return choices.map((choice, i) => ({
    start: spans[i].start,
    end: spans[i].end,
    text: spans[i].text,
    place: choice?.entry.place ?? null,
    confidence: choice === null ? 0 : confidenceOf(spans[i], choice),
    candidates: spans[i].entries.length,
  }));
}

/** The most populous candidate for a span, as the usual baseline picks it: same candidates, no context. */
export function mostPopulousCandidate(text: string, start: number, end: number, gazetteer: Gazetteer): Place | null {
  let best: Place | null = null;
  for (const e of givenSpan(text, start, end, gazetteer).entries) if (best === null || e.place.population > best.population) best = e.place;
  return best;
}

/** Candidate names for a given span, tried in order until one has candidates: the span, then shorter forms. */
const GIVEN_NAME_FORMS: ReadonlyArray<{ name: string; form: (s: string) => string }> = [
  { name: 'as-written', form: (s) => s },
  // 'Platte Co.', 'Madison Twp.': local papers' abbreviations of county and township.
  { name: 'abbreviations-expanded', form: (s) => s.replace(/\s+Co\.?$/i, ' County').replace(/\s+Twp\.?$/i, ' Township') },
  { name: 'without-article', form: (s) => s.replace(/^the\s+/i, '') },
  { name: 'without-possessive', form: (s) => s.replace(/['’]s?$/, '') },
  { name: 'without-type-word', form: (s) => s.replace(/\s+(?:province|governorate|region|district|county|parish|city|town|village|state|township|borough)$/i, '') },
  { name: 'without-directional', form: (s) => s.replace(/^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|greater|upper|lower|inner|outer)(?:ern)?\s+/i, '') },
  // Last resort: 'Salinas Valley', 'Boston Harbor', 'Da Nang International Airport', 'Port of Los Angeles' lie at
  // or beside the place they are named after; a point there beats none.
  { name: 'without-feature-word', form: (s) => s.replace(/^port\s+of\s+/i, '').replace(/\s+(?:valley|bay|harbou?r|(?:international\s+)?airport|park|square|station|delta|heights|area)$/i, '') },
];

function givenSpan(text: string, start: number, end: number, gazetteer: Gazetteer): Span {
  const written = text.slice(start, end);
  const after = nextWord(text, end).toLowerCase();
  const span: Span = {
    start,
    end,
    text: written,
    tokens: [],
    hint: hintAround(text, start, end),
    dateline: isDateline(text, start, end),
    container: containerAfter(text, end, gazetteer),
    words: Math.max(1, articleFreeTokens(foldName(written)).length),
    position: 'free',
    startsWithFunctionWord: false,
    entries: [],
  };
  const abbreviated = gazetteer.byId(stateAbbreviationId(written) ?? stateAbbreviationId(written.replace(/\.?$/, '.')) ?? postalStateId(written) ?? '');
  if (abbreviated !== undefined) {
    span.entries = [{ place: abbreviated, matchedBy: 'alternate' }];
    return span;
  }
  // 'Turkish officials': a demonym written where the country is meant.
  const demonymOf = demonymCountries().get(foldName(written.replace(/['’]s$/, '')));
  const country = demonymOf !== undefined ? gazetteer.byId(`country:${demonymOf}`) : undefined;
  if (country !== undefined) {
    span.entries = [{ place: country, matchedBy: 'alternate' }];
    return span;
  }
  let name = written;
  for (const rule of GIVEN_NAME_FORMS) {
    name = rule.form(name).trim();
    if (name.length === 0) break;
    span.entries = gazetteer.lookup(name);
    if (span.entries.length > 0) return span;
  }
  // 'Ohioans', 'European', 'Dagestani': a people's name written where their place is meant.
  for (const [suffix, replacement] of DEMONYM_ENDINGS) {
    if (!suffix.test(written)) continue;
    const stem = written.replace(suffix, replacement);
    span.entries = gazetteer.lookup(stem).filter((e) => e.matchedBy === 'name' || e.matchedBy === 'alternate');
    if (span.entries.length > 0) return span;
  }
  return span;
}

/** Endings of the names of peoples and their replacements giving the place, longest first ('Ontarians' -> 'Ontario'). */
const DEMONYM_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/ians$/, 'ia'], [/ians$/, 'io'], [/ans$/, ''], [/ns$/, ''], [/ian$/, 'ia'], [/ian$/, 'io'], [/an$/, 'e'], [/an$/, 'as'], [/an$/, ''], [/n$/, ''], [/i$/, ''], [/ese$/, ''],
  // 'Richmondites', 'New Londoners': residents named after their town.
  [/ites$/, ''], [/ite$/, ''], [/ers$/, ''], [/er$/, ''],
];

/** The longest span starting at run[i] that passes the rules and has an admissible candidate, or null. */
function longestPlaceAt(run: Token[], i: number, ctx: ArticleContext, gazetteer: Gazetteer): Span | null {
  const first = run[i];
  if (!isCapitalised(first.text) && ctx.text[first.end] !== '-') return null;
  for (let n = Math.min(MAX_NAME_TOKENS, run.length - i); n >= 1; n--) {
    const tokens = run.slice(i, i + n);
    if (!isCapitalised(tokens[n - 1].text)) continue;
    const start = first.start;
    const end = tokens[n - 1].end;
    const after = nextWord(ctx.text, end).toLowerCase();
    const words = articleFreeTokens(foldName(ctx.text.slice(start, end))).length;
    // Region and settlement words ('Idlib Province', 'Raqqa City') do not make a run a longer name.
    const runWords = run.filter((t) => !REGION_WORDS.has(t.text.toLowerCase()) && !SETTLEMENT_WORDS.has(t.text.toLowerCase())).length;
    const position = words > 1 ? 'free' : runWords > n ? 'inside-run' : isSentenceInitial(ctx.text, start) ? 'sentence-start' : 'free';
    const span: Span = {
      start,
      end,
      text: ctx.text.slice(start, end),
      tokens,
      hint: hintAround(ctx.text, start, end),
      dateline: isDateline(ctx.text, start, end),
      container: containerAfter(ctx.text, end, gazetteer),
      words,
      position,
      startsWithFunctionWord: n > 1 && FUNCTION_WORDS.has(first.text.toLowerCase()),
      entries: [],
    };
    if (SPAN_RULES.some((rule) => rule.rejects(span, ctx))) continue;
    span.entries = gazetteer.lookup(span.text).filter((e) => admissible(e, span, ctx));
    if (span.entries.length > 0) return span;
  }
  return null;
}

/** The names of the span rules, in the order they apply (for documentation and tests). */
export const PLACE_SPAN_RULES: readonly string[] = SPAN_RULES.map((r) => r.name);

/** The names of the candidate filters, in the order they apply. */
export const PLACE_CANDIDATE_FILTERS: readonly string[] = CANDIDATE_FILTERS.map((f) => f.name);
