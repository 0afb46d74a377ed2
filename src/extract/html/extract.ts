// HTML front door: metadata from the head, main content from Readability (a baseline the
// dedicated HTML extractor will replace), and every visible block outside it kept as dropped.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Article, DroppedBlock } from '../../model.js';
import { defaultDateOrder } from '../date.js';
import { detectLanguage } from '../language.js';
import { textBlocks, normaliseSpace, type TextBlock } from './blocks.js';
import { pageMetadata } from './metadata.js';
import { publishedDate } from './pubdate.js';
import { joinParagraphs } from '../paragraphs.js';

/** Blocks shorter than this inside the main content are captions or labels, kept as text only if they end a sentence. */
const MIN_BODY_BLOCK_CHARS = 2;
/** Readability gives up below this much text; then the whole visible page is the fallback body. */
const READABILITY_CHAR_THRESHOLD = 200;

export type HtmlExtraction = Omit<Article, 'pageId'>;

function mainContentBlocks(html: string, url?: string): TextBlock[] | null {
  const { document } = parseHTML(html);
  try {
    if (url) Object.defineProperty(document, 'baseURI', { value: url });
  } catch {
    // Relative links stay relative; the text is unaffected.
  }
  const article = new Readability(document as unknown as Document, { charThreshold: READABILITY_CHAR_THRESHOLD, keepClasses: false }).parse();
  if (!article?.content) return null;
  const { document: contentDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  return textBlocks(contentDoc as never);
}

export function extractHtml(html: string, options: { url?: string; givenTitle?: string } = {}): HtmlExtraction {
  const { document } = parseHTML(html);
  const meta = pageMetadata(document as never);
  const allBlocks = document.body ? textBlocks(document.body as never) : [];
  const language = meta.language ?? detectLanguage(allBlocks.map((b) => b.text).join(' ').slice(0, 5000));
  const order = defaultDateOrder(language, { site: meta.site, url: options.url ?? meta.canonicalUrl ?? undefined });
  const published = publishedDate(document as never, order, options.url ?? meta.canonicalUrl ?? undefined);

  const main = mainContentBlocks(html, options.url) ?? allBlocks.filter((b) => !b.landmark);
  const title = options.givenTitle ?? meta.title;
  const titleKey = title ? normaliseSpace(title).toLowerCase() : null;
  const bodyTexts: string[] = [];
  const seen = new Set<string>();
  for (const block of main) {
    const key = block.text.toLowerCase();
    if (block.text.length < MIN_BODY_BLOCK_CHARS || key === titleKey || seen.has(key)) continue;
    seen.add(key);
    bodyTexts.push(block.text);
  }
  const dropped: DroppedBlock[] = [];
  for (const block of allBlocks) {
    const key = block.text.toLowerCase();
    if (seen.has(key)) continue;
    const reason = key === titleKey ? 'title' : block.landmark ? `outside-main-content:${block.landmark}` : 'outside-main-content';
    dropped.push({ text: block.text, reason });
  }
  const { text, paragraphs } = joinParagraphs(bodyTexts.map((t) => ({ text: t })));
  return {
    title,
    titleEvidence: options.givenTitle ? { source: 'given', text: options.givenTitle } : meta.titleEvidence,
    site: meta.site,
    author: meta.author,
    language,
    published,
    text,
    paragraphs,
    dropped,
  };
}
