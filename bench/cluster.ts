// npm run bench -- cluster [--data <dir>] [--limit <pages>]: every Timeline17 article, shuffled
// (seeded) into one stream through StoryIndex; B-cubed precision, recall and F1 of the stories
// against the T17 topics (sources of one topic merged); pages per second and peak memory; then the
// same stream ten times over with altered ids, to show whether the cost of placing a page grows
// with the number of pages and stories already seen.
// Two clusterings are scored: 'one stream' (one StoryIndex, consolidated once at the end) and 'as the
// pipeline runs' (the pages stored and placed by the pipeline's own updateStories in batches of its
// size, the index rebuilt from the saved story states each batch, then the run-end consolidation):
// the second is what a user's `newsline ingest` gives, and it is the b3F1 of the JSON line.
// A gold-noise analysis follows: how many pages of each topic name the topic at all (keywords taken
// from the topic's folder name only), the F1 on those pages, and the best F1 any clustering could reach
// if the pages that never name their topic are taken as noise. Analysis only: the clustering never sees it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedArticle, Page } from '../src/model.js';
import { StoryIndex } from '../src/cluster/index.js';
import { consolidateStories, DEFAULT_BATCH, updateStories } from '../src/pipeline.js';
import { openStore } from '../src/store/sqlite.js';
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

interface PipelineResult {
  seconds: number;
  /** Each page's story after the last batch, before the run-end consolidation, and after it. */
  batched: string[];
  clusterOf: string[];
  batchedStories: number;
  stories: number;
}

function storiesOfStore(store: ReturnType<typeof openStore>, pages: StreamPage[]): { clusterOf: string[]; stories: number } {
  const storyOf = new Map<string, string>();
  const stories = store.stories();
  for (const story of stories) for (const id of story.pageIds) storyOf.set(id, story.id);
  // A page left in no story would be a bug; it counts as a story of its own rather than crash the bench.
  return { clusterOf: pages.map((p) => storyOf.get(p.id) ?? `unplaced:${p.id}`), stories: stories.length };
}

/**
 * The stream as `newsline ingest` runs it: pages stored, then placed by the pipeline's updateStories
 * every DEFAULT_BATCH pages (story states and rarity counts read back from the store each batch, only
 * the batch's stories consolidated), then consolidateStories as at the end of an ingest run. Copy
 * marking is skipped (pages marked done): it sets duplicate marks, which the clustering does not read.
 */
