// npm run bench -- event-coref [--data <dir>] [--set dev|train|all]: cross-document event coreference
// on ECB+ 1.0 (Cybulska & Vossen, LREC 2014), scored at sentence level, since our events are
// clusters of sentences.
//
// Ours: each topic is one story. Each document's text is rebuilt from its tokens, one paragraph per
// ECB+ sentence (sentence 0 of an *ecbplus.xml file is its source URL and is left out of the text; it
// gives the page's source and site), the first line standing as the title and kept in the text.
// ECB+ gives no publication dates in its markup. Each page is dated as the pipeline would date it
// (foundPublished): its text, as a text page with its URL, goes through processPage, which reads a
// date line ('Published August 2, 2013'); where the text has none, the URL's own date ('/2013/08/02/')
// stands, by the rule HTML extraction uses. Most ecbplus pages get a date that way; the ecb pages
// have no URL and no date line, so they stay undated (published null), as a crawled page without a
// date would: their sentences are dated only by their own words ('December 2008'), and the rest
// meet only other undated reports, by their words. Two more rows run the same with other dates:
// 'ours, published 2014-12-10' gives every page the ECB+ 1.0 release date (the old setting: it
// tells nothing about which pages belong together, and explicit dates meet page dates only within
// the events' two days of reach), 'ours, published null' gives none to any page. Each Article goes through
// analyzeArticle with the gazetteer and the actor table, as processPage analyses a page, then the
// topic's articles (ecb documents, then ecbplus, each by number, in that order whatever their dates)
// go through buildEvents with their PageInfo. Dedupe's copy marks are skipped: no page or sentence
// carries duplicateOf (a mark would send a copied sentence straight to the event of its original).
//
// Gold: only the validated sentences of ECBplus_coreference_sentences.csv are scored. Event mentions
// are the ACTION_* markables (and NEG_ACTION_*, the negated actions ECB+ counts as actions too); a
// sentence belongs to the cluster of the CROSS_DOC_COREF instance its event mentions refer to; with
// several instances, the one found in most documents of its subtopic (the ecb or the ecbplus files
// of its topic; ties go to the instance mentioned first in the sentence); with none, it is a
// singleton. Each gold sentence is mapped to the sentence of ours holding its first event mention
// token (else its first token), by character offset, so our splitter may cut differently; its
// response cluster is the event holding that sentence, or a singleton when no event holds it.
//
// Baseline (same sentences, same scoring): the lemma baseline at sentence level. Two sentences of one
// topic go together when the lemma of their main event verb matches; the 'main event verb' is the
// first token of the sentence's first ACTION_* gold mention (the literature's lemma baseline works on
// gold mentions too, so the baseline sees gold mention positions that our pipeline does not); a
// sentence without one is a singleton. Lemmatiser: see `lemma`.
//
// Metrics (bench/metrics/coref.ts): MUC, B3, CEAF-e, CoNLL F1, corpus level over every topic of a
// split, singletons included. Splits: dev = 2 5 12 18 21 23 34 35 (the default), train = the other
// topics of 1-35 (printed with --set all); the test topics 36-45 are sealed here, and when the
// folder holds them they are printed too and give the headline figures (the JSON line).
// NEWSLINE_COREF_ERRORS=1 lists, per topic, the wrong merges and missed merges of ours (sentence
// text pairs with their gold instances) on stderr.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { AnalyzedArticle, Article, Page, PublishedDate } from '../src/model.js';
import { processPage } from '../src/pipeline.js';
import { dateFromUrl } from '../src/extract/html/pubdate.js';
import { joinParagraphs } from '../src/extract/paragraphs.js';
import { analyzeArticle, type AnalyzeResources } from '../src/analyze/index.js';
import { loadGazetteer } from '../src/analyze/places/gazetteer.js';
import { loadActorTable } from '../src/analyze/entities/actors.js';
import { buildEvents, type PageInfo } from '../src/events/index.js';
import { corefScores, partitionOf, type CorefScores } from './metrics/coref.js';
import { readGzipText } from './data.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { joinTokens } from './tokens.js';

/** The fixed publication date of every page: the ECB+ 1.0 release (README.upstream.txt). */
const PUBLISHED = '2014-12-10';
const DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];
const TEST_TOPICS = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45];
/** Event mentions: actions, negated ones included. */
const EVENT_TAG = /^(NEG_)?ACTION_/;

