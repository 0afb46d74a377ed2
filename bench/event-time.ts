// npm run bench -- event-time [--data <dir>]: when each happening took place, on TimeBank-EventTime
// (Reimers, Dehghani & Gurevych, ACL 2016; split of Reimers et al., TACL 2018).
//
// Each TimeBank document becomes an Article (its date the DCT, one paragraph per line of the text)
// and goes through the pipeline's own analyzeArticle, with the gazetteer and actor table that
// processPage uses. Each gold event (an <EVENT eid> of the .tml, whose character offset we know) is
// given the date of the sentence of ours that holds it, written in the gold's label format by
// `labelOf`. A happening that lasts (a state at the report, 'since March') is written as the
// gold's beginPoint/endPoint label from the `span` that timeEvents gives beside the date: the same
// pure function analyzeArticle dates sentences with (checked here), because SentenceDate has no
// field for a span yet. Our unit is the sentence and the corpus's is the event token: two happenings of one
// sentence that the gold dates apart can never both be right, and the 'sentence ceiling' row is the
// best any one-label-per-sentence answer could score on the same gold.
//
// Scoring follows Reimers et al.'s own script (4_CreateLabels.py of ukplab/tacl2017-event-time-extraction):
// strict accuracy is the exact label match over every event of the file, 'n/a' ones included (no
// prediction can match them, so they count as misses for every system, the DCT baseline too).
// Single-day accuracy is over the events whose gold label is one day or one day within bounds (no
// beginPoint/endPoint); theirs is over events both predicted and gold single-day, so ours is the stricter.
// NEWSLINE_EVENT_TIME_ERRORS=1 lists every wrong event on stderr with our date, the gold and the sentence.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedArticle, Article, SentenceDate } from '../src/model.js';
import { joinParagraphs } from '../src/extract/paragraphs.js';
import { analyzeArticle, type AnalyzeResources } from '../src/analyze/index.js';
import { loadGazetteer } from '../src/analyze/places/gazetteer.js';
import { loadActorTable } from '../src/analyze/entities/actors.js';
import { timeEvents, type Edge, type EventTime } from '../src/analyze/time/index.js';
import { dataDir, printTable, type BenchArgs } from './args.js';

/** Published on the test split (Reimers et al. 2018, table 6): accuracy. */
const ANCHORS: [string, number][] = [
  ['annotator agreement (test split)', 0.567],
  ['Reimers et al. 2018 (test split)', 0.42],
  ['DCT baseline, published (test split)', 0.302],
];

interface GoldEvent {
  doc: string;
  eid: string;
  label: string;
}

interface TimebankDoc {
  id: string;
  /** The text inside <TEXT>, tags removed. */
  text: string;
  /** eid -> offset of the event's first character in `text`. */
  events: Map<string, number>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The tag-free text of a .tml and where each EVENT starts in it. */
export function readTimebank(id: string, xml: string): TimebankDoc {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const events = new Map<string, number>();
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (!piece.startsWith('<')) text += piece.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);
    else if (piece.startsWith('<EVENT')) {
      const eid = /\beid="([^"]*)"/.exec(piece)?.[1];
      if (eid) events.set(eid, text.length);
    }
  }
  return { id, text, events };
}

/**
 * The document as a page of ours: one paragraph per non-blank line (TimeBank keeps the wire's
 * paragraphs as lines; the AP and NYT stories are one line), dated by the DCT. `toArticle` maps an
 * offset of the .tml text into the article text.
 */
export function toArticle(doc: TimebankDoc, dct: string): { article: Article; toArticle: (offset: number) => number } {
  const lines: { text: string; from: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) lines.push({ text, from: m.index + lead });
  }
  const { text, paragraphs } = joinParagraphs(lines.map((l) => ({ text: l.text })));
  const article: Article = {
    pageId: doc.id,
    title: null,
    site: null,
    author: null,
    language: 'en',
    published: { value: dct.slice(0, 10), granularity: 'day', evidence: { source: 'given', text: dct }, confidence: 1 },
    text,
    paragraphs,
    dropped: [],
  };
  const map = (offset: number): number => {
    let i = lines.length - 1;
    while (i > 0 && lines[i].from > offset) i--;
    return paragraphs[i].start + Math.max(0, offset - lines[i].from);
  };
  return { article, toArticle: map };
}

// ---- Writing a date in the corpus's label format ----

const DAY_MS = 86_400_000;
const shiftDay = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const lastOfMonth = (iso: string): boolean => shiftDay(iso, 1).slice(8) === '01';

/**
 * The first and last day of a calendar value, as the corpus writes a period: a month as the 1st to the
 * 28th (the gold's own convention, 60 of 61 month labels), a year as 1 January to 31 December, seasons
 * by their solstices and equinoxes as Reimers et al.'s script reads TIMEX3 values.
 */
