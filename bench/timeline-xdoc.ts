// npm run bench -- timeline-xdoc [--data <dir>] [--set <corpus>]: cross-document timelines of target
// entities, SemEval-2015 Task 4 (TimeLine, Minard et al. 2015), Track A (from raw text).
//
// Input. Each corpus (the trial's Apple documents, corpus_1's Airbus ones; corpus_2 and corpus_3 where
// --data gives the whole set) is read from its CAT files, tokens only (the trial's CAT files carry gold
// markables: never read), each document dated by the DCT of its TimeML file. A document becomes an
// Article of ours: its title (CAT sentence 0) a paragraph, its dateline (sentence 1) a paragraph, its
// body one paragraph, the tokens joined as prose ('world 's' -> "world's") with every token's offset
// kept. The article goes through the pipeline's own analyzeArticle (with loadGazetteer() and
// loadActorTable(), as processPage), and the corpus's articles, DCT order, through buildEvents as one
// story: our events are our sentences kept as events, merged across documents.
//
// Our timeline of an entity: every event one of whose sentences names the entity (entityMatcher
// below: the name and a few variants in the sentence text, no gold mention used), one line per event,
// all its sentences on that line as coreferent mentions. A sentence's mention is its main verb: the head
// of the first happening told as done, as the event layer reads it (happeningOf of
// src/events/factuality.ts: a reported clause's verb rather than 'said'), the content word of that
// verb group ('taken' in 'has taken'); failing that, the first -ed word; a sentence with neither is
// not written. Its id is `docid-sentence-token` with the CAT sentence number and token text of the
// token under that verb. Dates: our event date as YYYY-MM-DD (a day), YYYY-MM-XX (a month) or
// YYYY-XX-XX (a year; a week, quarter or season whose bounds fall in one month is that month);
// anything coarser is undated, XXXX-XX-XX at rank 0. An event dated only by its page's publication
// date keeps that date (the date newsline shows); the row 'publication-dated at rank 0' scores the
// other choice. Ranks follow the dates, a month before the days inside it; one date, one rank.
//
// Scoring: temporal awareness (bench/metrics/temporal-awareness.ts, with its choices written there),
// counts summed over the timelines of a corpus, and over all corpora present for the last line.
// NEWSLINE_TIMELINE_ERRORS=1 prints, per entity, our timeline beside the gold on stderr;
// NEWSLINE_TIMELINE_ERRORS=ours writes our timelines there in the task's own format.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AnalyzedArticle, Article, Event } from '../src/model.js';
import { analyzeArticle, type AnalyzeResources } from '../src/analyze/index.js';
import { loadGazetteer } from '../src/analyze/places/gazetteer.js';
import { loadActorTable } from '../src/analyze/entities/actors.js';
import { buildEvents, type PageInfo } from '../src/events/index.js';
import { groupAt, happeningOf, tokenize } from '../src/events/factuality.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { articleFromLines, joinTokens } from './tokens.js';
import { parseCat } from './cat.js';
import {
  addCounts,
  awareness,
  emptyCounts,
  formatTimeline,
  mentionKey,
  parseTimeline,
  scoreTimeline,
  type AwarenessCounts,
  type ParsedTimeline,
  type TimelineLine,
} from './metrics/temporal-awareness.js';

/** Minard et al. 2015, over the three evaluation corpora: micro F1. */
const ANCHORS: [string, number][] = [
  ['Track A best published (3 corpora)', 0.0785],
  ['Track B best published (3 corpora, gold event mentions)', 0.2536],
];

// ---- Reading a corpus ----

interface CatToken {
  sentence: number;
  text: string;
}

interface CorpusDoc {
  id: string;
  dct: string | null;
  tokens: CatToken[];
}

interface Corpus {
  name: string;
  /** What the corpus is about, for the table. */
  topic: string;
  docs: CorpusDoc[];
  /** Entity name -> gold timeline (null when the gold file is missing). */
  gold: Map<string, ParsedTimeline | null>;
  /** corpus_N (an evaluation corpus) or the trial data. */
  evaluation: boolean;
}

/** The tokens of a CAT file (bench/cat.ts); its markables (the trial's gold events) are not used. */
function readCat(xml: string, file: string): { id: string; tokens: CatToken[] } {
  const doc = parseCat(xml, file, '');
  return { id: doc.docId, tokens: doc.tokens.map((t) => ({ sentence: t.sentence, text: t.text.trim() })) };
}