/** Published figures (test topics, gold event mentions, mention level): context, not like-for-like rows. */
const ANCHORS: [string, number][] = [
  ['lemma baseline (B3 F1)', 77.8],
  ['Barhom et al. 2019 (B3 F1)', 79.5],
  ['Held et al. 2021 (B3 F1)', 85.7],
  ['Min et al. 2024 (B3 F1)', 86.7],
];

interface EcbToken {
  id: string;
  sentence: number;
  /** Position in the document. */
  index: number;
  text: string;
}

interface EcbMention {
  id: string;
  tag: string;
  tokens: string[];
}

export interface EcbDoc {
  topic: number;
  /** '2_1ecbplus'. */
  name: string;
  /** The added ECB+ documents (their sentence 0 is the source URL). */
  plus: boolean;
  tokens: EcbToken[];
  /** Event mentions (ACTION_*, NEG_ACTION_*) with token anchors. */
  events: EcbMention[];
  /** Event mention id -> CROSS_DOC_COREF instance ids. */
  instancesOf: Map<string, string[]>;
  /** Instance id -> the annotators' name for it ('t2_hosting_2014'). */
  descriptors: Map<string, string>;
}

/** Reads one ECB+ file: tokens in order, event mentions, their cross-document instances. */
export function parseEcb(xml: string, topic: number, name: string): EcbDoc {
  const tokens: EcbToken[] = [];
  const events: EcbMention[] = [];
  const instanceOfDescriptor = new Map<string, string>();
  const descriptors = new Map<string, string>();
  const relations: { sources: string[]; target?: string; note?: string }[] = [];
  let token: EcbToken | null = null;
  let mention: EcbMention | null = null;
  let relation: { sources: string[]; target?: string; note?: string } | null = null;
  let section: 'tokens' | 'markables' | 'relations' = 'tokens';
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'Markables') section = 'markables';
        else if (tag === 'Relations') section = 'relations';
        else if (section === 'tokens' && tag === 'token') token = { id: attrs.t_id, sentence: Number(attrs.sentence), index: tokens.length, text: '' };
        else if (section === 'markables') {
          if (tag === 'token_anchor' && mention) mention.tokens.push(attrs.t_id);
          else if (attrs.instance_id !== undefined) {
            instanceOfDescriptor.set(attrs.m_id, attrs.instance_id);
            if (attrs.TAG_DESCRIPTOR) descriptors.set(attrs.instance_id, attrs.TAG_DESCRIPTOR);
          } else if (attrs.m_id !== undefined) mention = { id: attrs.m_id, tag, tokens: [] };
        } else if (section === 'relations') {
          if (tag === 'CROSS_DOC_COREF') relation = { sources: [], note: attrs.note };
          else if (relation && tag === 'source') relation.sources.push(attrs.m_id);
          else if (relation && tag === 'target') relation.target = attrs.m_id;
        }
      },
      ontext(text) {
        if (token) token.text += text;
      },
      onclosetag(tag) {
        if (tag === 'token' && token) {
          tokens.push(token);
          token = null;
        } else if (section === 'markables' && mention && tag === mention.tag) {
          if (EVENT_TAG.test(mention.tag) && mention.tokens.length) events.push(mention);
          mention = null;
        } else if (tag === 'CROSS_DOC_COREF' && relation) {
          relations.push(relation);
          relation = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  const eventIds = new Set(events.map((m) => m.id));
  const instancesOf = new Map<string, string[]>();
  for (const r of relations) {
    const instance = (r.target !== undefined ? instanceOfDescriptor.get(r.target) : undefined) ?? r.note;
    if (!instance) continue;
    for (const s of r.sources) {
      if (!eventIds.has(s)) continue;
      const list = instancesOf.get(s) ?? [];
      if (!list.includes(instance)) list.push(instance);
      instancesOf.set(s, list);
    }
  }
  return { topic, name, plus: name.endsWith('ecbplus'), tokens, events, instancesOf, descriptors };
}

interface Layout {
  /** One line per ECB+ sentence of the text. */
  lines: string[];
  /** The ECB+ sentence number of each line. */
  sentenceOfLine: number[];
  /** token id -> [line, offset within the line]. */
  at: Map<string, [number, number]>;
  /** The ecbplus source URL (sentence 0), re-joined. */
  url: string | null;
}

/** Each sentence's tokens joined as a page would print them (bench/tokens.ts); the ecbplus URL line apart. */
export function layout(doc: EcbDoc): Layout {
  const bySentence = new Map<number, EcbToken[]>();
  for (const t of doc.tokens) {
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  const lines: string[] = [];
  const sentenceOfLine: number[] = [];
  const at = new Map<string, [number, number]>();
  let url: string | null = null;
  for (const sentence of [...bySentence.keys()].sort((a, b) => a - b)) {
    const tokens = bySentence.get(sentence)!;
    if (doc.plus && sentence === 0) {
      url = tokens.map((t) => t.text).join('');
      continue;
    }
    const { text: line, offsets } = joinTokens(tokens.map((t) => t.text));
    tokens.forEach((t, i) => at.set(t.id, [lines.length, offsets[i]]));
    lines.push(line);
    sentenceOfLine.push(sentence);
  }
  return { lines, sentenceOfLine, at, url };
}

/** How a run dates the pages: as the pipeline finds it (the default), one fixed date for all, or none. */
type Dating = 'found' | 'fixed' | 'none';

/**
 * The publication date the pipeline finds for a document: its text as a text page with its URL goes
 * through processPage (extraction reads a date line: 'Published August 2, 2013'), and where the text
 * gives none, the URL's own date ('/2013/08/02/'), read by the rule HTML extraction uses. The ecb
 * documents have no URL and mostly no date line: null, as for a crawled page with no date.
 */
export function foundPublished(doc: EcbDoc, l: Layout, resources: AnalyzeResources): PublishedDate | null {
  const page: Page = { id: doc.name, source: l.url ?? doc.name, kind: 'text', content: l.lines.join('\n'), encoding: 'utf-8', ...(l.url ? { url: l.url } : {}) };
  const found = processPage(page, resources);
  const fromText = 'pageId' in found ? found.published : null;
  return fromText ?? (l.url ? dateFromUrl(l.url) : null);
}

function articleOf(doc: EcbDoc, lines: string[], published: PublishedDate | null): Article {
  const { text, paragraphs } = joinParagraphs(lines.map((t) => ({ text: t })));
  return { pageId: doc.name, title: lines[0] ?? null, site: null, author: null, language: 'en', published, text, paragraphs, dropped: [] };
}

const FIXED: PublishedDate = { value: PUBLISHED, granularity: 'day', evidence: { source: 'given', text: PUBLISHED }, confidence: 1 };

function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The baseline's lemmatiser, deliberately simple: lower case, letters only; one inflection stripped
 * (-ies/-ied -> -y, then -ing, -ed, -es, -s but not -ss, each leaving at least two letters); then a
 * final -e dropped, a final doubled consonant undoubled and a final -y written -i, so that the forms
 * of one verb meet: kill/killed/kills -> kil, fire/fired/firing -> fir, die/died/dying -> di,
 * stop/stopped -> stop. Irregular forms stay apart (shot/shoot, said/say).
 */
const INFLECTIONS: [string, string, number][] = [['ies', 'y', 1], ['ied', 'y', 1], ['ing', '', 2], ['ed', '', 2], ['es', '', 2], ['s', '', 2]];

export function lemma(word: string): string {
  let w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!w) return word.toLowerCase();
  const strip = (suffix: string, replacement: string, keep: number): boolean => {
    if (!w.endsWith(suffix) || w.length - suffix.length < keep) return false;
    w = w.slice(0, w.length - suffix.length) + replacement;
    return true;
  };
  for (const [suffix, replacement, keep] of INFLECTIONS) if (!(suffix === 's' && w.endsWith('ss')) && strip(suffix, replacement, keep)) break;
  if (w.length > 2 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 2 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 1 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
  return w;
}

/** One validated sentence, with its gold, our and the baseline's cluster labels. */
interface Scored {
  id: string;
  topic: number;
  doc: string;
  sentence: number;
  text: string;
  gold: string;
  /** The annotators' name of the gold instance, '' for a singleton. */
  goldName: string;
  ours: string;
  /** Ours with no publication date. */
  oursUndated: string;
  /** Ours with every page published on one fixed date. */
  oursFixed: string;
  baseline: string;
  /** The text of the sentence of ours it was mapped to. */
  ourText: string;
  /** That sentence's date as the pipeline read it ('2014-12-05 expression'), '' when undated. */
  ourDate: string;
  inEvent: boolean;
  /** Our splitter cut this gold sentence in more than one sentence. */
  cut: boolean;
}

interface TopicResult {
  scored: Scored[];
  documents: number;
  events: number;
  missingFiles: string[];
}

/** The subtopic's documents in which each instance has an event mention. */
function instanceDocuments(docs: EcbDoc[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const list of d.instancesOf.values()) {
      for (const instance of list) {
        const set = out.get(instance) ?? new Set<string>();
        set.add(d.name);
        out.set(instance, set);
      }
    }
  }
  return out;
}

function docNumber(name: string): number {
  return Number(/_(\d+)ecb/.exec(name)?.[1] ?? 0);
}

function scoreTopic(dir: string, topic: number, validated: Map<string, number[]>, resources: AnalyzeResources): TopicResult {
  const folder = join(dir, 'ECB+', String(topic));
  const files = readdirSync(folder).filter((f) => /\.xml\.gz$/.test(f));
  const docs = files.map((f) => parseEcb(readGzipText(join(folder, f)), topic, f.replace(/\.xml\.gz$/, '')))
    .sort((a, b) => Number(a.plus) - Number(b.plus) || docNumber(a.name) - docNumber(b.name));
  const docOf = new Map(docs.map((d) => [d.name, d]));
  const missingFiles = [...validated.keys()].filter((name) => name.startsWith(`${topic}_`) && !docOf.has(name));
  const spread = { ecb: instanceDocuments(docs.filter((d) => !d.plus)), plus: instanceDocuments(docs.filter((d) => d.plus)) };
  const laid = new Map<string, Layout>();
  for (const d of docs) laid.set(d.name, layout(d));
  const found = new Map(docs.map((d) => [d.name, foundPublished(d, laid.get(d.name)!, resources)]));
  const runPipeline = (dating: Dating) => {
    const articles: AnalyzedArticle[] = [];
    const info = new Map<string, PageInfo>();
    for (const d of docs) {
      const l = laid.get(d.name)!;
      const published = dating === 'found' ? found.get(d.name)! : dating === 'fixed' ? FIXED : null;
      const article = analyzeArticle(articleOf(d, l.lines, published), resources);
      articles.push(article);
      info.set(d.name, { source: l.url ?? `ECB+/${topic}/${d.name}.xml`, site: siteOf(l.url), title: article.title });
    }
    const events = buildEvents(`ecb-${topic}`, articles, info);
    const eventOf = new Map<string, string>();
    for (const e of events) for (const s of e.sources) eventOf.set(`${s.pageId}#${s.sentence}`, e.id);
    return { articles: new Map(articles.map((a) => [a.pageId, a])), events: events.length, eventOf };
  };
  const dated = runPipeline('found');
  const fixed = runPipeline('fixed');
  const undated = runPipeline('none');
  const scored: Scored[] = [];
  for (const d of docs) {
    const sentences = validated.get(d.name);
    if (!sentences) continue;
    const l = laid.get(d.name)!;
    // The two runs share the text, hence the sentences: offsets are looked up in the dated one.
    const article = dated.articles.get(d.name)!;
    const tokenOf = new Map(d.tokens.map((t) => [t.id, t]));
    const ourSentenceAt = (tokenId: string): number => {
      const [line, offset] = l.at.get(tokenId)!;
      const pos = article.paragraphs[line].start + offset;
      return article.sentences.findIndex((s) => pos >= s.start && pos < s.end);
    };
    for (const n of sentences) {
      const tokens = d.tokens.filter((t) => t.sentence === n);
      if (!tokens.length || (d.plus && n === 0)) continue;
      const id = `${d.name}#${n}`;
      // Event mentions of the sentence, in the order of their first token.
      const mentions = d.events
        .map((m) => ({ m, first: m.tokens.map((t) => tokenOf.get(t)).filter((t): t is EcbToken => !!t).sort((a, b) => a.index - b.index)[0] }))
        .filter((x) => x.first && x.first.sentence === n)
        .sort((a, b) => a.first.index - b.first.index);
      const instances = [...new Set(mentions.flatMap((x) => d.instancesOf.get(x.m.id) ?? []))];
      const docsWith = d.plus ? spread.plus : spread.ecb;
      let gold = `single:${id}`;
      let goldName = '';
      let best = 0;
      for (const instance of instances) {
        const count = docsWith.get(instance)?.size ?? 0;
        if (count > best) {
          best = count;
          gold = `${topic}/${instance}`;
          goldName = d.descriptors.get(instance) ?? instance;
        }
      }
      const anchor = mentions[0]?.first ?? tokens[0];
      const ours = ourSentenceAt(anchor.id);
      const event = ours >= 0 ? dated.eventOf.get(`${d.name}#${ours}`) : undefined;
      const undatedEvent = ours >= 0 ? undated.eventOf.get(`${d.name}#${ours}`) : undefined;
      const fixedEvent = ours >= 0 ? fixed.eventOf.get(`${d.name}#${ours}`) : undefined;
      const firstOurs = ourSentenceAt(tokens[0].id);
      const lastOurs = ourSentenceAt(tokens[tokens.length - 1].id);
      const head = mentions[0]?.first;
      scored.push({
        id, topic, doc: d.name, sentence: n, text: l.lines[l.sentenceOfLine.indexOf(n)] ?? '', gold, goldName,
        ours: event ? `${topic}/${event}` : `single:${id}`,
        oursUndated: undatedEvent ? `${topic}/${undatedEvent}` : `single:${id}`,
        oursFixed: fixedEvent ? `${topic}/${fixedEvent}` : `single:${id}`,
        baseline: head ? `${topic}/lemma:${lemma(head.text)}` : `single:${id}`,
        ourText: ours >= 0 ? article.sentences[ours].text : '',
        ourDate: ours >= 0 && article.sentences[ours].date ? `${article.sentences[ours].date!.value} ${article.sentences[ours].date!.from}` : '',
        inEvent: !!event, cut: firstOurs !== lastOurs,
      });
    }
  }
  return { scored, documents: docs.length, events: dated.events, missingFiles };
}

/** ECBplus_coreference_sentences.csv: document name ('2_1ecbplus') -> its validated sentence numbers. */
function readValidated(file: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [topic, doc, sentence] = line.split(',').map((x) => x.trim());
    if (!topic || !doc || sentence === undefined || !/^\d+$/.test(sentence)) continue;
    const name = `${topic}_${doc}`;
    const list = out.get(name) ?? [];
    if (!list.includes(Number(sentence))) list.push(Number(sentence));
    out.set(name, list);
  }
  return out;
}

