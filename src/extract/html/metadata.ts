// Page metadata from the head and the markup: title, site, author, language, publication date.
// Each value keeps the evidence it was read from; the first rule that finds a value wins.
import type { Evidence, PublishedDate } from '../../model.js';
import { parseDateText, type DateOrder } from '../date.js';
import { cleanTitle } from '../title.js';
import { normaliseSpace } from './blocks.js';

interface Doc {
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  documentElement: El | null;
}
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** Confidence of each date source: structured data is written for machines, a URL or a visible line only hints. */
const DATE_CONFIDENCE = { 'json-ld': 0.95, meta: 0.9, time: 0.8, url: 0.7, byline: 0.6 } as const;

/** Meta tags that carry the original publication date, most specific first; modified dates are deliberately absent. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published',
  'cXenseParse:recs:publishtime', 'OriginalPublicationDate', 'DISPLAYDATE',
];

function meta(doc: Doc, names: string[]): { value: string; name: string } | null {
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const attr of ['property', 'name', 'itemprop']) {
      const all = doc.querySelectorAll(`meta[${attr}]`);
      for (let i = 0; i < all.length; i++) {
        const el = all[i];
        if ((el.getAttribute(attr) ?? '').toLowerCase() !== lower) continue;
        const content = el.getAttribute('content');
        if (content && content.trim()) return { value: content.trim(), name };
      }
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

function articleObject(objects: Record<string, unknown>[]): Record<string, unknown> | undefined {
  return objects.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? objects.find((o) => o['datePublished'] || o['headline']);
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>)['name']);
  return null;
}

function dateFrom(text: string, order: DateOrder, source: keyof typeof DATE_CONFIDENCE, evidence: Evidence): PublishedDate | null {
  const parsed = parseDateText(text, order);
  if (!parsed) return null;
  return { value: parsed.value, granularity: parsed.granularity, evidence, confidence: DATE_CONFIDENCE[source] };
}

/** Dates in article URLs: /2017/10/16/, /2017-10-16-, /20171016/. */
const URL_DATE_PATTERNS = [/\/(20\d\d|19\d\d)\/(\d{1,2})\/(\d{1,2})\//, /[/_-](20\d\d|19\d\d)-(\d\d)-(\d\d)[/_.-]/, /\/(20\d\d)(\d\d)(\d\d)\//];

export function dateFromUrl(url: string): PublishedDate | null {
  for (const pattern of URL_DATE_PATTERNS) {
    const m = pattern.exec(url);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) continue;
    const value = `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { value, granularity: 'day', evidence: { source: 'url', text: url }, confidence: DATE_CONFIDENCE.url };
  }
  return null;
}

export function publishedDate(doc: Doc, order: DateOrder, url?: string): PublishedDate | null {
  const ld = articleObject(jsonLdObjects(doc));
  const ldDate = ld?.['datePublished'] ?? ld?.['dateCreated'];
  if (typeof ldDate === 'string') {
    const found = dateFrom(ldDate, 'ymd', 'json-ld', { source: 'json-ld', text: `datePublished: ${ldDate}` });
    if (found) return found;
  }
  const m = meta(doc, PUBLISHED_META);
  if (m) {
    const found = dateFrom(m.value, 'ymd', 'meta', { source: 'meta', text: `${m.name}: ${m.value}` });
    if (found) return found;
  }
  const times = doc.querySelectorAll('time[datetime]');
  for (let i = 0; i < times.length; i++) {
    const el = times[i];
    const value = el.getAttribute('datetime') ?? '';
    const found = dateFrom(value, 'ymd', 'time', { source: 'time', text: `<time datetime="${value}">${normaliseSpace(el.textContent ?? '')}` });
    if (found) return found;
  }
  if (url) {
    const found = dateFromUrl(url);
    if (found) return found;
  }
  const bylines = doc.querySelectorAll('[class*="date" i], [class*="byline" i], [class*="time" i], [itemprop="datePublished"]');
  for (let i = 0; i < bylines.length; i++) {
    const text = normaliseSpace(bylines[i].textContent ?? '');
    if (!text || text.length > 120 || /©|\(c\)|copyright/i.test(text)) continue;
    const found = dateFrom(text, order, 'byline', { source: 'byline', text });
    if (found) return found;
  }
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
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, ['og:url'])?.value ?? null;
  const description = meta(doc, ['description', 'og:description'])?.value ?? null;
  return {
    title,
    titleEvidence,
    site: site ? normaliseSpace(site) : null,
    author: author ? normaliseSpace(author.replace(/^by\s+/i, '')) : null,
    language: lang ? lang.slice(0, 2).toLowerCase() : null,
    canonicalUrl: canonical,
    description,
  };
}
