// The publication date of an HTML page: structured data first, then meta tags, <time>, the URL,
// and a visible byline. Each value keeps the evidence it was read from; the first rule that finds one wins.
import type { Evidence, PublishedDate } from '../../model.js';
import { parseDateText, type DateOrder } from '../date.js';
import { normaliseSpace } from './blocks.js';
import { articleObject, jsonLdObjects, meta, type Doc } from './metadata.js';

/** Confidence of each date source: structured data is written for machines, a URL or a visible line only hints. */
const DATE_CONFIDENCE = { 'json-ld': 0.95, meta: 0.9, time: 0.8, url: 0.7, byline: 0.6 } as const;

/** Meta tags that carry the original publication date, most specific first; modified dates are deliberately absent. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published',
  'cXenseParse:recs:publishtime', 'OriginalPublicationDate', 'DISPLAYDATE',
];

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

