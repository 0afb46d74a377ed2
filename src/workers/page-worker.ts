// A worker thread of the page pool: loads the resources once, then processes each page it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeResources } from '../analyze/index.js';
import type { Page } from '../model.js';
import { loadResources, processPage, type Stage } from '../process-page.js';
import { useGazetteerData, type GazetteerData } from '../analyze/places/gazetteer.js';

useGazetteerData((workerData as { gazetteer: GazetteerData }).gazetteer);

let resources: AnalyzeResources | undefined;
parentPort!.on('message', (message: { id: number; page: Page }) => {
  const stages: Partial<Record<Stage, number>> = {};
  const clock = (stage: Stage, ms: number) => (stages[stage] = (stages[stage] ?? 0) + ms);
  if (!resources) {
    const start = performance.now();
    resources = loadResources((workerData as { actorTables?: string[] }).actorTables);
    clock('load', performance.now() - start);
  }
  parentPort!.postMessage({ id: message.id, result: processPage(message.page, resources, clock), stages });
});
