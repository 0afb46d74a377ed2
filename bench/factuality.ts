// npm run bench -- factuality [--data <dir>]: which reports are of things that happened, on MEANTIME
// (Minard et al., LREC 2016), English, CAT XML. Each document is rebuilt as an Article (its title the
// first MEANTIME sentence, its date the DCT, one paragraph per MEANTIME sentence since the files keep
// no paragraph breaks, tokens re-joined with the offset of every token kept), analysed exactly as
// processPage analyses a page (analyzeArticle with the gazetteer and the actor table: our splitter
// decides the sentences), and every sentence of ours is given eventVerdict. The title line stays in
// the text as its first paragraph, because MEANTIME annotates the events of headlines; a row leaves
// title mentions aside.
// Gold is per mention: an EVENT_MENTION is actual when certainty=CERTAIN, polarity=POS,
// time=NON_FUTURE and special_cases=NONE; we predict 'non-actual' for a mention when the sentence
// of ours that holds its first token is left out. Mentions without factuality attributes (MEANTIME
// leaves some unannotated) are not scored and are counted apart. Our unit is the sentence and
// MEANTIME's is the mention, so a sentence that tells one actual and one non-actual happening is
// always half wrong: the 'ceiling F1' column is the best a decision per sentence reaches on gold.
// NEWSLINE_FACTUALITY_ERRORS=1 lists every wrong mention on stderr with its sentence;
// NEWSLINE_FACTUALITY_ERRORS=sentences lists every sentence of ours that holds gold mentions, with
// our verdict and its actual/non-actual counts (the view to tune rules by).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AnalyzedArticle, Article } from '../src/model.js';
import { analyzeArticle, type AnalyzeResources } from '../src/analyze/index.js';
import { loadGazetteer } from '../src/analyze/places/gazetteer.js';
import { loadActorTable } from '../src/analyze/entities/actors.js';
import { eventVerdict, type EventVerdict } from '../src/events/event-like.js';
import { factualityCue } from '../src/events/factuality.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { articleFromLines, joinTokens } from './tokens.js';
import { parseCat, type CatDoc, type CatToken } from './cat.js';

/** Reasons about a sentence's shape or eventhood rather than its factuality. */
const SHAPE_REASONS = new Set(['too-short', 'question', 'not-an-event']);
/** The share of left-out sentences shown for a reader to judge. */
const SAMPLE_SIZE = 40;
/** The actualKept the targets ask for (issue 13): the ceiling is measured under the same constraint. */
const ACTUAL_KEPT_TARGET = 0.9;

interface Layout {
  /** Each MEANTIME sentence as one line of text. */
  lines: string[];
  /** token id -> [line, offset within the line]. */
  at: Map<string, [number, number]>;
}

/** Each sentence's tokens joined as the page printed them (bench/tokens.ts). */
function layout(doc: CatDoc): Layout {
  const bySentence = new Map<number, CatToken[]>();
  for (const t of doc.tokens) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  const lines: string[] = [];
  const at = new Map<string, [number, number]>();
  for (const sentence of [...bySentence.keys()].sort((a, b) => a - b)) {
    const tokens = bySentence.get(sentence)!;
    const { text, offsets } = joinTokens(tokens.map((t) => t.text));
    tokens.forEach((t, i) => at.set(t.id, [lines.length, offsets[i]]));
    lines.push(text);
  }
  return { lines, at };
}

/** The Article a crawled copy of this document would give: title, date, and the text as paragraphs. */
function articleOf(doc: CatDoc, lines: string[]): Article {
  return articleFromLines(`${doc.corpus}/${doc.name}`, lines, { title: lines[0] ?? null, site: 'wikinews.org', dct: doc.dct });
}

type Gold = 'actual' | 'non-actual';

/** MEANTIME's attributes decide; null where the mention carries no factuality annotation. */
function goldOf(attrs: Record<string, string>): Gold | null {
  const { certainty, polarity, time } = attrs;
  if (!certainty || !polarity || !time) return null;
  const actual = certainty === 'CERTAIN' && polarity === 'POS' && time === 'NON_FUTURE' && (attrs.special_cases ?? 'NONE') === 'NONE';
  return actual ? 'actual' : 'non-actual';
}

