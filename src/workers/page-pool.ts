// Worker threads for the per-page work (processPage): pages go to whichever thread is free, and each
// result comes back as a promise the ingest awaits in input order, so what is stored does not depend on
// how many threads there are.
import { Worker } from 'node:worker_threads';
import type { AnalyzedArticle, Page, PageError } from '../model.js';
import type { Stage, StageClock } from '../process-page.js';

interface Job {
  resolve: (result: AnalyzedArticle | PageError) => void;
  reject: (err: Error) => void;
}

/** The worker's own file: .ts when the program runs from its sources (tests, benches), .js when built. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./page-worker${FROM_SOURCES ? '.ts' : '.js'}`, import.meta.url);

/** A thread running the worker: from sources, through tsx's loader, which a thread does not inherit. */
function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCES) return new Worker(WORKER_URL, { workerData });
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

export class PagePool {
  private workers: Worker[] = [];
  private load: number[] = [];
  private jobs = new Map<number, Job & { worker: number }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, options: { actorTables?: string[]; clock?: StageClock } = {}) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker({ actorTables: options.actorTables });
      worker.on('message', (m: { id: number; result: AnalyzedArticle | PageError; stages: Partial<Record<Stage, number>> }) => {
        const job = this.jobs.get(m.id);
        if (!job) return;
        this.jobs.delete(m.id);
        this.load[job.worker]--;
        for (const [stage, ms] of Object.entries(m.stages)) options.clock?.(stage as Stage, ms);
        job.resolve(m.result);
      });
      worker.on('error', (err) => this.fail(new Error(`a page worker failed: ${err.message}`)));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a page worker stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  /** The page's analysed article (or its error), processed by the least busy thread. */
  process(page: Page): Promise<AnalyzedArticle | PageError> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.load.indexOf(Math.min(...this.load));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject, worker });
      this.load[worker]++;
      this.workers[worker].postMessage({ id, page });
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const job of this.jobs.values()) job.reject(err);
    this.jobs.clear();
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the page pool is closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
