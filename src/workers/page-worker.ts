// A worker thread of the page pool: loads the resources once, then processes each page it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeResources } from '../analyze/index.js';
import type { Page } from '../model.js';
import { isPageError, loadResources, processPage, type Stage } from '../process-page.js';
import { pack } from '../store/compress.js';
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
  const result = processPage(message.page, resources, clock);
  // The raw page compressed here, as the store would on the main thread: that thread is the flow's narrowest.
  const packed = isPageError(result) ? undefined : pack(message.page.content);
  parentPort!.postMessage({ id: message.id, result, packed, stages });
});