interface Scored {
  corpus: string;
  doc: string;
  /** The sentence of ours holding the mention's first token (index into the article), -1 if none. */
  sentence: number;
  sentenceText: string;
  word: string;
  gold: Gold;
  kept: boolean;
  verdict: EventVerdict | null;
  /** The mention sits in the document's title line. */
  inTitle: boolean;
}

interface DocResult {
  article: AnalyzedArticle;
  verdicts: EventVerdict[];
  scored: Scored[];
  unannotated: number;
}

function scoreDoc(doc: CatDoc, resources: AnalyzeResources): DocResult {
  const { lines, at } = layout(doc);
  const article = analyzeArticle(articleOf(doc, lines), resources);
  const verdicts = article.sentences.map((s) => eventVerdict(s));
  const byId = new Map(doc.tokens.map((t) => [t.id, t]));
  const scored: Scored[] = [];
  let unannotated = 0;
  for (const m of doc.mentions) {
    const gold = goldOf(m.attrs);
    if (!gold) {
      unannotated++;
      continue;
    }
    const first = m.tokens.map((id) => byId.get(id)).filter((t): t is CatToken => !!t).sort((a, b) => a.number - b.number)[0];
    if (!first) continue;
    const [line, offset] = at.get(first.id)!;
    const pos = article.paragraphs[line].start + offset;
    const sentence = article.sentences.findIndex((s) => pos >= s.start && pos < s.end);
    const verdict = sentence >= 0 ? verdicts[sentence] : null;
    scored.push({
      corpus: doc.corpus, doc: doc.name, sentence, sentenceText: sentence >= 0 ? article.sentences[sentence].text : '',
      word: first.text, gold, kept: verdict?.kept ?? false, verdict, inTitle: first.sentence === 0,
    });
  }
  return { article, verdicts, scored, unannotated };
}

interface Counts {
  mentions: number;
  nonActual: number;
  actual: number;
  tp: number;
  fp: number;
  actualKept: number;
}

function countOf(items: Scored[]): Counts {
  const c: Counts = { mentions: items.length, nonActual: 0, actual: 0, tp: 0, fp: 0, actualKept: 0 };
  for (const m of items) {
    if (m.gold === 'non-actual') {
      c.nonActual++;
      if (!m.kept) c.tp++;
    } else {
      c.actual++;
      if (m.kept) c.actualKept++;
      else c.fp++;
    }
  }
  return c;
}

function metrics(c: Counts): { p: number; r: number; f1: number; kept: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.nonActual ? c.tp / c.nonActual : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, kept: c.actual ? c.actualKept / c.actual : 0 };
}

/**
 * The best non-actual F1 a decision per sentence reaches on gold with actualKept at least
 * `minKept`: sentences are left out in the order of their share of non-actual mentions (all
 * non-actual first), and the best F1 along the way is kept. Exact for the relaxed problem, a tight
 * bound in practice; mentions of ours that fall outside any sentence count as left out.
 */
function ceiling(items: Scored[], minKept: number): { f1: number; kept: number } {
  const groups = new Map<string, { non: number; act: number }>();
  let totalNon = 0;
  let totalAct = 0;
  for (const m of items) {
    const key = `${m.corpus}/${m.doc}#${m.sentence}`;
    const g = groups.get(key) ?? { non: 0, act: 0 };
    if (m.gold === 'non-actual') { g.non++; totalNon++; } else { g.act++; totalAct++; }
    groups.set(key, g);
  }
  const order = [...groups.values()].filter((g) => g.non > 0).sort((a, b) => b.non / (b.non + b.act) - a.non / (a.non + a.act) || b.non - a.non);
  let tp = 0;
  let fp = 0;
  let best = { f1: 0, kept: 1 };
  for (const g of order) {
    if (totalAct && 1 - (fp + g.act) / totalAct < minKept) continue;
    tp += g.non;
    fp += g.act;
    const f1 = (2 * tp) / (2 * tp + fp + (totalNon - tp));
    if (f1 > best.f1) best = { f1, kept: totalAct ? 1 - fp / totalAct : 1 };
  }
  return best;
}