/** DOCID -> DCT value of every TimeML file of a folder. */
function readDcts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml'))) {
    const xml = readFileSync(join(dir, f), 'utf8');
    const id = /<DOCID>\s*([^<\s]+)\s*<\/DOCID>/.exec(xml)?.[1];
    const dct = /<DCT>[\s\S]*?\bvalue="([^"]+)"/.exec(xml)?.[1];
    if (id && dct) out.set(id, dct.slice(0, 10));
  }
  return out;
}

function readDocs(catDir: string, timemlDir: string): CorpusDoc[] {
  const dcts = readDcts(timemlDir);
  return readdirSync(catDir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => {
      const { id, tokens } = readCat(readFileSync(join(catDir, f), 'utf8'), f);
      return { id: id || basename(f).split(/[_-]/)[0], dct: dcts.get(id) ?? null, tokens };
    });
}

const TOPICS: Record<string, string> = { trial: 'Apple', corpus_1: 'Airbus', corpus_2: 'GM', corpus_3: 'stock market' };
const entityFile = (entity: string) => `${entity.toLowerCase().replace(/\s+/g, '_')}.txt`;

/** The trial data and every corpus_N under the folder (or under its SemEval_Task4_data). */
function findCorpora(dir: string): Corpus[] {
  const out: Corpus[] = [];
  const trialCat = join(dir, 'Corpus-trial-data_task4');
  const trialGold = join(dir, 'TimeLines_trial_data_task4_v1.2');
  if (existsSync(trialCat) && existsSync(trialGold)) {
    const gold = new Map<string, ParsedTimeline | null>();
    for (const f of readdirSync(trialGold).filter((x) => x.endsWith('.txt')).sort()) {
      const t = parseTimeline(readFileSync(join(trialGold, f), 'utf8'));
      gold.set(t.entity, t);
    }
    out.push({ name: 'trial', topic: TOPICS.trial, docs: readDocs(trialCat, join(dir, 'Corpus-trial-data_task4_TimeML')), gold, evaluation: false });
  }
  for (const root of [dir, join(dir, 'SemEval_Task4_data')]) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).filter((x) => /^corpus_\d+$/.test(x)).sort()) {
      const cdir = join(root, name);
      if (!statSync(cdir).isDirectory()) continue;
      const list = readdirSync(cdir).find((f) => /^list_target_entities.*\.txt$/.test(f));
      const cat = readdirSync(cdir).find((f) => /^corpus_trackA_CAT$/i.test(f));
      if (!list || !cat) continue;
      const timeml = readdirSync(cdir).find((f) => /^corpus_trackA_TimeML$/i.test(f)) ?? 'corpus_trackA_TimeML';
      const goldDir = join(cdir, readdirSync(cdir).find((f) => /^TimeLines/i.test(f) && statSync(join(cdir, f)).isDirectory()) ?? 'TimeLines_Gold_Standard');
      const gold = new Map<string, ParsedTimeline | null>();
      for (const entity of readFileSync(join(cdir, list), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
        // The task names the file after the entity (lower case, '_' for spaces); failing that, the file whose letters and digits are the entity's.
        const bare = (x: string) => x.toLowerCase().replace(/\.txt$/, '').replace(/[^\p{L}\p{N}]/gu, '');
        const found = existsSync(join(goldDir, entityFile(entity))) ? entityFile(entity) : existsSync(goldDir) ? readdirSync(goldDir).find((f) => f.endsWith('.txt') && bare(f) === bare(entity)) : undefined;
        gold.set(entity, found ? parseTimeline(readFileSync(join(goldDir, found), 'utf8')) : null);
      }
      out.push({ name, topic: TOPICS[name] ?? '', docs: readDocs(join(cdir, cat), join(cdir, timeml)), gold, evaluation: true });
    }
  }
  return out;
}

// ---- A CAT document as an article ----

interface Placed {
  article: Article;
  /** Per token: its [start, end) in the article text. */
  spans: { start: number; end: number }[];
  /** Detokenized text of each CAT sentence. */
  sentenceText: Map<number, string>;
}

/** Tokens joined as prose, with each token's [start, end) in the result (bench/tokens.ts). */
function detokenize(tokens: string[]): { text: string; spans: { start: number; end: number }[] } {
  const { text, offsets } = joinTokens(tokens);
  // A PTB quote token ('``') prints as one character: the span is what the text holds.
  return { text, spans: offsets.map((start, i) => ({ start, end: i + 1 < offsets.length ? Math.min(start + tokens[i].length, offsets[i + 1]) : text.length })) };
}

