// Worker threads for the per-page work (processPage): pages go to whichever thread is least busy, and
// each result comes back as a promise the ingest awaits in input order, so what is stored does not
// depend on how many threads there are. A thread that dies (a page that exhausts its memory) is
// replaced, and the pages it held are reported as errors: one bad page does not stop an ingest.
import { Worker } from 'node:worker_threads';
import type { AnalyzedArticle, Page, PageError } from '../model.js';
import type { Stage, StageClock } from '../process-page.js';
import { gazetteerData } from '../analyze/places/gazetteer.js';

/** The worker's own file: .ts when the program runs from its sources (tests, benches), .js when built. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./page-worker${FROM_SOURCES ? '.ts' : '.js'}`, import.meta.url);
/**
 * A thread's heap: the gazetteer is shared memory outside it, so it holds one page's work at a time.
 * Bounded, so that threads collect their garbage instead of growing towards the machine's memory.
 */
const WORKER_HEAP_MB = 256;

/** A thread running the worker: from sources, through tsx's loader, which a thread does not inherit. */
function startWorker(workerData: unknown): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!FROM_SOURCES) return new Worker(WORKER_URL, { workerData, resourceLimits });
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** What a thread sends back for a page: its article (or error), and its raw content compressed as the store keeps it. */
export interface Processed {
  result: AnalyzedArticle | PageError;
  packed?: Buffer;
}

interface Job {
  source: string;
  worker: number;
  resolve: (processed: Processed) => void;
}

type Reply = { id: number; result: AnalyzedArticle | PageError; packed?: Uint8Array; stages: Partial<Record<Stage, number>> };

export class PagePool {
  private workers: Worker[] = [];
  private load: number[] = [];
  private jobs = new Map<number, Job>();
  private nextId = 0;
  private closing = false;

  constructor(size: number, private readonly options: { actorTables?: string[]; clock?: StageClock } = {}) {
    for (let i = 0; i < size; i++) {
      this.workers.push(this.start(i));
      this.load.push(0);
    }
  }

  private start(slot: number): Worker {
    // The gazetteer is built once, here, and read in place by every thread (its arrays are shared memory).
    const worker = startWorker({ actorTables: this.options.actorTables, gazetteer: gazetteerData() });
    worker.on('message', (m: Reply) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      this.jobs.delete(m.id);
      this.load[job.worker]--;
      for (const [stage, ms] of Object.entries(m.stages)) this.options.clock?.(stage as Stage, ms);
      job.resolve(m.packed ? { result: m.result, packed: Buffer.from(m.packed.buffer, m.packed.byteOffset, m.packed.byteLength) } : { result: m.result });
    });
    let failed = false;
    const lost = (why: string) => {
      if (this.closing || failed) return;
      failed = true;
      for (const [id, job] of this.jobs) {
        if (job.worker !== slot) continue;
        this.jobs.delete(id);
        job.resolve({ result: { source: job.source, message: `could not be processed: ${why}` } });
      }
      this.load[slot] = 0;
      this.workers[slot] = this.start(slot);
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`its thread stopped (exit code ${code})`));
    return worker;
  }

  /** The page's analysed article (or its error), processed by the least busy thread. */
  process(page: Page): Promise<Processed> {
    const worker = this.load.indexOf(Math.min(...this.load));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.jobs.set(id, { source: page.source, worker, resolve });
      this.load[worker]++;
      this.workers[worker].postMessage({ id, page });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