function catFiles(dir: string): { corpus: string; file: string }[] {
  const out: { corpus: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.xml')) out.push({ corpus: basename(d), file: path });
    }
  };
  walk(dir);
  return out.filter((f) => f.corpus.startsWith('corpus_'));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/events/meantime');
  let files = catFiles(dir);
  if (args.limit) files = files.slice(0, args.limit);
  if (!files.length) throw new Error(`no corpus_*/*.xml under ${dir}`);
  const resources: AnalyzeResources = { gazetteer: loadGazetteer(), actors: loadActorTable() };
  const all: Scored[] = [];
  const leftOut: { corpus: string; text: string; verdict: EventVerdict; actual: number; nonActual: number }[] = [];
  let unannotated = 0;
  let sentences = 0;
  let keptSentences = 0;
  for (const { corpus, file } of files) {
    const doc = parseCat(readFileSync(file, 'utf8'), basename(file, '.xml'), corpus);
    const result = scoreDoc(doc, resources);
    all.push(...result.scored);
    unannotated += result.unannotated;
    sentences += result.verdicts.length;
    keptSentences += result.verdicts.filter((v) => v.kept).length;
    result.verdicts.forEach((v, i) => {
      if (v.kept) return;
      const inside = result.scored.filter((m) => m.sentence === i);
      if (!inside.length || v.reason === 'too-short') return;
      leftOut.push({ corpus, text: result.article.sentences[i].text, verdict: v, actual: inside.filter((m) => m.gold === 'actual').length, nonActual: inside.filter((m) => m.gold === 'non-actual').length });
    });
  }
  const corpora = [...new Set(all.map((m) => m.corpus))].sort();
  const rows: (string | number)[][] = [['set (unit: our sentence; gold: MEANTIME mention)', 'mentions', 'non-actual', 'P', 'R', 'F1', 'actualKept', 'ceiling F1']];
  for (const [name, items] of [...corpora.map((c) => [c, all.filter((m) => m.corpus === c)] as const), ['all', all] as const]) {
    const c = countOf(items);
    const m = metrics(c);
    rows.push([name, c.mentions, round(c.nonActual / c.mentions), round(m.p), round(m.r), round(m.f1), round(m.kept), round(ceiling(items, ACTUAL_KEPT_TARGET).f1)]);
  }
  const total = countOf(all);
  const overall = metrics(total);
  const bodyOnly = metrics(countOf(all.filter((m) => !m.inTitle)));
  // The factuality cues alone: sentences left out only for their shape or for reading as no event at all count as kept.
  const cuesOnly = metrics(countOf(all.map((m) => (m.verdict && !m.verdict.kept && SHAPE_REASONS.has(m.verdict.reason) ? { ...m, kept: true } : m))));
  rows.push(["baseline 'everything happened'", total.mentions, round(total.nonActual / total.mentions), 0, 0, 0, 1, '']);
  rows.push(['all, title lines left aside', all.filter((m) => !m.inTitle).length, '', round(bodyOnly.p), round(bodyOnly.r), round(bodyOnly.f1), round(bodyOnly.kept), '']);
  rows.push(['all, factuality cues only (no too-short/not-an-event)', total.mentions, '', round(cuesOnly.p), round(cuesOnly.r), round(cuesOnly.f1), round(cuesOnly.kept), '']);
  printTable(rows);
  const unconstrained = ceiling(all, 0);
  process.stdout.write(
    `${files.length} documents, ${sentences} sentences of ours, ${keptSentences} kept; ${unannotated} mentions without factuality attributes not scored.\n` +
      `Our unit is the sentence (kept or left out by eventVerdict), MEANTIME's the mention: a sentence holding an actual and a\n` +
      `non-actual mention is half wrong whatever it decides. 'ceiling F1' is the best a decision per sentence reaches on gold\n` +
      `with actualKept >= ${ACTUAL_KEPT_TARGET} (sentences left out in order of their share of non-actual mentions); without that bound\n` +
      `${round(unconstrained.f1)}, at actualKept ${round(unconstrained.kept)}. Targets (issue 13): non-actual F1 >= 0.60 with actualKept >= 0.90.\n\n`,
  );
  printReasons(all);
  printSample(leftOut);
  if (process.env.NEWSLINE_FACTUALITY_ERRORS === '1') printErrors(all);
  if (process.env.NEWSLINE_FACTUALITY_ERRORS === 'sentences') printSentences(all);
  process.stdout.write(JSON.stringify({
    set: 'events/meantime', mentions: total.mentions, nonActualPrecision: round(overall.p), nonActualRecall: round(overall.r),
    nonActualF1: round(overall.f1), actualKept: round(overall.kept),
  }) + '\n');
}

