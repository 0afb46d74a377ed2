// npm run bench -- seeds [--data <dir>]: the whole flow on a folder of pages with a gold.json in the seeds' format.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ingestPaths, storyBundle } from '../src/pipeline.js';
import { openStore } from '../src/store/sqlite.js';
import type { AnalyzedArticle, Event, LeftOutSentence } from '../src/model.js';
import { dataDir, printTable, type BenchArgs } from './args.js';
import { badDates, checkActors, checkDocuments, checkEvents, checkPlaces, pinsOutside, readGold, type RunResult } from './seeds-score.js';
import { checkExamples, notActual, readExpected } from './examples-check.js';

/** Runs ingest on a folder into a throw-away database and collects what the scorer needs. */
export async function runFlow(dir: string): Promise<RunResult & { seconds: number; errors: number; leftOut: LeftOutSentence[] }> {
  const tmp = mkdtempSync(join(tmpdir(), 'newsline-seeds-'));
  const store = openStore(join(tmp, 'seeds.db'));
  try {
    const started = process.hrtime.bigint();
    const report = await ingestPaths(store, [dir]);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const articles = new Map<string, AnalyzedArticle>();
    const storyOf = new Map<string, string>();
    const timelines = new Map<string, Event[]>();
    const places = new Map<string, { lat: number; lon: number; name: string }>();
    const leftOut: LeftOutSentence[] = [];
    for (const story of store.stories()) {
      for (const pageId of story.pageIds) {
        const page = store.page(pageId)!;
        const article = store.article(pageId)!;
        articles.set(basename(page.source), article);
        storyOf.set(pageId, story.id);
        for (const p of article.places) places.set(p.id, p);
      }
      const bundle = storyBundle(store, story.id)!;
      timelines.set(story.id, bundle.timeline.entries);
      leftOut.push(...(bundle.leftOut ?? []));
    }
    return { articles, storyOf, timelines, places, seconds, errors: report.errors.length, leftOut };
  } finally {
    store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'seeds');
  const gold = readGold(join(dir, 'gold.json'));
  const result = await runFlow(dir);
  const docs = checkDocuments(result, gold);
  const places = checkPlaces(result, gold);
  const actors = checkActors(result, gold);
  const events = checkEvents(result, gold);
  const bad = badDates(result);
  const sum = (f: (d: (typeof docs)[number]) => number) => docs.reduce((s, d) => s + f(d), 0);

  process.stdout.write(`seeds: ${dir}  (${docs.length} pages, whole flow in ${result.seconds.toFixed(2)} s, ${result.errors} error(s))\n\n`);
  printTable([
    ['page', 'body kept', 'drop removed', 'title', 'published'],
    ...docs.map((d) => [
      d.file,
      `${d.bodyFound}/${d.bodyTotal}${d.lostBodyLines.length ? ` lost ${d.lostBodyLines.join(',')}` : ''}`,
      `${d.dropRemoved}/${d.dropTotal}${d.keptDropLines.length ? ` kept ${d.keptDropLines.join(',')}` : ''}`,
      d.titleRight ? 'right' : `WRONG: ${d.title}`,
      `${d.dateRight ? 'right' : 'WRONG'} (${d.published ?? 'none'})`,
    ]),
  ]);
  process.stdout.write('\n');
  printTable([
    ['entity', 'spellings resolved', 'resolved to', 'verdict'],
    ...[...places, ...actors].map((c) => [c.name, `${c.spellingsResolved}/${c.spellingsFound}`, c.entities.join(' ') || '-', c.ok ? 'ok' : `NO ${c.detail}`]),
  ]);
  process.stdout.write('\n');
  printTable([
    ['gold event', 'source', 'timeline date', 'found'],
    ...events.map((e) => [`${e.event.date} ${e.event.fact.slice(0, 60)}…`, e.event.source, e.entryDate ?? '-', e.found ? 'yes' : 'NO']),
  ]);
  for (const e of bad) process.stdout.write(`bad date: ${e.date} ${e.text.slice(0, 80)}\n`);
  const outside = pinsOutside(result, gold);
  process.stdout.write('\n');
  if (outside.length > 0) printTable([['pin outside the story\'s countries', 'page', 'sentence naming it'], ...outside.map((p) => [p.place, p.page, p.sentence.slice(0, 120)])]);
  const stories = new Set(result.storyOf.values()).size;
  const figures = {
    bodyLineRecall: Number((sum((d) => d.bodyFound) / sum((d) => d.bodyTotal)).toFixed(4)),
    dropLinePrecision: Number((sum((d) => d.dropRemoved) / sum((d) => d.dropTotal)).toFixed(4)),
    titlesRight: docs.filter((d) => d.titleRight).length,
    datesRight: docs.filter((d) => d.dateRight).length,
    stories,
    placeResolved: places.filter((p) => p.ok).length,
    actorsMerged: actors.filter((a) => a.ok).length,
    goldEventsFound: events.filter((e) => e.found).length,
    badDates: bad.length,
    pages: docs.length,
    goldPlaces: places.length,
    goldActors: actors.length,
    goldEvents: events.length,
    seconds: Number(result.seconds.toFixed(3)),
    pinsOutside: outside.map((p) => `${p.place} [${p.page}]: ${p.sentence}`),
  };
  process.stdout.write(
    `\nbody line recall ${figures.bodyLineRecall}, drop line precision ${figures.dropLinePrecision}, titles ${figures.titlesRight}/${docs.length}, ` +
      `dates ${figures.datesRight}/${docs.length}, stories ${stories}, places ${figures.placeResolved}/${places.length}, ` +
      `actors ${figures.actorsMerged}/${actors.length}, events ${figures.goldEventsFound}/${events.length}, bad dates ${bad.length}\n`,
  );
  const examples = await examplesFigures();
  // Every page that reports a gold event: the seeds' gold names one page per event, so there it is the
  // event found; examples/expected.json names every page, so there the entry must carry them all.
  const goldEventsComplete = figures.goldEventsFound + examples.examplesEventsComplete;
  process.stdout.write(JSON.stringify({ ...figures, ...examples, goldEventsComplete, goldEventsAll: events.length + examples.examplesEvents }) + '\n');
}

