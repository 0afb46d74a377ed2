// One page's own work, which depends on nothing but the page: extract, analyze, read its sentences as
// events. The ingest runs it on the main thread or in worker threads (workers/page-pool.ts); the rest
// of the flow (copies, stories, events) follows in input order on the main thread.
import type { AnalyzedArticle, Page, PageError } from './model.js';
import { extractPage } from './extract/index.js';
import { analyzeArticle, type AnalyzeResources } from './analyze/index.js';
import { loadGazetteer } from './analyze/places/gazetteer.js';
import { loadActorTable } from './analyze/entities/actors.js';
import { withVerdicts } from './events/verdicts.js';

/** Where an ingest's time goes, stage by stage: told each stage's milliseconds as they pass (for `bench flow`). */
export type StageClock = (stage: Stage, ms: number) => void;
export type Stage = 'load' | 'read' | 'extract' | 'analyze' | 'dedupe' | 'write' | 'stories' | 'consolidate' | 'wait';

/** Runs `work`, telling the clock (when there is one) how long it took. */
export function timed<T>(clock: StageClock | undefined, stage: Stage, work: () => T): T {
  if (!clock) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    clock(stage, performance.now() - start);
  }
}

/** The gazetteer and the actor table (with any extra alias tables): loaded once per thread. */
export function loadResources(actorTables?: string[]): AnalyzeResources {
  return { gazetteer: loadGazetteer(), actors: loadActorTable(actorTables) };
}

/** Turns one page into an analysed article; any failure becomes an error value naming the page. */
export function processPage(page: Page, resources: AnalyzeResources, clock?: StageClock): AnalyzedArticle | PageError {
  try {
    const extracted = timed(clock, 'extract', () => extractPage(page));
    return timed(clock, 'analyze', () => withVerdicts(analyzeArticle(extracted, resources)));
  } catch (err) {
    return { source: page.source, message: `could not be processed: ${(err as Error).message}` };
  }
}

export function isPageError(x: AnalyzedArticle | PageError): x is PageError {
  return (x as PageError).message !== undefined && (x as AnalyzedArticle).pageId === undefined;
}