/** What each reason leaves out, in gold terms: a reason that mostly hits actual mentions is a bad rule. */
function printReasons(all: Scored[]): void {
  const by = new Map<string, { actual: number; non: number }>();
  for (const m of all) {
    if (m.kept) continue;
    const reason = m.verdict && !m.verdict.kept ? m.verdict.reason : 'no sentence';
    const r = by.get(reason) ?? { actual: 0, non: 0 };
    if (m.gold === 'actual') r.actual++;
    else r.non++;
    by.set(reason, r);
  }
  printTable([
    ['left out as', 'non-actual mentions', 'actual mentions', 'precision'],
    ...[...by].sort((a, b) => b[1].actual + b[1].non - (a[1].actual + a[1].non)).map(([reason, r]) => [reason, r.non, r.actual, round(r.non / (r.non + r.actual))]),
  ]);
  process.stdout.write('\n');
}

/** An even sample of the sentences left out for a factuality reason, for a reader to judge. */
function printSample(leftOut: { corpus: string; text: string; verdict: EventVerdict; actual: number; nonActual: number }[]): void {
  const step = Math.max(1, leftOut.length / SAMPLE_SIZE);
  const sample: typeof leftOut = [];
  for (let i = 0; i < leftOut.length && sample.length < SAMPLE_SIZE; i += step) sample.push(leftOut[Math.floor(i)]);
  const clip = (s: string) => (s.length > 110 ? s.slice(0, 107) + '...' : s);
  printTable([
    ['corpus', 'reason', 'cue', 'gold act/non', `sentence of ours left out (${sample.length} of ${leftOut.length}, evenly spaced; too-short ones aside)`],
    ...sample.map((l) => [l.corpus.replace(/^corpus_/, ''), l.verdict.kept ? '' : l.verdict.reason, l.verdict.kept ? '' : (l.verdict.cue ?? ''), `${l.actual}/${l.nonActual}`, clip(l.text)]),
  ]);
  process.stdout.write('\n');
}

function printErrors(all: Scored[]): void {
  for (const m of all) {
    const wrong = (m.gold === 'actual') !== m.kept;
    if (!wrong) continue;
    const why = m.verdict && !m.verdict.kept ? `${m.verdict.reason}${m.verdict.cue ? `:${m.verdict.cue}` : ''}` : m.kept ? 'kept' : 'no sentence';
    process.stderr.write(`${m.gold === 'actual' ? 'LOST' : 'MISSED'}\t${m.corpus}/${m.doc}\t${m.word}\t${why}\t${m.verdict ? round(m.verdict.score) : ''}\t${m.sentenceText.replace(/\s+/g, ' ')}\n`);
  }
}

function printSentences(all: Scored[]): void {
  const by = new Map<string, Scored[]>();
  for (const m of all) by.set(`${m.corpus}/${m.doc}#${m.sentence}`, [...(by.get(`${m.corpus}/${m.doc}#${m.sentence}`) ?? []), m]);
  for (const [key, items] of by) {
    const v = items[0].verdict;
    const verdict = !v ? 'no sentence' : v.kept ? 'kept' : `${v.reason}${v.cue ? `:${v.cue}` : ''}`;
    const act = items.filter((m) => m.gold === 'actual').length;
    const rule = v && !v.kept ? (factualityCue(items[0].sentenceText)?.rule ?? '') : '';
    process.stderr.write(`${key}\t${act}\t${items.length - act}\t${verdict}\t${v ? round(v.score) : ''}\t${rule}\t${items[0].sentenceText.replace(/\s+/g, ' ')}\n`);
  }
}