function toArticle(doc: CorpusDoc): Placed {
  const bySentence = new Map<number, number[]>();
  doc.tokens.forEach((t, i) => bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), i]));
  const order = [...bySentence.keys()].sort((a, b) => a - b);
  const sentenceText = new Map<number, string>();
  for (const s of order) sentenceText.set(s, detokenize(bySentence.get(s)!.map((i) => doc.tokens[i].text)).text);
  // Title, dateline, body: three paragraphs (CAT keeps no paragraph breaks of the body).
  const groups = [order.filter((s) => s === 0), order.filter((s) => s === 1), order.filter((s) => s > 1)].filter((g) => g.length);
  const spans: { start: number; end: number }[] = new Array(doc.tokens.length);
  const items = groups.map((group) => {
    const indices = group.flatMap((s) => bySentence.get(s)!);
    const d = detokenize(indices.map((i) => doc.tokens[i].text));
    return { text: d.text, indices, spans: d.spans };
  });
  const article = articleFromLines(doc.id, items.map((it) => it.text), { title: sentenceText.get(0) ?? null, site: 'en.wikinews.org', dct: doc.dct });
  const { paragraphs } = article;
  items.forEach((it, p) => it.indices.forEach((ti, k) => { spans[ti] = { start: paragraphs[p].start + it.spans[k].start, end: paragraphs[p].start + it.spans[k].end }; }));
  return { article, spans, sentenceText };
}

// ---- Entities ----

/** Last words that name a kind of organisation rather than the one meant ('Singapore' is not Singapore Airlines). */
const GENERIC_HEADS = new Set(['airlines', 'airways', 'air', 'force', 'corps', 'store', 'company', 'inc', 'corporation', 'group']);

interface Variant {
  text: string;
  caseSensitive: boolean;
}

/**
 * The forms a target entity is looked for in, from its name alone:
 * - the name itself, any case, its words apart by spaces or hyphens, with a possessive or a plural;
 * - 'United States ...' also as 'U.S. ...' and 'US ...';
 * - a name ending in a generic head ('Airlines', 'Force', 'Corps', 'store'): of three words or more,
 *   its last two ('Air Force', 'Apple Corps') and the words before the head ('China Eastern'); of
 *   two, with any one word more before the head ('iTunes Music Store');
 * - three capitalised words or more: their initials, case kept ('USAF');
 * - two capitalised words, the last not a generic head (a person's name, 'Steve Jobs'): the last, case kept ('Jobs');
 * - a name with a model number ('Boeing 787 Dreamliner', 'Airbus A380'): the maker and the model
 *   ('Boeing 787'), the model and what follows ('787 Dreamliner'), the model alone when it has three
 *   characters or more and is not a round hundred ('A380', '777'; not the 100 of 'FTSE 100'), and a
 *   capitalised word of five letters or more after it ('Dreamliner').
 * No pronoun or 'the company' is resolved: a sentence must name the entity.
 */
export function entityVariants(name: string): Variant[] {
  const words = name.trim().split(/\s+/);
  const n = words.length;
  const out: Variant[] = [{ text: words.join(' '), caseSensitive: false }];
  const add = (ws: string[], caseSensitive = false) => {
    if (ws.length && !out.some((v) => v.text === ws.join(' '))) out.push({ text: ws.join(' '), caseSensitive });
  };
  if (n >= 2 && words[0].toLowerCase() === 'united' && words[1].toLowerCase() === 'states') {
    add(['U.S.', ...words.slice(2)]);
    add(['US', ...words.slice(2)], true);
  }
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  const last = words[n - 1].toLowerCase();
  if (GENERIC_HEADS.has(last)) {
    if (n >= 3) {
      add(words.slice(n - 2));
      if (!GENERIC_HEADS.has(words[n - 2].toLowerCase())) add(words.slice(0, n - 1));
    } else if (n === 2) {
      add([words[0], '\\p{Lu}\\p{L}+', words[1]]);
    }
  }
  if (n >= 3 && words.every(capitalised)) add([words.map((w) => w[0]).join('')], true);
  if (n === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !GENERIC_HEADS.has(last)) add([words[1]], true);
  const model = words.findIndex((w) => /\d/.test(w));
  if (model >= 0) {
    if (model > 0 && model < n - 1) add(words.slice(0, model + 1));
    if (model < n - 1) add(words.slice(model));
    if (words[model].length >= 3 && !/^\d+00$/.test(words[model])) add([words[model]]);
    for (const w of words.slice(model + 1)) if (/^\p{Lu}\p{L}{4,}$/u.test(w)) add([w]);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]]/g, '\\$&');