function periodBounds(value: string): [string, string] | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const month = /^(\d{4}-\d{2})$/.exec(value);
  if (month) return [`${month[1]}-01`, `${month[1]}-28`];
  const year = /^(\d{4})$/.exec(value);
  if (year) return [`${year[1]}-01-01`, `${year[1]}-12-31`];
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season) {
    const y = season[1];
    const table: Record<string, [string, string]> = { SP: ['03-20', '06-20'], SU: ['06-21', '09-22'], FA: ['09-23', '12-21'], WI: ['12-22', '03-19'] };
    const [a, b] = table[season[2]];
    return [`${y}-${a}`, season[2] === 'WI' ? `${Number(y) + 1}-${b}` : `${y}-${b}`];
  }
  const decade = /^(\d{3})$/.exec(value);
  if (decade) return [`${decade[1]}0-01-01`, `${decade[1]}9-12-31`];
  return null;
}

/**
 * Our sentence date in the gold's label format. A day is the day. A bound is written as the gold
 * writes bounds: exclusive ('before1998-02-13' = on or before the 12th), except that a bound which
 * is the edge of a calendar period keeps that edge ('after1995-11-01' = since November 1995,
 * 'before1996-07-31' = by the end of July). A coarser date without bounds is its period.
 */
export function labelOf(time: EventTime | undefined, dct: string): string {
  if (time?.span) return `beginPoint=${edgeLabel(time.span.begin)}endPoint=${edgeLabel(time.span.end)}`;
  return dateLabel(time?.date ?? null, dct);
}

/** One end of a lasting happening: its day, or its bounds. */
function edgeLabel(edge: Edge): string {
  if (edge.on) return edge.on;
  return `${edge.after ? `after${edge.after}` : ''}${edge.before ? `before${edge.before}` : ''}` || 'xxxx-xx-xx';
}

function dateLabel(date: SentenceDate | null, dct: string): string {
  if (!date) return dct.slice(0, 10);
  const lower = date.earliest ? (date.earliest.endsWith('-01') ? date.earliest : shiftDay(date.earliest, -1)) : '';
  const upper = date.latest ? (lastOfMonth(date.latest) ? date.latest : shiftDay(date.latest, 1)) : '';
  if (date.earliest && date.latest && date.earliest === date.latest) return date.earliest;
  // 'Up to the report' (a present perfect): the gold has no on-or-before form and writes such happenings as the report's day.
  if (date.latest && !date.earliest && date.latest === date.value) return date.value;
  if (date.earliest || date.latest) return `${lower ? `after${lower}` : ''}${upper ? `before${upper}` : ''}`;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date.value);
  if (day) return day[0];
  const period = periodBounds(date.value);
  if (period) return `after${period[0]}before${period[1]}`;
  return date.value;
}

// ---- Scoring ----

const isSingleDay = (label: string): boolean => label !== 'n/a' && !label.includes('beginPoint');

interface Tally {
  events: number;
  right: number;
  dct: number;
  single: number;
  singleRight: number;
}

const emptyTally = (): Tally => ({ events: 0, right: 0, dct: 0, single: 0, singleRight: 0 });
const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

