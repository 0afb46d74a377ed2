// Page -> Article: one front door per kind of input, one shape out.
import type { Article, Page, PublishedDate } from '../model.js';
import { extractHtml } from './html/extract.js';
import { extractText } from './text/index.js';
import { parseDateText } from './date.js';

/** A date the source itself gives (a JSONL field) outranks anything read from the page. */
function givenDate(page: Page): PublishedDate | null {
  const raw = page.given?.published;
  if (!raw) return null;
  const parsed = parseDateText(raw, 'ymd');
  return parsed ? { value: parsed.value, granularity: parsed.granularity, evidence: { source: 'given', text: raw }, confidence: 1 } : null;
}

export function extractPage(page: Page): Article {
  const options = { url: page.url, givenTitle: page.given?.title };
  const result = page.kind === 'html' ? extractHtml(page.content, options) : extractText(page.content, options);
  return { pageId: page.id, ...result, published: givenDate(page) ?? result.published };
}

export { extractHtml, extractText };
