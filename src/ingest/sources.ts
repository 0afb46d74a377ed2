// Everything `ingest` can be given, as one stream of items: files and folders, WARC archives, URLs,
// URL lists, feeds and sitemaps.
import { readFileSync } from 'node:fs';
import { listFiles, readFile } from './files.js';
import { Fetcher, type FetchOptions } from './fetch.js';
import { isHttpUrl } from './url.js';
import { filterSignature, isDoneUnder, isWarcFile, readWarc, type KeyedItem, type WarcFilter } from './warc.js';
import { readUrls, type UrlMemory } from './web.js';

export interface SourceOptions extends WarcFilter {
  fetch?: FetchOptions;
  /** Files with one URL per line ('#' starts a comment). */
  urlLists?: string[];
  memory?: UrlMemory & { ingestOutcome(key: string): string | undefined };
  /** Pass over WARC records the ingest log already holds, before decoding them. */
  resume?: boolean;
}

export interface Sources {
  files: string[];
  warcs: string[];
  urls: string[];
  missing: string[];
}

/** Sorts what the user named into files, archives and URLs. */
export function classifySources(args: string[], urlLists: string[] = []): Sources {
  const urls = args.filter(isHttpUrl);
  for (const list of urlLists) {
    for (const line of readFileSync(list, 'utf8').split(/\r?\n/)) {
      const url = line.replace(/#.*$/, '').trim();
      if (url && isHttpUrl(url)) urls.push(url);
    }
  }
  const { files, missing } = listFiles(args.filter((a) => !isHttpUrl(a)));
  return { files: files.filter((f) => !isWarcFile(f)), warcs: files.filter(isWarcFile), urls, missing };
}

export function needsPageIngest(sources: Sources): boolean {
  return sources.warcs.length > 0 || sources.urls.length > 0;
}

/** Files first, then archives one after another, then the web. */
export async function* readSources(sources: Sources, options: SourceOptions = {}): AsyncGenerator<KeyedItem> {
  for (const path of sources.missing) yield { error: { source: path, message: 'no such file or folder' } };
  for (const file of sources.files) yield* readFile(file);
  for (const warc of sources.warcs) {
    const signature = filterSignature(options);
    yield* readWarc(warc, { ...options, isDone: options.resume && options.memory ? (k) => isDoneUnder(options.memory!.ingestOutcome(k), signature) : undefined });
  }
  if (sources.urls.length) yield* readUrls(sources.urls, { fetcher: new Fetcher(options.fetch), memory: options.memory, hosts: options.hosts });
}