function pipelineRun(pages: StreamPage[]): PipelineResult {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-bench-cluster-'));
  const store = openStore(join(dir, 'bench.db'));
  let seconds = 0;
  const timedWork = <T>(work: () => T): T => {
    const wall = process.hrtime.bigint();
    const out = work();
    seconds += Number(process.hrtime.bigint() - wall) / 1e9;
    return out;
  };
  try {
    for (let start = 0; start < pages.length; start += DEFAULT_BATCH) {
      const batch = pages.slice(start, start + DEFAULT_BATCH);
      store.transaction(() => {
        for (const p of batch) {
          const page: Page = { id: p.id, source: p.id, kind: 'text', content: '', encoding: 'utf-8' };
          store.addPage(page, asArticle(p, p.id));
          store.markDeduped(p.id);
        }
      });
      timedWork(() => updateStories(store, batch.map((p) => p.id)));
    }
    const batched = storiesOfStore(store, pages);
    timedWork(() => consolidateStories(store));
    const consolidated = storiesOfStore(store, pages);
    return { seconds, batched: batched.clusterOf, clusterOf: consolidated.clusterOf, batchedStories: batched.stories, stories: consolidated.stories };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Words of a topic's name that name a kind of event, not which one: a page about any war says 'war'. */
const GENERIC_TOPIC_WORDS = new Set(['crisis', 'war', 'protest', 'protests', 'conflict', 'uprising', 'revolution', 'outbreak', 'disaster']);
/** Shorter stems match too much by prefix ('syr' would match 'syrup'). */
const MIN_STEM = 4;

/**
 * What a topic's folder name says to look for in a page, and nothing else: the name split at capitals
 * ('SyrianCrisis' -> syrian, crisis; 'H1N1' stays whole), generic words dropped, each word matched as a
 * prefix of a page's word through its stems (syrian -> syria, egyptian -> egypt), a short all-capital
 * name read as initials ('MJ' -> two capitalised words in a row with those initials), and a name written
 * in lower case run together also read as any two words it splits into ('bpoil' -> 'bp' and 'oil', both
 * on the page).
 */
export interface TopicMatcher {
  stems: string[];
  initials: string[];
  pairs: [string, string][];
}

/** Parts of a run-together name shorter than this are letters, not words. */
const MIN_PART = 2;

export function topicMatcher(folderTopic: string): TopicMatcher {
  const parts = folderTopic.match(/[A-Z][a-z]+|[A-Z0-9]+(?![a-z])|[a-z]+/g) ?? [folderTopic];
  const stems: string[] = [];
  const initials: string[] = [];
  const pairs: [string, string][] = [];
  if (/^[a-z]+$/.test(folderTopic)) {
    for (let i = MIN_PART; i <= folderTopic.length - MIN_PART; i++) pairs.push([folderTopic.slice(0, i), folderTopic.slice(i)]);
  }
  for (const part of parts) {
    const word = part.toLowerCase();
    if (GENERIC_TOPIC_WORDS.has(word)) continue;
    if (/^[A-Z]{2,3}$/.test(part)) {
      initials.push(part);
      continue;
    }
    // A demonym names its country: 'syrian' -> 'syria', 'egyptian' -> 'egypt'.
    for (const stem of [word, word.replace(/n$/, ''), word.replace(/ian$/, '')]) if (stem.length >= MIN_STEM && !stems.includes(stem)) stems.push(stem);
  }
  return { stems, initials, pairs };
}

export function mentionsTopic(text: string, matcher: TopicMatcher): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.some((w) => matcher.stems.some((s) => w.startsWith(s)))) return true;
  if (matcher.pairs.length) {
    const present = new Set(words);
    if (matcher.pairs.some(([a, b]) => present.has(a) && present.has(b))) return true;
  }
  return matcher.initials.some((letters) => {
    const pattern = [...letters].map((l) => `${l}[\\p{Ll}'-]{2,}`).join('\\s+');
    return new RegExp(`\\b${pattern}\\b`, 'u').test(text) || new RegExp(`\\b${letters}\\b`).test(text);
  });
}

export interface GoldNoise {
  /** Per topic: its pages, and the share that name the topic. */
  topics: { topic: string; pages: number; onTopicShare: number }[];
  onTopicShare: number;
  /** B-cubed F1 of a clustering on the pages that name their topic. */
  f1OnTopic: (clusterOf: string[]) => number;
  /** The best B-cubed F1 over all pages when on-topic pages are clustered perfectly and the others are noise (singletons). */
  upperBound: number;
}

