// News feeds and sitemaps: RSS 0.9x/1.0/2.0, Atom, JSON Feed 1.x, sitemaps, sitemap indexes and
// Google News sitemaps, each read into the same list of links to articles.
import { parseDocument } from 'htmlparser2';
import type { Element, ChildNode } from 'domhandler';
import { z } from 'zod';

export interface FeedItem {
  url: string;
  title?: string;
  published?: string;
}

export type FeedKind = 'rss' | 'atom' | 'json' | 'sitemap' | 'sitemapindex';

export interface Feed {
  kind: FeedKind;
  title?: string;
  items: FeedItem[];
  /** For a sitemap index: the sitemaps it lists, to be read in turn. */
  sitemaps: string[];
}

function isElement(n: ChildNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** The local name of an element (prefixes differ between feeds: atom:link, dc:date, news:title). */
function local(el: Element): string {
  return el.name.toLowerCase().replace(/^.*:/, '');
}

function kids(el: Element, name?: string): Element[] {
  return el.children.filter(isElement).filter((c) => !name || local(c) === name);
}

function descendants(node: { children: ChildNode[] }, name: string, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (!isElement(c)) continue;
    if (local(c) === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

function text(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const walk = (n: ChildNode) => {
    if (n.type === 'text' || n.type === 'cdata') {
      if (n.type === 'text') parts.push(n.data);
      else n.children.forEach(walk);
    } else if (isElement(n)) n.children.forEach(walk);
  };
  el.children.forEach(walk);
  const value = decodeEntities(parts.join('')).trim();
  return value || undefined;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function first(el: Element, ...names: string[]): Element | undefined {
  for (const name of names) {
    const found = kids(el, name)[0];
    if (found) return found;
  }
  return undefined;
}

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return undefined;
  }
}

function item(url: string | undefined, title: string | undefined, published: string | undefined): FeedItem | undefined {
  if (!url || !/^https?:/i.test(url)) return undefined;
  const out: FeedItem = { url };
  if (title) out.title = title;
  if (published) out.published = published;
  return out;
}

const rssItem = (el: Element, base?: string) => {
  const guid = first(el, 'guid');
  const guidUrl = guid && guid.attribs.ispermalink !== 'false' ? text(guid) : undefined;
  return item(absolute(text(first(el, 'link')) ?? guidUrl, base), text(first(el, 'title')), text(first(el, 'pubdate', 'date', 'published')));
};

const atomItem = (el: Element, base?: string) => {
  const links = kids(el, 'link');
  const link = links.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate') ?? links[0];
  return item(absolute(link?.attribs.href, base), text(first(el, 'title')), text(first(el, 'published', 'updated')));
};

const sitemapItem = (el: Element, base?: string) => {
  const news = first(el, 'news');
  return item(absolute(text(first(el, 'loc')), base), news ? text(first(news, 'title')) : undefined, (news ? text(first(news, 'publication_date')) : undefined) ?? text(first(el, 'lastmod')));
};

const JsonFeed = z.object({
  version: z.string().optional(),
  title: z.string().optional(),
  items: z.array(z.object({ id: z.unknown().optional(), url: z.string().optional(), external_url: z.string().optional(), title: z.string().optional(), date_published: z.string().optional() })),
});

/** Reads a feed or sitemap; undefined when the text is none of them (an HTML page, say). */
export function parseFeed(content: string, base?: string): Feed | undefined {
  const trimmed = content.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) {
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch {
      return undefined;
    }
    const parsed = JsonFeed.safeParse(raw);
    if (!parsed.success) return undefined;
    const items = parsed.data.items.map((i) => item(absolute(i.url ?? i.external_url, base), i.title, i.date_published)).filter((i): i is FeedItem => !!i);
    return { kind: 'json', title: parsed.data.title, items, sitemaps: [] };
  }
  if (!trimmed.startsWith('<')) return undefined;
  const doc = parseDocument(trimmed, { xmlMode: true });
  const root = doc.children.filter(isElement)[0];
  if (!root) return undefined;
  const kind = local(root);
  const clean = (xs: (FeedItem | undefined)[]) => xs.filter((i): i is FeedItem => !!i);
  if (kind === 'rss' || kind === 'rdf') {
    const channel = descendants(root, 'channel')[0];
    return { kind: 'rss', title: channel ? text(first(channel, 'title')) : undefined, items: clean(descendants(root, 'item').map((e) => rssItem(e, base))), sitemaps: [] };
  }
  if (kind === 'feed') return { kind: 'atom', title: text(first(root, 'title')), items: clean(kids(root, 'entry').map((e) => atomItem(e, base))), sitemaps: [] };
  if (kind === 'urlset') return { kind: 'sitemap', items: clean(kids(root, 'url').map((e) => sitemapItem(e, base))), sitemaps: [] };
  if (kind === 'sitemapindex') {
    const sitemaps = kids(root, 'sitemap').map((s) => absolute(text(first(s, 'loc')), base)).filter((u): u is string => !!u);
    return { kind: 'sitemapindex', items: [], sitemaps };
  }
  return undefined;
}

/** Feeds an HTML page points to with <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">. */
export function discoverFeeds(html: string, base: string): string[] {
  const out: string[] = [];
  for (const tag of html.slice(0, 128 * 1024).match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?alternate/i.test(tag)) continue;
    if (!/\btype\s*=\s*["']?application\/(rss\+xml|atom\+xml|feed\+json|json)/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    const url = absolute(href?.replace(/&amp;/g, '&'), base);
    if (url) out.push(url);
  }
  return out;
}
