// npm run bench -- tls [--data <dir>] [--limit <timelines>]: Timeline17, evaluated as Ghalandari &
// Ifrim (ACL 2020) do in news-tls (experiments/evaluate.py): articles merged per topic, each gold
// timeline evaluated against its topic's articles published within the gold timeline's first and
// last day; l = gold dates, k = round(mean sentences per gold date); tilse's 'align+ m:1' ROUGE-1
// and ROUGE-2 and date F1, precision and recall averaged over timelines, F from the averages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceDate, tagTime } from '../src/analyze/time/index.js';
import { summarizeTimeline, type TlsArticle } from '../src/summarize/datewise.js';
import { readJsonGz } from './data.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { alignDateContentCostsManyToOne, averagePRF, dateScores, type PRF, type Timeline } from './metrics/tilse.js';

/** Ghalandari & Ifrim 2020, Table 4, T17 (AR1-F, AR2-F, Date-F1). */
const PUBLISHED: [string, number, number, number][] = [
  ['Datewise (best published)', 0.12, 0.035, 0.544],
  ['Martschat & Markert 2018', 0.105, 0.03, 0.544],
  ['Tran 2013', 0.094, 0.022, 0.517],
  ['Clust', 0.082, 0.02, 0.407],
  ['Oracle with gold dates', 0.179, 0.057, 0.926],
];

interface RawArticle {
  uid: string;
  dct: string;
  text: string;
}

interface GoldTimeline {
  topic: string;
  name: string;
  timeline: Timeline;
}

/** The articles are tokenised (Penn Treebank style): undo the spacing so that the temporal tagger reads ordinary prose. */
export function detokenize(text: string): string {
  return text
    .replace(/-LRB-/g, '(').replace(/-RRB-/g, ')').replace(/-LSB-/g, '[').replace(/-RSB-/g, ']')
    .replace(/``\s*|''/g, '"')
    .replace(/\s+([.,;:!?%)\]]|'s|n't|'re|'ve|'ll|'d|'m)(?=\s|$)/gi, '$1')
    .replace(/([(\[$])\s+/g, '$1');
}

/** Tokenised sentences end in a lone '.', '?' or '!' token. */
export function splitTokenized(text: string): string[] {
  return text.split(/(?<=\s[.?!](?:\s''|\s")?)\s+(?=\S)/).map((s) => s.trim()).filter(Boolean);
}

/** The gold timeline: one line per sentence in the original files (here joined by a double space), dates merged. */
function readGold(file: string, topic: string, name: string): GoldTimeline {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as { date: string; text: string }[];
  const timeline: Timeline = new Map();
  for (const e of entries) {
    const day = e.date.slice(0, 10);
    const sentences = e.text.split(/\s{2,}/).map((s) => s.trim()).filter(Boolean);
    timeline.set(day, [...(timeline.get(day) ?? []), ...sentences]);
  }
  return { topic, name, timeline };
}

/** Every article of a topic, its sentences dated by our own tagger against the article's date. */
function loadTopic(dir: string, folders: string[]): TlsArticle[] {
  const out: TlsArticle[] = [];
  for (const folder of folders) {
    const raw = readJsonGz<RawArticle[]>(join(dir, folder, 'articles.json.gz'));
    for (const a of raw) {
      const published = a.dct.slice(0, 10);
      const anchor = { value: published, granularity: 'day' as const };
      const sentences = splitTokenized(a.text).map((text) => {
        const date = sentenceDate(tagTime(detokenize(text), anchor), null);
        const day = date && date.granularity === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? date.value : null;
        return { text, date: day };
      });
      out.push({ id: `${folder}/${a.uid}`, published, sentences });
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/t17');
  const folders = readdirSync(dir).filter((f) => /_/.test(f)).sort();
  const topics = new Map<string, string[]>();
  for (const f of folders) topics.set(f.split('_')[0], [...(topics.get(f.split('_')[0]) ?? []), f]);
  const golds: GoldTimeline[] = [];
  for (const [topic, fs] of topics) {
    for (const f of fs) for (const file of readdirSync(join(dir, f)).filter((x) => x.endsWith('.timeline.json')).sort()) golds.push(readGold(join(dir, f, file), topic, `${f}/${file.replace(/\.txt\.timeline\.json$/, '')}`));
  }
  const chosen = args.limit ? golds.slice(0, args.limit) : golds;

  const results: { name: string; r1: PRF; r2: PRF; date: PRF; l: number; k: number }[] = [];
  let seconds = 0;
  const cache = new Map<string, TlsArticle[]>();
  for (const gold of chosen) {
    const started = process.hrtime.bigint();
    if (!cache.has(gold.topic)) {
      cache.clear();
      cache.set(gold.topic, loadTopic(dir, topics.get(gold.topic)!));
    }
    const days = [...gold.timeline.keys()].sort();
    const from = days[0];
    const to = days[days.length - 1];
    const l = days.length;
    const k = Math.round([...gold.timeline.values()].reduce((s, x) => s + x.length, 0) / l);
    const articles = cache.get(gold.topic)!.filter((a) => a.published >= from && a.published <= to);
    const pred = summarizeTimeline(articles, { dates: l, perDate: k, from, to });
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
    const rouge = alignDateContentCostsManyToOne(pred, [gold.timeline]);
    results.push({ name: gold.name, r1: rouge.rouge_1, r2: rouge.rouge_2, date: dateScores(pred, [gold.timeline]), l, k });
  }
  const r1 = averagePRF(results.map((r) => r.r1));
  const r2 = averagePRF(results.map((r) => r.r2));
  const date = averagePRF(results.map((r) => r.date));

  process.stdout.write(`tls: Timeline17 at ${dir} (${topics.size} topics, ${chosen.length} timelines; align+ m:1 ROUGE as tilse, dates from our tagger)\n\n`);
  printTable([
    ['timeline', 'l', 'k', 'AR1-P', 'AR1-R', 'AR1-F', 'AR2-F', 'Date-F1'],
    ...results.map((r) => [r.name, r.l, r.k, round(r.r1.precision), round(r.r1.recall), round(r.r1.f), round(r.r2.f), round(r.date.f)]),
  ]);
  process.stdout.write('\n');
  printTable([
    ['system', 'AR1-F', 'AR2-F', 'Date-F1'],
    ['newsline (this run)', round(r1.f), round(r2.f), round(date.f)],
    ...PUBLISHED.map(([name, a, b, c]) => [name, a, b, c]),
  ]);
  process.stdout.write(
    JSON.stringify({ set: 't17', timelines: results.length, ar1f: round(r1.f), ar2f: round(r2.f), dateF1: round(date.f), secondsPerTimeline: round(seconds / Math.max(1, results.length)) }) + '\n',
  );
}
