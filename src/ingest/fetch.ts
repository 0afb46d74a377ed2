// A polite fetcher: robots.txt honoured, one host at a time with a pause between requests,
// timeouts, retries with backoff (Retry-After honoured), a size cap before and after decompression,
// a redirect limit, conditional requests, and no private, loopback or link-local addresses unless
// allowed: checked on every hop, on literal addresses and on what DNS answers at connect time.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { MAX_PAGE_BYTES } from './decode.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';

export const USER_AGENT = 'newsline/0.1 (+https://github.com/newsline/newsline; news timeline builder)';
/** The product token robots.txt groups are matched against. */
const ROBOTS_TOKEN = 'newsline';

export interface FetchOptions {
  userAgent?: string;
  /** Permit private, loopback and link-local addresses (tests, an intranet). Off by default. */
  allowPrivate?: boolean;
  /** Private addresses permitted one by one (a test server, one intranet host); the rest stay refused. */
  allowAddresses?: string[];
  /** Whole-request limit, headers and body: a slow server cannot hold a run. */
  timeoutMs?: number;
  /** Bytes kept of a body, on the wire and after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Further tries after a network failure, a timeout, a 429 or a 5xx. */
  retries?: number;
  /** First pause before a retry; doubled each time. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the URL fails instead. */
  maxRetryAfterMs?: number;
  /** Pause between the starts of two requests to one host (raised by the site's Crawl-delay). */
  hostDelayMs?: number;
  /** Requests in flight at once to one host. */
  hostConcurrency?: number;
  /** Honour robots.txt (on unless the user owns the site and says so). */
  robots?: boolean;
}

/** Defaults chosen to be gentle on news sites: one request per host per second, 20 s per request. */
const DEFAULTS: Required<Omit<FetchOptions, 'userAgent'>> = {
  allowPrivate: false,
  allowAddresses: [],
  timeoutMs: 20_000,
  maxBytes: MAX_PAGE_BYTES,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 120_000,
  hostDelayMs: 1_000,
  hostConcurrency: 1,
  robots: true,
};

export interface Fetched {
  ok: true;
  /** The URL asked for, and the one the body came from after redirects. */
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: Buffer;
  etag?: string;
  lastModified?: string;
}

export interface NotModified {
  ok: false;
  notModified: true;
  url: string;
}

export interface FetchFailure {
  ok: false;
  notModified?: false;
  url: string;
  reason: string;
  status?: number;
}

export type FetchOutcome = Fetched | NotModified | FetchFailure;

export interface Conditional {
  etag?: string;
  lastModified?: string;
}

/** Addresses no fetch of a public page should reach (RFC 6890 special-purpose ranges). */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) PRIVATE.addSubnet(net, bits, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(bare);
  if (family === 4) return PRIVATE.check(bare, 'ipv4');
  if (family === 6) return PRIVATE.check(bare, 'ipv6');
  return false;
}

class RefusedError extends Error {}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** DNS lookup that refuses private answers at connect time, so a rebinding name cannot slip past a check. */
function guardedLookup(refused: (address: string) => boolean) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    dnsLookup(hostname, { family: options.family ?? 0, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => refused(a.address));
      if (bad) return callback(new RefusedError(`${hostname} resolves to a private address (${bad.address}); use --allow-private to permit`), []);
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One host's turn-taking: at most n requests in flight and a pause between their starts. */
class HostGate {
  private active = 0;
  private waiters: (() => void)[] = [];
  private nextStart = 0;
  constructor(private concurrency: number, public delayMs: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.active >= this.concurrency) await new Promise<void>((r) => this.waiters.push(r));
    this.active++;
    const now = Date.now();
    const wait = this.nextStart - now;
    this.nextStart = Math.max(now, this.nextStart) + this.delayMs;
    try {
      if (wait > 0) await sleep(wait);
      return await task();
    } finally {
      this.active--;
      this.waiters.shift()?.();
    }
  }

  /** The site asked us to wait (Retry-After): nobody starts before then. */
  holdUntil(time: number): void {
    this.nextStart = Math.max(this.nextStart, time);
  }
}

interface RawResponse {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

function decompressor(encoding: string | undefined): Transform | undefined {
  const e = (encoding ?? '').toLowerCase().trim();
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'deflate') return createInflate();
  if (e === 'br') return createBrotliDecompress();
  return undefined;
}

function headerValue(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? h[0] : h;
}

export class Fetcher {
  private options: Required<Omit<FetchOptions, 'userAgent'>> & { userAgent: string };
  private gates = new Map<string, HostGate>();
  private robots = new Map<string, Promise<RobotsRules>>();

