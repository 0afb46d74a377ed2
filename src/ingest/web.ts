// Pages from the web: URLs fetched politely, feeds and sitemaps expanded into the articles they list.
import iconv from 'iconv-lite';
import { decodeBytes, DecodeError } from './decode.js';
import { discoverFeeds, parseFeed } from './feed.js';
import type { Fetched, Fetcher } from './fetch.js';
import { makePage, sniffKind } from './page.js';
import { hostMatches, normalizeUrl, urlHost } from './url.js';
import type { KeyedItem } from './warc.js';
import type { FetchState } from '../store/store.js';

/** URLs fetched at once (the fetcher still keeps to one request at a time per host). */
const DEFAULT_PARALLEL = 8;
/** Sitemap indexes nest; deeper than this is a loop or a trap. */
const MAX_FEED_DEPTH = 3;

/** What the web source needs to remember between runs: known URLs and their validators. */
export interface UrlMemory {
  pageForUrl(url: string): string | undefined;
  fetchState(url: string): FetchState | undefined;
  saveFetchState(url: string, state: FetchState): void;
}

export interface WebOptions {
  fetcher: Fetcher;
  memory?: UrlMemory;
  parallel?: number;
  /** Keep only articles on these hosts (feeds may link anywhere). */
  hosts?: string[];
  /** Told of each feed read, with how many items it listed and how many were new. */
  onFeed?: (feed: { url: string; items: number; fresh: number }) => void;
}

const FEED_TYPES = /(rss|atom|xml|feed\+json|application\/json)/i;
const HTML_TYPES = /(text\/html|application\/xhtml\+xml)/i;

function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
}

/** Decodes a fetched body: a charset in the HTTP header wins over one in the page (as browsers do). */
export function bodyText(fetched: Fetched): { text: string; encoding: string } {
  const kind = HTML_TYPES.test(fetched.contentType) ? 'html' : 'text';
  const charset = charsetOf(fetched.contentType);
  if (charset && iconv.encodingExists(charset)) {
    const text = iconv.decode(fetched.body, charset).replace(/^\uFEFF/, '');
    // Re-encoded with a byte-order mark so the decoder takes it as UTF-8 whatever the page declares.
    const decoded = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), kind);
    return { text: decoded.text, encoding: charset.toLowerCase() };
  }
  return decodeBytes(fetched.body, kind);
}

function asPage(fetched: Fetched): KeyedItem {
  try {
    const { text, encoding } = bodyText(fetched);
    const kind = HTML_TYPES.test(fetched.contentType) ? 'html' : sniffKind(text);
    const aliases = fetched.url !== fetched.finalUrl ? [fetched.url] : [];
    return { page: makePage({ content: text, kind, source: fetched.finalUrl, encoding, url: fetched.finalUrl }), aliases };
  } catch (err) {
    if (err instanceof DecodeError) return { error: { source: fetched.url, message: err.message } };
    throw err;
  }
}

/** Fetches a list of URLs; a feed or sitemap among them yields the articles it lists that are not yet known. */
export async function* readUrls(urls: string[], options: WebOptions): AsyncGenerator<KeyedItem> {
  yield* readLevel(urls, options, 0, new Set());
}

async function* readLevel(urls: string[], options: WebOptions, depth: number, visited: Set<string>): AsyncGenerator<KeyedItem> {
  const parallel = options.parallel ?? DEFAULT_PARALLEL;
  const todo = urls.filter((u) => {
    const key = normalizeUrl(u);
    if (visited.has(key)) return false;
    visited.add(key);
    return true;
  });
  for (let i = 0; i < todo.length; i += parallel) {
    const window = todo.slice(i, i + parallel);
    const outcomes = await Promise.all(window.map((url) => options.fetcher.fetch(url, options.memory?.fetchState(normalizeUrl(url)) ?? {})));
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        if (outcome.notModified) yield { skipped: { source: outcome.url, reason: 'not modified since the last fetch' } };
        else yield { error: { source: outcome.url, message: outcome.reason } };
        continue;
      }
      const state: FetchState = {};
      if (outcome.etag) state.etag = outcome.etag;
      if (outcome.lastModified) state.lastModified = outcome.lastModified;
      const isHtml = HTML_TYPES.test(outcome.contentType);
      const feed = !isHtml || FEED_TYPES.test(outcome.contentType) ? parseFeed(outcome.body.toString('utf8'), outcome.finalUrl) : undefined;
      if (feed) {
        // A feed's validators are kept so the next poll costs a 304; its items are never stored as pages.
        if (state.etag || state.lastModified) options.memory?.saveFetchState(normalizeUrl(outcome.url), state);
        if (depth >= MAX_FEED_DEPTH) {
          yield { error: { source: outcome.url, message: `feeds nested deeper than ${MAX_FEED_DEPTH}` } };
          continue;
        }
        const links = feed.items
          .map((it) => it.url)
          .filter((u) => !options.hosts?.length || options.hosts.some((h) => hostMatches(urlHost(u), h)));
        const fresh = links.filter((u) => !options.memory?.pageForUrl(normalizeUrl(u)));
        options.onFeed?.({ url: outcome.url, items: links.length, fresh: fresh.length });
        yield* readLevel([...feed.sitemaps, ...fresh], options, depth + 1, visited);
        continue;
      }
      if (state.etag || state.lastModified) options.memory?.saveFetchState(normalizeUrl(outcome.url), state);
      yield asPage(outcome);
    }
  }
}

/** The feeds to follow for a URL the user gave: itself if it is a feed, else those its page announces. */
export async function resolveFeeds(url: string, fetcher: Fetcher): Promise<string[]> {
  const outcome = await fetcher.fetch(url);
  if (!outcome.ok) return [url];
  const body = outcome.body.toString('utf8');
  if (parseFeed(body, outcome.finalUrl)) return [url];
  const found = discoverFeeds(body, outcome.finalUrl);
  return found.length ? found : [url];
}
