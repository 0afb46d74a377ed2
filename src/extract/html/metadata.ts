// Page metadata from the head and the markup: title, site, author, language, canonical URL.
// Each value keeps the evidence it was read from; the first rule that finds a value wins.
import type { Evidence } from '../../model.js';
import { cleanTitle } from '../title.js';
import { normaliseSpace } from './blocks.js';

export interface Doc {
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  documentElement: El | null;
}
export interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** The attributes that name a meta tag, in the order they are believed. */
const META_NAME_ATTRIBUTES = ['property', 'name', 'itemprop'];

/**
 * For each naming attribute and lower-cased name, the content of the first meta tag in page order
 * that has some: read once per page, since the rules ask for a few dozen names.
 */
const metaIndexes = new WeakMap<Doc, Map<string, string>[]>();

function metaIndex(doc: Doc): Map<string, string>[] {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = META_NAME_ATTRIBUTES.map((attr) => {
    const byName = new Map<string, string>();
    const all = doc.querySelectorAll(`meta[${attr}]`);
    for (let i = 0; i < all.length; i++) {
      const el = all[i];
      const key = (el.getAttribute(attr) ?? '').toLowerCase();
      if (byName.has(key)) continue;
      const content = el.getAttribute('content');
      if (content && content.trim()) byName.set(key, content.trim());
    }
    return byName;
  });
  metaIndexes.set(doc, index);
  return index;
}

export function meta(doc: Doc, names: string[]): { value: string; name: string } | null {
  const index = metaIndex(doc);
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const byName of index) {
      const value = byName.get(lower);
      if (value !== undefined) return { value, name };
    }
  }
  return null;
}

/** Every JSON-LD object of the page, @graph arrays flattened. Broken JSON is passed over. */
export function jsonLdObjects(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      out.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing; other evidence remains.
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog/i;

export function articleObject(objects: Record<string, unknown>[]): Record<string, unknown> | undefined {
  return objects.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? objects.find((o) => o['datePublished'] || o['headline']);
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>)['name']);
  return null;
}

export interface HtmlMetadata {
  title: string | null;
  titleEvidence?: Evidence;
  site: string | null;
  author: string | null;
  language: string | null;
  canonicalUrl: string | null;
  description: string | null;
  /** The article's text as the page's JSON-LD gives it (articleBody), for pages that render it only by script. */
  articleBody: string | null;
}

export function pageMetadata(doc: Doc): HtmlMetadata {
  const ld = articleObject(jsonLdObjects(doc));
  const site =
    meta(doc, ['og:site_name', 'application-name', 'twitter:site'])?.value.replace(/^@/, '') ?? nameOf(ld?.['publisher']) ?? null;
  const candidates: { text: string | null | undefined; source: string }[] = [
    { text: meta(doc, ['og:title', 'twitter:title'])?.value, source: 'meta' },
    { text: typeof ld?.['headline'] === 'string' ? (ld['headline'] as string) : null, source: 'json-ld' },
    { text: doc.querySelector('h1')?.textContent, source: 'h1' },
    { text: doc.querySelector('title')?.textContent, source: 'title-tag' },
  ];
  let title: string | null = null;
  let titleEvidence: Evidence | undefined;
  for (const c of candidates) {
    const raw = normaliseSpace(c.text ?? '');
    if (!raw) continue;
    const cleaned = cleanTitle(raw, site);
    if (!cleaned || (site && cleaned.toLowerCase() === site.toLowerCase())) continue;
    title = cleaned;
    titleEvidence = { source: c.source, text: raw };
    break;
  }
  const author = meta(doc, ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator'])?.value ?? nameOf(ld?.['author']) ?? null;
  const lang = doc.documentElement?.getAttribute('lang') ?? meta(doc, ['og:locale', 'language', 'content-language'])?.value ?? null;
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim() || meta(doc, ['og:url'])?.value || null;
  const ldDescription = typeof ld?.['description'] === 'string' ? (ld['description'] as string) : null;
  const described = meta(doc, ['description', 'og:description', 'twitter:description'])?.value ?? ldDescription;
  const description = described ? normaliseSpace(described) || null : null;
  return {
    title,
    titleEvidence,
    site: site ? normaliseSpace(site) : null,
    author: author ? normaliseSpace(author.replace(/^by\s+/i, '')) : null,
    language: lang ? lang.slice(0, 2).toLowerCase() : null,
    canonicalUrl: canonical,
    articleBody: typeof ld?.['articleBody'] === 'string' ? (ld['articleBody'] as string) : null,
    description,
  };
}