function readLines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
}

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/events/eventtime');
  const dcts = new Map(readLines(join(dir, 'dct.txt')).map((l) => l.split('\t') as [string, string]));
  const splitOf = new Map<string, string>();
  for (const split of ['train', 'dev', 'test']) for (const doc of readLines(join(dir, `split_${split}.txt`))) splitOf.set(doc, split);
  const gold: GoldEvent[] = readLines(join(dir, 'event-times_normalized.tab')).map((l) => {
    const f = l.split('\t');
    return { doc: f[0], eid: f[4], label: f[7] };
  });
  const byDoc = new Map<string, GoldEvent[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  let docs = [...byDoc.keys()].sort();
  if (args.limit) docs = docs.slice(0, args.limit);

  const resources: AnalyzeResources = { gazetteer: loadGazetteer(), actors: loadActorTable() };
  const showErrors = process.env.NEWSLINE_EVENT_TIME_ERRORS === '1' || process.env.NEWSLINE_EVENT_TIME_ERRORS === 'all';
  const showAll = process.env.NEWSLINE_EVENT_TIME_ERRORS === 'all';
  const tallies = new Map<string, Tally>([['all', emptyTally()], ['train', emptyTally()], ['dev', emptyTally()], ['test', emptyTally()]]);
  let ceiling = 0;
  let singleCeiling = 0;
  const confusion = new Map<string, number>();
  const byRule = new Map<string, { events: number; right: number; dct: number }>();
  for (const id of docs) {
    const dct = dcts.get(id);
    const path = join(dir, 'timebank', `${id}.tml`);
    if (!dct || !existsSync(path)) throw new Error(`${id}: no DCT or no .tml in ${dir}`);
    const doc = readTimebank(id, readFileSync(path, 'utf8'));
    const { article, toArticle: map } = toArticle(doc, dct);
    const analyzed = analyzeArticle(article, resources);
    // The same pure function analyzeArticle dated the sentences with, for the spans the model has no field for.
    const times = timeEvents(analyzed.sentences, { value: dct.slice(0, 10), granularity: 'day' });
    times.forEach((t, i) => {
      if (JSON.stringify(t.date) !== JSON.stringify(analyzed.sentences[i].date)) throw new Error(`${id}: sentence ${i} dated apart from analyzeArticle`);
    });
    const bySentence = new Map<number, Map<string, number>>();
    for (const g of byDoc.get(id)!) {
      const offset = doc.events.get(g.eid);
      if (offset === undefined) throw new Error(`${id}: gold event ${g.eid} is not in the .tml`);
      const sentence = sentenceAt(analyzed, map(offset));
      const predicted = labelOf(sentence ? times[sentence.index] : undefined, dct);
      const right = predicted === g.label;
      const baseline = g.label === dct.slice(0, 10);
      for (const key of ['all', splitOf.get(id) ?? 'train']) {
        const t = tallies.get(key)!;
        t.events++;
        if (right) t.right++;
        if (baseline) t.dct++;
        if (isSingleDay(g.label)) {
          t.single++;
          if (right) t.singleRight++;
        }
      }
      const index = sentence?.index ?? -1;
      const labels = bySentence.get(index) ?? new Map<string, number>();
      labels.set(g.label, (labels.get(g.label) ?? 0) + 1);
      bySentence.set(index, labels);
      const rule = sentence ? times[sentence.index].rule ?? '' : '';
      const perRule = byRule.get(rule) ?? { events: 0, right: 0, dct: 0 };
      perRule.events++;
      if (right) perRule.right++;
      if (baseline) perRule.dct++;
      byRule.set(rule, perRule);
      if (!right) {
        const key = `${shapeOf(g.label, dct)} <- ${shapeOf(predicted, dct)} [${sentence ? times[sentence.index].rule : ''}]`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
      }
      if (showErrors && (!right || showAll)) {
        const word = doc.text.slice(offset, offset + 30).split(/\s/)[0];
        process.stderr.write(`${right ? 'RIGHT' : 'WRONG'}\t${id}\t${splitOf.get(id)}\t${sentence?.index}\t${g.eid}\t${word}\tgold=${g.label}\tours=${predicted}\t${sentence ? times[sentence.index].rule : ''}\t${sentence?.text.replace(/\s+/g, ' ') ?? ''}\n`);
      }
    }
    for (const labels of bySentence.values()) {
      ceiling += Math.max(...labels.values());
      singleCeiling += Math.max(0, ...[...labels].filter(([l]) => isSingleDay(l)).map(([, n]) => n));
    }
  }
  if (showErrors) {
    process.stderr.write('\nby rule: events, right, right had it said the DCT:\n');
    for (const [rule, n] of [...byRule].sort((a, b) => b[1].events - a[1].events)) process.stderr.write(`${rule.padEnd(22)} ${String(n.events).padStart(5)} ${String(n.right).padStart(5)} ${String(n.dct).padStart(5)}\n`);
    process.stderr.write('\nwrong labels by (gold shape <- our shape):\n');
    for (const [key, n] of [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 40)) process.stderr.write(`${String(n).padStart(5)}  ${key}\n`);
  }

  const all = tallies.get('all')!;
  const rows: (string | number)[][] = [['set', 'events', 'accuracy', 'single-day', 'DCT baseline']];
  for (const key of ['all', 'train', 'dev', 'test']) {
    const t = tallies.get(key)!;
    if (t.events === 0) continue;
    rows.push([key === 'all' ? 'newsline, visible labels' : `newsline, ${key}`, t.events, ratio(t.right, t.events)!, ratio(t.singleRight, t.single) ?? '', ratio(t.dct, t.events)!]);
  }
  rows.push(['sentence ceiling (one label per sentence)', all.events, ratio(ceiling, all.events)!, '', '']);
  rows.push(['sentence ceiling, single-day labels only', all.events, ratio(singleCeiling, all.events)!, '', '']);
  for (const [name, value] of ANCHORS) rows.push([name, 311, value, '', '']);
  printTable(rows);
  process.stdout.write('our unit is the sentence (every event of a sentence gets its date); the corpus and the published systems date each event token\n');
  const test = tallies.get('test')!;
  process.stdout.write(JSON.stringify({
    set: 'events/eventtime',
    events: all.events,
    accuracy: ratio(all.right, all.events),
    testAccuracy: ratio(test.right, test.events),
    singleDayAccuracy: ratio(all.singleRight, all.single),
    dctBaseline: ratio(all.dct, all.events),
  }) + '\n');
}

/** The sentence holding an offset, or the last one before it (an offset between two sentences). */
function sentenceAt(article: AnalyzedArticle, offset: number) {
  let found = article.sentences[0];
  for (const s of article.sentences) {
    if (s.start > offset) break;
    found = s;
  }
  return found;
}

/** A label with its dates masked, the DCT named: where the next rule pays most. */
function shapeOf(label: string, dct: string): string {
  return label.split(dct.slice(0, 10)).join('DCT').replace(/\d{4}-\d{2}-\d{2}/g, 'D');
}
