// npm run bench -- cluster [--data <dir>] [--limit <pages>]: every Timeline17 article, shuffled
// (seeded) into one stream through StoryIndex; B-cubed precision, recall and F1 of the stories
// against the T17 topics (sources of one topic merged); pages per second and peak memory; then the
// same stream ten times over with altered ids, to show whether the cost of placing a page grows
// with the number of pages and stories already seen.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedArticle } from '../src/model.js';
import { StoryIndex } from '../src/cluster/index.js';
import { readJsonGz } from './data.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { detokenize } from './tls.js';

/** The shuffle is seeded so that every run streams the pages in the same order. */
const SEED = 17;
const REPEATS = 10;
// No options are passed to StoryIndex: the figure published is what the pipeline's defaults give.

interface StreamPage {
  id: string;
  topic: string;
  text: string;
  /** The page's publication date (the set's 'dct'): metadata a crawled page carries too, not the gold topic. */
  published: string;
}

/** mulberry32: a small, well-mixed deterministic generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * A page as the clusterer sees it: the clean text and its publication date, no analysis (the
 * benchmark measures clustering, not tagging), hence no entities: similarity rests on words and names.
 */
function asArticle(page: StreamPage, id: string): AnalyzedArticle {
  const paragraph = { text: page.text, start: 0, end: page.text.length };
  const published = { value: page.published, granularity: 'day' as const, evidence: { source: 'given', text: page.published }, confidence: 1 };
  return { pageId: id, title: null, site: null, author: null, language: 'en', published, text: page.text, paragraphs: [paragraph], dropped: [], sentences: [], places: [], actors: [] };
}

/** B-cubed precision and recall of a clustering against gold classes, averaged over items (Bagga & Baldwin 1998). */
export function bcubed(clusterOf: string[], classOf: string[]): { precision: number; recall: number; f1: number } {
  const cell = new Map<string, number>();
  const clusterSize = new Map<string, number>();
  const classSize = new Map<string, number>();
  clusterOf.forEach((c, i) => {
    cell.set(`${c}\u0000${classOf[i]}`, (cell.get(`${c}\u0000${classOf[i]}`) ?? 0) + 1);
    clusterSize.set(c, (clusterSize.get(c) ?? 0) + 1);
    classSize.set(classOf[i], (classSize.get(classOf[i]) ?? 0) + 1);
  });
  let precision = 0;
  let recall = 0;
  for (const [key, n] of cell) {
    const [c, k] = key.split('\u0000');
    precision += (n * n) / clusterSize.get(c)!;
    recall += (n * n) / classSize.get(k)!;
  }
  const total = clusterOf.length || 1;
  precision /= total;
  recall /= total;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function clustersOf(index: StoryIndex, pages: StreamPage[]): string[] {
  const storyOf = new Map<string, string>();
  for (const story of index.all()) for (const id of story.pageIds) storyOf.set(id, story.id);
  return pages.map((p) => storyOf.get(p.id)!);
}

interface StreamResult {
  seconds: number;
  /** CPU seconds of this process over the same span: on a shared machine, the cost of the work itself. */
  cpuSeconds: number;
  /** Each page's story as the stream left it, and after consolidation (pieces merged, small stories folded in). */
  streamed: string[];
  clusterOf: string[];
  streamedStories: number;
  stories: number;
}

/**
 * Copies in the repeated stream get altered ids but keep their text and date: the question is
 * whether placing a page costs more once ten times as many pages and their stories are indexed.
 */
function stream(pages: StreamPage[], repeats: number): StreamResult {
  const index = new StoryIndex();
  let seconds = 0;
  let cpuSeconds = 0;
  const timed = (work: () => void) => {
    const wall = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    work();
    seconds += Number(process.hrtime.bigint() - wall) / 1e9;
    const used = process.cpuUsage(cpu);
    cpuSeconds += (used.user + used.system) / 1e6;
  };
  timed(() => {
    for (let r = 0; r < repeats; r++) {
      for (const page of pages) index.assign(asArticle(page, r ? `${page.id}~${r}` : page.id));
    }
  });
  // The stories as the stream left them, outside the timing: a look for the table, not part of the work.
  const streamed = repeats === 1 ? clustersOf(index, pages) : [];
  const streamedStories = index.size;
  timed(() => index.consolidate());
  return { seconds, cpuSeconds, streamed, clusterOf: clustersOf(index, pages), streamedStories, stories: index.size };
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/t17');
  const pages: StreamPage[] = [];
  for (const folder of readdirSync(dir).filter((f) => /_/.test(f)).sort()) {
    const raw = readJsonGz<{ uid: string; text: string; dct: string }[]>(join(dir, folder, 'articles.json.gz'));
    for (const a of raw) pages.push({ id: `${folder}/${a.uid}`, topic: folder.split('_')[0], text: detokenize(a.text), published: a.dct });
  }
  const shuffled = shuffle(pages, SEED).slice(0, args.limit ?? pages.length);
  const once = stream(shuffled, 1);
  const topicOf = shuffled.map((p) => p.topic);
  const score = bcubed(once.clusterOf, topicOf);
  const streamedScore = bcubed(once.streamed, topicOf);
  const tenfold = stream(shuffled, REPEATS);
  // maxRSS is the process's high-water mark, in KiB
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const pagesPerSecond = shuffled.length / once.seconds;
  const pagesPerSecond10x = (shuffled.length * REPEATS) / tenfold.seconds;
  // Other jobs share the machine: wall-clock speed moves with their load, CPU time of this process much less.
  const pagesPerCpuSecond = shuffled.length / once.cpuSeconds;
  const pagesPerCpuSecond10x = (shuffled.length * REPEATS) / tenfold.cpuSeconds;
  const topics = new Set(shuffled.map((p) => p.topic)).size;

  process.stdout.write(`cluster: Timeline17 at ${dir}: ${shuffled.length} pages of ${topics} topics in one shuffled stream (seed ${SEED})\n\n`);
  printTable([
    ['stream', 'pages', 'stories', 'B3 precision', 'B3 recall', 'B3 F1', 'pages/s', 'pages/CPU s'],
    ['1x, as streamed', shuffled.length, once.streamedStories, round(streamedScore.precision), round(streamedScore.recall), round(streamedScore.f1), '', ''],
    ['1x, consolidated', shuffled.length, once.stories, round(score.precision), round(score.recall), round(score.f1), round(pagesPerSecond, 1), round(pagesPerCpuSecond, 1)],
    [`${REPEATS}x, ids altered`, shuffled.length * REPEATS, tenfold.stories, '', '', '', round(pagesPerSecond10x, 1), round(pagesPerCpuSecond10x, 1)],
  ]);
  process.stdout.write(
    `\n10x speed / 1x speed: ${round(pagesPerSecond10x / pagesPerSecond)} wall-clock, ${round(pagesPerCpuSecond10x / pagesPerCpuSecond)} in CPU time (target >= 0.8); ` +
      `B3 F1 target >= 0.95; peak RSS ${Math.round(peakRss / 2 ** 20)} MB\n`,
  );
  process.stdout.write(
    JSON.stringify({
      set: 't17', pages: shuffled.length, stories: once.stories, b3Precision: round(score.precision), b3Recall: round(score.recall), b3F1: round(score.f1),
      pagesPerSecond: round(pagesPerSecond, 1), pagesPerSecond10x: round(pagesPerSecond10x, 1),
      pagesPerCpuSecond: round(pagesPerCpuSecond, 1), pagesPerCpuSecond10x: round(pagesPerCpuSecond10x, 1), peakRssMb: Math.round(peakRss / 2 ** 20),
    }) + '\n',
  );
}