/** The same flow over our own examples/ against examples/expected.json: events, their pages and disagreements. */
async function examplesFigures(): Promise<Record<string, number>> {
  const dir = resolve('examples');
  const expected = readExpected(join(dir, 'expected.json'));
  const run = await runFlow(dir);
  const pageOf = new Map([...run.articles].map(([name, a]) => [name, a.pageId]));
  const checks = checkExamples(expected, [...run.timelines.values()].flat(), pageOf);
  process.stdout.write(`\nexamples: ${dir}  (${run.articles.size} pages)\n\n`);
  printTable([
    ['expected event', 'entry date', 'found', 'pages missing', 'disagreement'],
    ...checks.map((c) => [
      `${c.event.date} ${c.event.fact.slice(0, 50)}`,
      c.entry ? `${c.entry.date}${c.entry.dateFromPublication ? ' (page date)' : ''}` : '-',
      c.found ? 'yes' : 'NO',
      c.missing.join(' ') || '-',
      c.disagreementFound === undefined ? '' : c.disagreementFound ? `found (${Object.values(c.event.disagreement!.values).join(' vs ')})` : 'NOT FOUND',
    ]),
  ]);
  const left = notActual(run.leftOut);
  process.stdout.write(`\nsentences of the examples left out as not actual (${left.length}), for a reader to judge:\n\n`);
  printTable([['reason', 'cue', 'page', 'sentence'], ...left.map((l) => [l.reason, l.cue ?? '', basename(l.ref.source), l.ref.text.slice(0, 110)])]);
  const entries = [...run.timelines.values()].flat();
  const disagreements = checks.filter((c) => c.disagreementFound !== undefined);
  return {
    examplesEventsFound: checks.filter((c) => c.found).length,
    examplesEventsComplete: checks.filter((c) => c.complete).length,
    examplesEvents: checks.length,
    examplesDisagreementsFound: disagreements.filter((c) => c.disagreementFound).length,
    examplesDisagreements: disagreements.length,
    examplesEntries: entries.length,
    examplesPublicationDated: entries.filter((e) => e.dateFromPublication).length,
    examplesLeftOutNotActual: left.length,
  };
}