  constructor(options: FetchOptions = {}) {
    this.options = { ...DEFAULTS, userAgent: USER_AGENT, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  }

  private refuses(address: string): boolean {
    const bare = address.replace(/^\[|\]$/g, '');
    return !this.options.allowPrivate && isPrivateAddress(bare) && !this.options.allowAddresses.includes(bare);
  }

  private gate(host: string): HostGate {
    let gate = this.gates.get(host);
    if (!gate) {
      gate = new HostGate(this.options.hostConcurrency, this.options.hostDelayMs);
      this.gates.set(host, gate);
    }
    return gate;
  }

  /** One request, no redirects followed: the body streamed through decompression under the size cap. */
  private once(url: URL, headers: Record<string, string>): Promise<RawResponse> {
    const { timeoutMs, maxBytes } = this.options;
    return new Promise((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(url, { method: 'GET', headers, lookup: guardedLookup((a) => this.refuses(a)) as never, timeout: timeoutMs });
      const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      const fail = (err: Error) => {
        clearTimeout(timer);
        reject(err);
      };
      req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
      req.on('error', fail);
      req.on('response', (res) => {
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > maxBytes) {
          res.destroy();
          req.destroy();
          return fail(new Error(`too large: ${declared} bytes (limit ${maxBytes})`));
        }
        const status = res.statusCode ?? 0;
        const isBodyWanted = status >= 200 && status < 300;
        const unzip = isBodyWanted ? decompressor(headerValue(res.headers['content-encoding'])) : undefined;
        const stream = unzip ? res.pipe(unzip) : res;
        const chunks: Buffer[] = [];
        let wire = 0;
        let size = 0;
        res.on('data', (c: Buffer) => {
          wire += c.length;
          if (wire > maxBytes) {
            req.destroy(new Error(`too large: over ${maxBytes} bytes`));
            unzip?.destroy();
          }
        });
        stream.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            const err = new Error(unzip ? `too large after decompression: over ${maxBytes} bytes (a compression bomb?)` : `too large: over ${maxBytes} bytes`);
            unzip?.destroy();
            req.destroy(err);
            fail(err);
            return;
          }
          if (isBodyWanted) chunks.push(c);
        });
        stream.on('error', (err: Error) => {
          req.destroy();
          fail(err);
        });
        res.on('error', fail);
        stream.on('end', () => {
          clearTimeout(timer);
          resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
        });
      });
      req.end();
    });
  }

  private async rulesFor(origin: URL): Promise<RobotsRules> {
    if (!this.options.robots) return ALLOW_ALL;
    const key = origin.origin;
    let rules = this.robots.get(key);
    if (!rules) {
      rules = (async () => {
        const outcome = await this.get(new URL('/robots.txt', origin), {}, true);
        if (outcome.ok) {
          const delay = parseRobots(outcome.body.toString('utf8'), ROBOTS_TOKEN);
          return delay;
        }
        if (outcome.notModified) return ALLOW_ALL;
        // A missing robots.txt allows all; a server error or no answer means keep out (RFC 9309 2.3.1).
        return outcome.status !== undefined && outcome.status >= 400 && outcome.status < 500 ? ALLOW_ALL : DISALLOW_ALL;
      })();
      this.robots.set(key, rules);
    }
    const resolved = await rules;
    if (resolved.crawlDelay !== undefined) {
      const gate = this.gate(origin.host);
      gate.delayMs = Math.max(gate.delayMs, Math.min(resolved.crawlDelay * 1000, this.options.maxRetryAfterMs));
    }
    return resolved;
  }

  /** Fetches a URL: redirects followed (each hop checked), retries as the site allows. */
  async fetch(raw: string, conditional: Conditional = {}): Promise<FetchOutcome> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, url: raw, reason: `not a valid URL: ${raw}` };
    }
    return this.get(url, conditional, false).then((o) => ({ ...o, url: raw }));
  }

  private async get(start: URL, conditional: Conditional, isRobots: boolean): Promise<FetchOutcome> {
    const seen = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      const href = url.href;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, url: href, reason: `not an http(s) URL: ${href}` };
      if (seen.has(href)) return { ok: false, url: href, reason: `redirect loop at ${href}` };
      seen.add(href);
      if (hop > this.options.maxRedirects) return { ok: false, url: href, reason: `more than ${this.options.maxRedirects} redirects` };
      if (this.refuses(url.hostname)) {
        return { ok: false, url: href, reason: `refused: ${url.hostname} is a private, loopback or link-local address (use --allow-private to permit)` };
      }
      if (!isRobots && !(await this.rulesFor(url)).allows(url.pathname + url.search)) {
        return { ok: false, url: href, reason: `robots.txt of ${url.host} disallows ${url.pathname}` };
      }
      const response = await this.withRetries(url, hop === 0 ? conditional : {});
      if ('reason' in response) return { ok: false, url: href, reason: response.reason, status: response.status };
      const { status, headers } = response;
      if (status === 304) return { ok: false, notModified: true, url: href };
      if ([301, 302, 303, 307, 308].includes(status)) {
        const location = headerValue(headers.location);
        if (!location) return { ok: false, url: href, reason: `redirect ${status} without a Location`, status };
        url = new URL(location, url);
        continue;
      }
      if (status < 200 || status >= 300) return { ok: false, url: href, reason: `HTTP ${status}`, status };
      const fetched: Fetched = { ok: true, url: start.href, finalUrl: href, status, contentType: headerValue(headers['content-type']) ?? '', body: response.body };
      const etag = headerValue(headers.etag);
      const lastModified = headerValue(headers['last-modified']);
      if (etag) fetched.etag = etag;
      if (lastModified) fetched.lastModified = lastModified;
      return fetched;
    }
  }

  private async withRetries(url: URL, conditional: Conditional): Promise<RawResponse | { reason: string; status?: number }> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/json;q=0.8,*/*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (conditional.etag) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
    const gate = this.gate(url.host);
    let lastReason = '';
    let lastStatus: number | undefined;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      let pause = this.options.backoffMs * 2 ** attempt;
      try {
        const response = await gate.run(() => this.once(url, headers));
        if (response.status !== 429 && response.status < 500) return response;
        lastStatus = response.status;
        lastReason = `HTTP ${response.status}`;
        const asked = retryAfterMs(headerValue(response.headers['retry-after']));
        if (asked !== undefined) {
          if (asked > this.options.maxRetryAfterMs) return { reason: `HTTP ${response.status}: the site asks to wait ${Math.round(asked / 1000)} s`, status: response.status };
          pause = Math.max(pause, asked);
          gate.holdUntil(Date.now() + asked);
        }
      } catch (err) {
        if (err instanceof RefusedError || /too large|refused/i.test((err as Error).message)) return { reason: (err as Error).message };
        lastReason = (err as Error).message;
      }
      if (attempt < this.options.retries) await sleep(pause);
    }
    return { reason: lastReason, status: lastStatus };
  }
}