export function goldNoise(pages: { topic: string; text: string }[]): GoldNoise {
  const matchers = new Map<string, TopicMatcher>();
  const on = pages.map((p) => {
    const m = matchers.get(p.topic) ?? topicMatcher(p.topic);
    matchers.set(p.topic, m);
    return mentionsTopic(p.text, m);
  });
  const topics = [...matchers.keys()].sort().map((topic) => {
    const mine = pages.map((p, i) => [p.topic === topic, on[i]]).filter(([t]) => t);
    return { topic, pages: mine.length, onTopicShare: mine.filter(([, o]) => o).length / (mine.length || 1) };
  });
  const topicOf = pages.map((p) => p.topic);
  const keep = pages.map((_, i) => i).filter((i) => on[i]);
  const perfect = pages.map((p, i) => (on[i] ? p.topic : `noise:${i}`));
  return {
    topics,
    onTopicShare: keep.length / (pages.length || 1),
    f1OnTopic: (clusterOf) => bcubed(keep.map((i) => clusterOf[i]), keep.map((i) => topicOf[i])).f1,
    upperBound: bcubed(perfect, topicOf).f1,
  };
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
  const piped = pipelineRun(shuffled);
  const pipedScore = bcubed(piped.clusterOf, topicOf);
  const batchedScore = bcubed(piped.batched, topicOf);
  const noise = goldNoise(shuffled);
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
    ['stream', 'pages', 'stories', 'B3 precision', 'B3 recall', 'B3 F1', 'F1 on-topic pages', 'pages/s', 'pages/CPU s'],
    ['one stream, as streamed', shuffled.length, once.streamedStories, round(streamedScore.precision), round(streamedScore.recall), round(streamedScore.f1), round(noise.f1OnTopic(once.streamed)), '', ''],
    ['one stream, consolidated', shuffled.length, once.stories, round(score.precision), round(score.recall), round(score.f1), round(noise.f1OnTopic(once.clusterOf)), round(pagesPerSecond, 1), round(pagesPerCpuSecond, 1)],
    [`as the pipeline runs, ${DEFAULT_BATCH}-page batches`, shuffled.length, piped.batchedStories, round(batchedScore.precision), round(batchedScore.recall), round(batchedScore.f1), round(noise.f1OnTopic(piped.batched)), '', ''],
    ['as the pipeline runs, with run-end consolidation', shuffled.length, piped.stories, round(pipedScore.precision), round(pipedScore.recall), round(pipedScore.f1), round(noise.f1OnTopic(piped.clusterOf)), round(shuffled.length / piped.seconds, 1), ''],
    [`${REPEATS}x one stream, ids altered`, shuffled.length * REPEATS, tenfold.stories, '', '', '', '', round(pagesPerSecond10x, 1), round(pagesPerCpuSecond10x, 1)],
  ]);
  process.stdout.write(
    `\n10x speed / 1x speed: ${round(pagesPerSecond10x / pagesPerSecond)} wall-clock, ${round(pagesPerCpuSecond10x / pagesPerCpuSecond)} in CPU time (target >= 0.8); ` +
      `B3 F1 target >= 0.95 (as the pipeline runs); peak RSS ${Math.round(peakRss / 2 ** 20)} MB\n` +
      `(pipeline pages/s include the store's reads and writes of story states and events)\n\n`,
  );
  process.stdout.write('Gold noise (analysis only; keywords from the topic folder names, never seen by the clustering):\n\n');
  printTable([
    ['topic', 'pages', 'share naming their topic'],
    ...noise.topics.map((t) => [t.topic, t.pages, round(t.onTopicShare)]),
    ['all', shuffled.length, round(noise.onTopicShare)],
  ]);
  process.stdout.write(`\nupper bound on B3 F1 (pages naming their topic clustered perfectly, the others singletons): ${round(noise.upperBound)}\n`);
  process.stdout.write(
    JSON.stringify({
      set: 't17', pages: shuffled.length, stories: piped.stories, b3Precision: round(pipedScore.precision), b3Recall: round(pipedScore.recall), b3F1: round(pipedScore.f1),
      pagesPerSecond: round(pagesPerSecond, 1), pagesPerSecond10x: round(pagesPerSecond10x, 1),
      pagesPerCpuSecond: round(pagesPerCpuSecond, 1), pagesPerCpuSecond10x: round(pagesPerCpuSecond10x, 1), peakRssMb: Math.round(peakRss / 2 ** 20),
      b3F1Batched: round(batchedScore.f1), pipelinePagesPerSecond: round(shuffled.length / piped.seconds, 1),
      oneStreamStories: once.stories, oneStreamB3F1: round(score.f1),
      onTopicShare: round(noise.onTopicShare), b3F1OnTopic: round(noise.f1OnTopic(piped.clusterOf)), oneStreamB3F1OnTopic: round(noise.f1OnTopic(once.clusterOf)), b3F1UpperBound: round(noise.upperBound),
    }) + '\n',
  );
}