function variantPattern(v: Variant): RegExp {
  const words = v.text.split(' ').map((w) => (w.startsWith('\\p') ? w : escape(w)));
  const lastWord = v.text.split(' ').pop()!;
  // A plural or a possessive after the last word ('A380s', "Boeing's"); not after a short model ('iPhone 4S' is another phone).
  const suffix = lastWord.length >= 3 ? "(?:'s|’s|s)?" : "(?:'s|’s)?";
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}${suffix}(?![\\p{L}\\p{N}])`, v.caseSensitive ? 'gu' : 'giu');
}

/**
 * Which of a corpus's target entities a text names. Where the forms of two entities overlap, the
 * longer match wins: 'Airbus' inside 'Airbus A380' names the aircraft, not the maker.
 */
export function entityMatcher(entities: string[]): (text: string) => Set<string> {
  const patterns = entities.map((e) => ({ entity: e, res: entityVariants(e).map(variantPattern) }));
  return (text: string) => {
    const hits: { entity: string; start: number; end: number }[] = [];
    for (const { entity, res } of patterns) for (const re of res) for (const m of text.matchAll(re)) hits.push({ entity, start: m.index!, end: m.index! + m[0].length });
    const found = new Set<string>();
    for (const h of hits) {
      const covered = hits.some((o) => o.entity !== h.entity && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
      if (!covered) found.add(h.entity);
    }
    return found;
  };
}

// ---- A sentence's event mention ----

/** The offset (in the sentence) of its main verb: the content word of the head of its first happening told as done, else its first -ed word. */
export function mainVerbAt(text: string): number | null {
  const happening = happeningOf(text);
  if (happening) {
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.start === happening.at);
    if (i >= 0) {
      const group = groupAt(tokens, i, i);
      if (group) {
        for (let k = group.to; k >= group.from; k--) if (tokens[k]?.lower === group.verb) return tokens[k].start;
        return tokens[Math.min(group.to, tokens.length - 1)].start;
      }
      return tokens[i].start;
    }
    return happening.at;
  }
  const ed = /(?<![\p{L}\p{N}])(\p{Ll}{2,}ed)(?![\p{L}\p{N}])/u.exec(text);
  return ed ? ed.index : null;
}

// ---- Our timelines ----

/** Our date in the task's form, or undated. */
export function taskDate(e: Pick<Event, 'date' | 'granularity' | 'earliest' | 'latest'>): string {
  const v = e.date;
  if ((e.granularity === 'day' || e.granularity === 'time') && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (e.granularity === 'month' && /^\d{4}-\d{2}/.test(v)) return `${v.slice(0, 7)}-XX`;
  if (e.granularity === 'year' && /^\d{4}/.test(v)) return `${v.slice(0, 4)}-XX-XX`;
  if (e.granularity === 'week' || e.granularity === 'quarter' || e.granularity === 'season') {
    if (e.earliest && e.latest && e.earliest.slice(0, 7) === e.latest.slice(0, 7)) return `${e.earliest.slice(0, 7)}-XX`;
    if (/^\d{4}/.test(v)) return `${v.slice(0, 4)}-XX-XX`;
  }
  return 'XXXX-XX-XX';
}

/** Coarser first: 2005-01-XX before 2005-01-18. */
const dateKey = (d: string) => d.replace(/X/g, '0');

interface OurEvent {
  date: string;
  fromPublication: boolean;
  /** Mention ids, and the sentences they came from (for the error listing). */
  mentions: string[];
  texts: string[];
  /** The entities its sentences name. */
  entities: Set<string>;
  /** The CAT sentences it holds, `docid-sentence`. */
  sentences: Set<string>;
}

/** Our timeline of one entity, in the task's form; publication-dated events at rank 0 when asked. */
export function timelineOf(entity: string, events: OurEvent[], publicationUndated = false): ParsedTimeline {
  const chosen = events
    .filter((e) => e.entities.has(entity) && e.mentions.length)
    .map((e) => ({ e, date: publicationUndated && e.fromPublication ? 'XXXX-XX-XX' : e.date }));
  const dates = [...new Set(chosen.map((c) => c.date).filter((d) => d !== 'XXXX-XX-XX'))].sort((a, b) => (dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : a < b ? -1 : 1));
  const rank = new Map(dates.map((d, i) => [d, i + 1]));
  const used = new Set<string>();
  const lines: TimelineLine[] = [];
  for (const c of chosen.sort((a, b) => (rank.get(a.date) ?? 0) - (rank.get(b.date) ?? 0))) {
    const mentions = c.e.mentions.filter((m) => !used.has(m));
    mentions.forEach((m) => used.add(m));
    if (mentions.length) lines.push({ rank: rank.get(c.date) ?? 0, date: c.date, mentions });
  }
  return { entity, lines };
}

// ---- Running ----

interface Tally {
  counts: AwarenessCounts;
  closure: AwarenessCounts;
  publicationUndated: AwarenessCounts;
  /** Gold mentions above rank 0; of them, in a sentence naming the entity, in a sentence of our timeline, written by us, and dated as the gold dates them. */
  goldMentions: number;
  namedSentence: number;
  ourSentence: number;
  ourMention: number;
  sameDate: number;
}

const emptyTally = (): Tally => ({ counts: emptyCounts(), closure: emptyCounts(), publicationUndated: emptyCounts(), goldMentions: 0, namedSentence: 0, ourSentence: 0, ourMention: 0, sameDate: 0 });

function addTally(a: Tally, b: Tally): Tally {
  return {
    counts: addCounts(a.counts, b.counts),
    closure: addCounts(a.closure, b.closure),
    publicationUndated: addCounts(a.publicationUndated, b.publicationUndated),
    goldMentions: a.goldMentions + b.goldMentions,
    namedSentence: a.namedSentence + b.namedSentence,
    ourSentence: a.ourSentence + b.ourSentence,
    ourMention: a.ourMention + b.ourMention,
    sameDate: a.sameDate + b.sameDate,
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const share = (a: number, b: number) => (b ? round(a / b) : '');
const sentenceOf = (mention: string) => mention.split('-').slice(0, 2).join('-');

/** Analyses a corpus and builds its events; each event with its mentions, dates and the entities its sentences name. */
function ourEvents(corpus: Corpus, resources: AnalyzeResources, names: (text: string) => Set<string>): { events: OurEvent[]; sentenceTexts: Map<string, string>; unwritten: number; sentences: number } {
  const placed = new Map<string, Placed>();
  const analyzed: AnalyzedArticle[] = [];
  for (const doc of corpus.docs) {
    const p = toArticle(doc);
    placed.set(doc.id, p);
    analyzed.push(analyzeArticle(p.article, resources));
  }
  // Earliest first: the order buildEvents prefers sources in.
  analyzed.sort((a, b) => (a.published?.value ?? '9999').localeCompare(b.published?.value ?? '9999'));
  const info = new Map<string, PageInfo>(analyzed.map((a) => [a.pageId, { source: `${corpus.name}/${a.pageId}`, site: a.site, title: a.title }]));
  const built = buildEvents(`semeval-${corpus.name}`, analyzed, info);
  const byPage = new Map(analyzed.map((a) => [a.pageId, a]));
  const sentenceTexts = new Map<string, string>();
  for (const doc of corpus.docs) for (const [s, text] of placed.get(doc.id)!.sentenceText) sentenceTexts.set(`${doc.id}-${s}`, text);
  let unwritten = 0;
  let sentences = 0;
  const events = built.map((e): OurEvent => {
    const out: OurEvent = { date: taskDate(e), fromPublication: e.dateFromPublication, mentions: [], texts: [], entities: new Set(), sentences: new Set() };
    for (const ref of e.sources) {
      const article = byPage.get(ref.pageId)!;
      const s = article.sentences[ref.sentence];
      const p = placed.get(ref.pageId)!;
      const doc = corpus.docs.find((d) => d.id === ref.pageId)!;
      sentences++;
      for (const entity of names(s.text)) out.entities.add(entity);
      const at = mainVerbAt(s.text);
      const offset = at === null ? null : s.start + at;
      const token = offset === null ? -1 : p.spans.findIndex((sp) => sp && sp.start <= offset && offset < sp.end);
      if (token < 0) {
        unwritten++;
        continue;
      }
      const t = doc.tokens[token];
      const id = mentionKey(`${doc.id}-${t.sentence}-${t.text}`);
      out.sentences.add(`${doc.id}-${t.sentence}`);
      if (!out.mentions.includes(id)) {
        out.mentions.push(id);
        out.texts.push(s.text);
      }
    }
    return out;
  });
  return { events, sentenceTexts, unwritten, sentences };
}

function tallyTimeline(ours: ParsedTimeline, gold: ParsedTimeline, events: OurEvent[], ourUndated: ParsedTimeline, sentenceTexts: Map<string, string>, names: (text: string) => Set<string>): Tally {
  const t = emptyTally();
  t.counts = scoreTimeline(ours.lines, gold.lines);
  t.closure = scoreTimeline(ours.lines, gold.lines, 'closure');
  t.publicationUndated = scoreTimeline(ourUndated.lines, gold.lines);
  const ourDate = new Map<string, string>();
  for (const l of ours.lines) for (const m of l.mentions) if (!ourDate.has(m)) ourDate.set(m, l.date);
  const ourSentences = new Set(events.filter((e) => e.entities.has(gold.entity)).flatMap((e) => [...e.sentences]));
  const seen = new Set<string>();
  for (const line of gold.lines) {
    if (line.rank <= 0) continue;
    for (const m of line.mentions) {
      if (seen.has(m)) continue;
      seen.add(m);
      t.goldMentions++;
      const sentence = sentenceOf(m);
      if (names(sentenceTexts.get(sentence) ?? '').has(gold.entity)) t.namedSentence++;
      if (ourSentences.has(sentence)) t.ourSentence++;
      if (ourDate.has(m)) {
        t.ourMention++;
        if (ourDate.get(m) === line.date) t.sameDate++;
      }
    }
  }
  return t;
}

/** Our timeline beside the gold, for NEWSLINE_TIMELINE_ERRORS=1. */
function printBeside(corpus: string, ours: ParsedTimeline, gold: ParsedTimeline, events: OurEvent[]): void {
  const goldDate = new Map<string, string>();
  for (const l of gold.lines) for (const m of l.mentions) if (!goldDate.has(m)) goldDate.set(m, `${l.rank}:${l.date}`);
  const ourDate = new Map<string, string>();
  for (const l of ours.lines) for (const m of l.mentions) if (!ourDate.has(m)) ourDate.set(m, `${l.rank}:${l.date}`);
  const textOf = new Map<string, string>();
  for (const e of events) e.mentions.forEach((m, i) => textOf.set(m, e.texts[i]));
  const out: string[] = [`\n=== ${corpus} / ${gold.entity}: ours ${ours.lines.length} lines, gold ${gold.lines.length} lines ===`, '--- ours (mention [gold rank:date where the gold has it]  sentence)'];
  for (const l of ours.lines) {
    for (const [i, m] of l.mentions.entries()) {
      const g = goldDate.get(m);
      out.push(`${i ? '   +' : String(l.rank).padStart(4)}  ${l.date}  ${m}${g ? `  [gold ${g}]` : ''}  ${(textOf.get(m) ?? '').replace(/\s+/g, ' ').slice(0, 110)}`);
    }
  }
  out.push('--- gold (mention [our rank:date where we have it])');
  for (const l of gold.lines) out.push(`${String(l.rank).padStart(4)}  ${l.date}  ${l.mentions.map((m) => (ourDate.has(m) ? `${m} [ours ${ourDate.get(m)}]` : m)).join('  ')}`);
  process.stderr.write(out.join('\n') + '\n');
}

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/events/semeval2015-task4');
  let corpora = findCorpora(dir);
  if (args.set) corpora = corpora.filter((c) => c.name === args.set);
  if (!corpora.length) throw new Error(`no corpus${args.set ? ` '${args.set}'` : ''} found under ${dir}`);
  const resources: AnalyzeResources = { gazetteer: loadGazetteer(), actors: loadActorTable() };
  const showErrors = process.env.NEWSLINE_TIMELINE_ERRORS === '1';
  const dumpOurs = process.env.NEWSLINE_TIMELINE_ERRORS === 'ours';

  const perTimeline: (string | number)[][] = [['corpus', 'entity', 'our lines', 'gold lines', 'sys rel', 'gold rel', 'P', 'R', 'F1']];
  const perCorpus: { corpus: Corpus; tally: Tally; timelines: number; missingGold: number; unwritten: number; sentences: number; events: number }[] = [];
  for (const corpus of corpora) {
    const entities = [...corpus.gold.keys()];
    const names = entityMatcher(entities);
    const { events, sentenceTexts, unwritten, sentences } = ourEvents(corpus, resources, names);
    let tally = emptyTally();
    let timelines = 0;
    let missingGold = 0;
    for (const entity of entities) {
      const gold = corpus.gold.get(entity);
      if (!gold) {
        missingGold++;
        continue;
      }
      const ours = timelineOf(entity, events);
      const undated = timelineOf(entity, events, true);
      const t = tallyTimeline(ours, { ...gold, entity }, events, undated, sentenceTexts, names);
      tally = addTally(tally, t);
      timelines++;
      const s = awareness(t.counts);
      perTimeline.push([corpus.name, entity, ours.lines.length, gold.lines.length, t.counts.system, t.counts.gold, round(s.precision), round(s.recall), round(s.f1)]);
      if (showErrors) printBeside(corpus.name, ours, gold, events);
      if (dumpOurs) process.stderr.write(`\n# ${corpus.name}/${entityFile(entity)}\n${formatTimeline(ours)}`);
    }
    perCorpus.push({ corpus, tally, timelines, missingGold, unwritten, sentences, events: events.length });
  }

  process.stdout.write(`timeline-xdoc: SemEval-2015 Task 4 Track A at ${dir} (${corpora.map((c) => `${c.name}: ${c.docs.length} docs`).join(', ')})\n\n`);
  printTable(perTimeline);
  process.stdout.write('\n');
  const rows: (string | number)[][] = [['corpus', 'topic', 'timelines', 'sys rel', 'gold rel', 'P', 'R', 'F1', 'F1 closure', 'F1 pub-dated at rank 0']];
  const row = (name: string, topic: string, timelines: number, t: Tally) => {
    const s = awareness(t.counts);
    rows.push([name, topic, timelines, t.counts.system, t.counts.gold, round(s.precision), round(s.recall), round(s.f1), round(awareness(t.closure).f1), round(awareness(t.publicationUndated).f1)]);
  };
  let all = emptyTally();
  let evaluation = emptyTally();
  let allTimelines = 0;
  let evalTimelines = 0;
  for (const c of perCorpus) {
    row(c.corpus.name, c.corpus.topic, c.timelines, c.tally);
    all = addTally(all, c.tally);
    allTimelines += c.timelines;
    if (c.corpus.evaluation) {
      evaluation = addTally(evaluation, c.tally);
      evalTimelines += c.timelines;
    }
  }
  const evalNames = perCorpus.filter((c) => c.corpus.evaluation).map((c) => c.corpus.name);
  if (evalNames.length > 1) row(`evaluation corpora (${evalNames.join(', ')})`, '', evalTimelines, evaluation);
  if (perCorpus.length > 1) row('all corpora present', '', allTimelines, all);
  for (const [name, f1] of ANCHORS) rows.push([name, '', '', '', '', '', '', f1, '', '']);
  printTable(rows);

  process.stdout.write('\nwhat limits it: gold mentions above rank 0, and of them the share ...\n');
  const limits: (string | number)[][] = [['corpus', 'gold mentions', 'in a sentence naming the entity', 'in a sentence of our timeline', 'written by us (same token)', 'of those, same date', 'our sentences without a verb token', 'events']];
  for (const c of perCorpus) {
    const t = c.tally;
    limits.push([c.corpus.name, t.goldMentions, share(t.namedSentence, t.goldMentions), share(t.ourSentence, t.goldMentions), share(t.ourMention, t.goldMentions), share(t.sameDate, t.ourMention), `${c.unwritten}/${c.sentences}`, c.events]);
    if (c.missingGold) process.stdout.write(`${c.corpus.name}: ${c.missingGold} target entities without a gold timeline, not scored\n`);
  }
  printTable(limits);
  process.stdout.write('our unit is the sentence (its main verb stands for it); the gold marks every event token, multi-word ones joined by _\n');

  const s = awareness(all.counts);
  const e = awareness(evaluation.counts);
  process.stdout.write(
    JSON.stringify({
      set: 'events/semeval2015-task4',
      timelines: allTimelines,
      f1: round(s.f1),
      precision: round(s.precision),
      recall: round(s.recall),
      corpora: perCorpus.map((c) => c.corpus.name),
      evaluationF1: evalNames.length ? round(e.f1) : null,
    }) + '\n',
  );
}