function score(items: Scored[], label: (s: Scored) => string): CorefScores {
  const key = partitionOf(new Map(items.map((s) => [s.id, s.gold])));
  return corefScores(key, partitionOf(new Map(items.map((s) => [s.id, label(s)]))));
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function listErrors(topic: number, items: Scored[]): void {
  const wrong: string[] = [];
  const missed: string[] = [];
  const show = (s: Scored) => `[${s.doc}#${s.sentence} gold ${s.goldName || 'singleton'}; ${s.inEvent ? 'in an event' : 'no event'}, dated ${s.ourDate || 'none'}] ${s.text}`;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      const sameGold = a.gold === b.gold;
      const sameOurs = a.ours === b.ours;
      if (sameOurs && !sameGold) wrong.push(`  wrong merge:\n    ${show(a)}\n    ${show(b)}`);
      else if (sameGold && !sameOurs) missed.push(`  missed merge:\n    ${show(a)}\n    ${show(b)}`);
    }
  }
  process.stderr.write(`topic ${topic}: ${items.length} sentences, ${wrong.length} wrong merges, ${missed.length} missed merges\n`);
  for (const line of [...wrong, ...missed]) process.stderr.write(line + '\n');
}

export async function run(args: BenchArgs): Promise<void> {
  const started = process.hrtime.bigint();
  const dir = dataDir(args.data, 'bench/events/ecbplus');
  const set = args.set ?? 'dev';
  if (!['dev', 'train', 'all'].includes(set)) throw new Error(`unknown set '${set}' (dev, train or all)`);
  const present = readdirSync(join(dir, 'ECB+')).filter((f) => /^\d+$/.test(f)).map(Number).sort((a, b) => a - b);
  const splits: { name: string; topics: number[] }[] = [];
  const dev = DEV_TOPICS.filter((t) => present.includes(t));
  const train = present.filter((t) => t <= 35 && !DEV_TOPICS.includes(t));
  const test = TEST_TOPICS.filter((t) => present.includes(t));
  if (set !== 'train') splits.push({ name: 'dev', topics: dev });
  if (set !== 'dev') splits.push({ name: 'train', topics: train });
  if (test.length) splits.push({ name: 'test', topics: test });
  const headline = splits.find((s) => s.name === 'test') ?? splits[0];
  const validated = readValidated(join(dir, 'ECBplus_coreference_sentences.csv'));
  const resources: AnalyzeResources = { gazetteer: loadGazetteer(), actors: loadActorTable() };
  const errors = process.env.NEWSLINE_COREF_ERRORS === '1';

  const results = new Map<number, TopicResult>();
  for (const split of splits) {
    for (const topic of split.topics) {
      const r = scoreTopic(dir, topic, validated, resources);
      results.set(topic, r);
      if (r.missingFiles.length) process.stderr.write(`event-coref: topic ${topic}: no file for validated ${r.missingFiles.join(', ')}\n`);
      if (errors) listErrors(topic, r.scored);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const f = (x: number) => round(x);
  const rows: (string | number)[][] = [['split', 'system', 'topics', 'docs', 'sentences', 'gold clusters', 'clusters', 'MUC F1', 'B3 P', 'B3 R', 'B3 F1', 'CEAF-e F1', 'CoNLL F1']];
  const figures = new Map<string, { ours: CorefScores; baseline: CorefScores; sentences: number }>();
  const notes: string[] = [];
  for (const split of splits) {
    const items = split.topics.flatMap((t) => results.get(t)!.scored);
    const docs = split.topics.reduce((n, t) => n + results.get(t)!.documents, 0);
    const clusters = (label: (s: Scored) => string) => new Set(items.map(label)).size;
    const systems: [string, (s: Scored) => string][] = [
      ['ours', (s) => s.ours],
      [`ours, published ${PUBLISHED}`, (s) => s.oursFixed],
      ['ours, published null', (s) => s.oursUndated],
      ['lemma baseline', (s) => s.baseline],
      ['all singletons', (s) => `single:${s.id}`],
    ];
    const scores = systems.map(([, label]) => score(items, label));
    figures.set(split.name, { ours: scores[0], baseline: scores[3], sentences: items.length });
    systems.forEach(([name, label], i) => {
      const s = scores[i];
      rows.push([split.name, name, split.topics.length, docs, items.length, clusters((x) => x.gold), clusters(label), f(s.muc.f1), f(s.b3.precision), f(s.b3.recall), f(s.b3.f1), f(s.ceafe.f1), f(s.conll)]);
    });
    const inEvent = items.filter((s) => s.inEvent).length;
    // Pairs of gold sentences of one topic that ours joins against gold, and those of them that join an
    // ecb and an ecbplus sentence: two different seminal events, which real publication dates (years
    // apart) would keep apart and one fixed date does not.
    let wrongPairs = 0;
    let crossPairs = 0;
    for (const t of split.topics) {
      const list = results.get(t)!.scored;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (list[i].ours !== list[j].ours || list[i].gold === list[j].gold) continue;
          wrongPairs++;
          if (list[i].doc.endsWith('plus') !== list[j].doc.endsWith('plus')) crossPairs++;
        }
      }
    }
    const goldSizes = new Map<string, number>();
    for (const s of items) goldSizes.set(s.gold, (goldSizes.get(s.gold) ?? 0) + 1);
    const goldSingletons = [...goldSizes.values()].filter((n) => n === 1).length;
    notes.push(
      `${split.name}: ${inEvent} of ${items.length} gold sentences (${round(inEvent / (items.length || 1))}) are in an event of ours; ` +
        `${goldSingletons} gold singletons; ${items.filter((s) => s.cut).length} gold sentences cut in two or more by our splitter; ` +
        `${wrongPairs} sentence pairs wrongly joined, ${crossPairs} of them an ecb and an ecbplus sentence (two seminal events); ` +
        `CoNLL F1 ours - baseline = ${round(scores[0].conll - scores[3].conll)} (target >= 0.10)`,
    );
  }

  process.stdout.write(`event-coref: ECB+ at ${dir}, sentence level (validated sentences), ${[...results.values()].reduce((n, r) => n + r.documents, 0)} documents analysed in ${round(seconds, 1)} s\n\n`);
  printTable(rows);
  process.stdout.write('\n' + notes.join('\n') + '\n');
  process.stdout.write(
    `\nPublished, for context only (test topics 36-45, gold event mentions, mention level, not like-for-like with these sentence-level rows): ` +
      ANCHORS.map(([name, v]) => `${name} ${v}`).join('; ') + '\n',
  );
  process.stdout.write(`Each topic is one story; pages dated as the pipeline finds them (date line, URL; the rest undated), 'published ${PUBLISHED}' every page on one fixed date, 'published null' none; dedupe copy marks skipped.\n`);
  const h = figures.get(headline.name)!;
  process.stdout.write(
    JSON.stringify({
      set: headline.name, topics: headline.topics.length, sentences: h.sentences,
      conllF1: round(h.ours.conll), mucF1: round(h.ours.muc.f1), b3F1: round(h.ours.b3.f1), ceafeF1: round(h.ours.ceafe.f1),
      baselineConllF1: round(h.baseline.conll),
    }) + '\n',
  );
}
