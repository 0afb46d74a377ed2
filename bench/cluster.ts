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
/**
 * Long wire pages (hundreds of words, no analysis here) need fuller profiles than the short seed
 * pages; rarity weights keep 'said' and 'officials' from linking wars; names written with a capital
 * tell the Arab-spring stories apart. Story merging stays off: on these pages a page that links two
 * stories more often mixes two wars than reveals one story.
 */
const STREAM_OPTIONS = { idf: true, join: 0.14, articleTerms: 100, storyTerms: 300, nameWeight: 3 };
/** After the stream, stories this small join the most similar larger story when at least this alike. */
const SMALL_STORY_PAGES = 10;
const SMALL_STORY_JOIN = 0.03;

interface StreamPage {
  id: string;
  topic: string;
  text: string;
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

/** A page as the clusterer sees it: the clean text, no analysis (the benchmark measures clustering, not tagging). */
function asArticle(page: StreamPage, id: string): AnalyzedArticle {
  const paragraph = { text: page.text, start: 0, end: page.text.length };
  return { pageId: id, title: null, site: null, author: null, language: 'en', published: null, text: page.text, paragraphs: [paragraph], dropped: [], sentences: [], places: [], actors: [] };
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

function stream(pages: StreamPage[], repeats: number): { seconds: number; clusterOf: string[]; stories: number } {
  const index = new StoryIndex([], STREAM_OPTIONS);
  const started = process.hrtime.bigint();
  for (let r = 0; r < repeats; r++) {
    for (const page of pages) index.assign(asArticle(page, r ? `${page.id}~${r}` : page.id));
  }
  index.absorbSmall(SMALL_STORY_PAGES, SMALL_STORY_JOIN);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Stories merge as the stream goes on: a page's story is the one holding it at the end.
  const storyOf = new Map<string, string>();
  for (const story of index.all()) for (const id of story.pageIds) storyOf.set(id, story.id);
  const clusterOf = pages.map((p) => storyOf.get(p.id)!);
  return { seconds, clusterOf, stories: index.all().length };
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/t17');
  const pages: StreamPage[] = [];
  for (const folder of readdirSync(dir).filter((f) => /_/.test(f)).sort()) {
    const raw = readJsonGz<{ uid: string; text: string }[]>(join(dir, folder, 'articles.json.gz'));
    for (const a of raw) pages.push({ id: `${folder}/${a.uid}`, topic: folder.split('_')[0], text: detokenize(a.text) });
  }
  const shuffled = shuffle(pages, SEED).slice(0, args.limit ?? pages.length);
  const once = stream(shuffled, 1);
  const score = bcubed(once.clusterOf, shuffled.map((p) => p.topic));
  const tenfold = stream(shuffled, REPEATS);
  // maxRSS is the process's high-water mark, in KiB
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const pagesPerSecond = shuffled.length / once.seconds;
  const pagesPerSecond10x = (shuffled.length * REPEATS) / tenfold.seconds;
  const topics = new Set(shuffled.map((p) => p.topic)).size;

  process.stdout.write(`cluster: Timeline17 at ${dir}: ${shuffled.length} pages of ${topics} topics in one shuffled stream (seed ${SEED})\n\n`);
  printTable([
    ['stream', 'pages', 'stories', 'B3 precision', 'B3 recall', 'B3 F1', 'pages/s'],
    ['1x', shuffled.length, once.stories, round(score.precision), round(score.recall), round(score.f1), round(pagesPerSecond, 1)],
    [`${REPEATS}x, ids altered`, shuffled.length * REPEATS, tenfold.stories, '', '', '', round(pagesPerSecond10x, 1)],
  ]);
  process.stdout.write(`\n10x speed / 1x speed: ${round(pagesPerSecond10x / pagesPerSecond)} (target >= 0.8); B3 F1 target >= 0.95; peak RSS ${Math.round(peakRss / 2 ** 20)} MB\n`);
  process.stdout.write(
    JSON.stringify({
      set: 't17', pages: shuffled.length, stories: once.stories, b3Precision: round(score.precision), b3Recall: round(score.recall), b3F1: round(score.f1),
      pagesPerSecond: round(pagesPerSecond, 1), pagesPerSecond10x: round(pagesPerSecond10x, 1), peakRssMb: Math.round(peakRss / 2 ** 20),
    }) + '\n',
  );
}
