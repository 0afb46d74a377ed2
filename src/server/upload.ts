// Pages sent to the API go through the same steps as pages read from files: made into a Page
// (id = hash of the content), processed, stored, then the stories they join are updated.
import { setImmediate as yieldToReads } from 'node:timers/promises';
import type { PageError } from '../model.js';
import { makePage, sniffKind } from '../ingest/page.js';
import { processPage, updateStories } from '../pipeline.js';
import { loadGazetteer } from '../analyze/places/gazetteer.js';
import { loadActorTable } from '../analyze/entities/actors.js';
import type { AnalyzeResources } from '../analyze/index.js';
import type { Store } from '../store/store.js';

export interface UploadedPage {
  source?: string;
  url?: string;
  title?: string;
  published?: string;
  html?: string;
  text?: string;
}

export interface UploadReport {
  received: number;
  added: number;
  alreadyKnown: number;
  pageIds: string[];
  errors: PageError[];
  storiesTouched: string[];
}

let resources: AnalyzeResources | undefined;

/**
 * Analysing a page takes tens of milliseconds: the upload gives the event loop back after each
 * one, so reads keep being answered while a batch of pages is processed.
 */
export async function ingestUploaded(store: Store, pages: UploadedPage[]): Promise<UploadReport> {
  const report: UploadReport = { received: pages.length, added: 0, alreadyKnown: 0, pageIds: [], errors: [], storiesTouched: [] };
  const added: string[] = [];
  for (const [i, p] of pages.entries()) {
    if (i > 0) await yieldToReads();
    const source = p.source?.trim() || p.url || `upload#${i + 1}`;
    const body = p.html?.trim() ? p.html : p.text;
    if (!body?.trim()) {
      report.errors.push({ source, message: 'needs a non-empty "html" or "text" field' });
      continue;
    }
    const kind = p.html?.trim() ? 'html' : sniffKind(body);
    const page = makePage({ content: body, kind, source, encoding: 'utf-8', url: p.url, given: { title: p.title, published: p.published } });
    report.pageIds.push(page.id);
    if (store.hasPage(page.id) || added.includes(page.id)) {
      report.alreadyKnown++;
      continue;
    }
    resources ??= { gazetteer: loadGazetteer(), actors: loadActorTable() };
    const result = processPage(page, resources);
    if ('message' in result && !('pageId' in result)) {
      report.errors.push(result);
      store.recordError(result);
      continue;
    }
    store.addPage(page, result as Exclude<typeof result, PageError>);
    added.push(page.id);
    report.added++;
  }
  if (added.length) report.storiesTouched = updateStories(store, added);
  return report;
}
