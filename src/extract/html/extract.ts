// HTML front door: one parse (htmlparser2), metadata from the head, the main content chosen by our
// own block scoring (content.ts), and every visible block outside it kept with the reason it was dropped.
import type { Article, DroppedBlock } from '../../model.js';
import { defaultDateOrder } from '../date.js';
import { detectLanguage } from '../language.js';
import { joinParagraphs } from '../paragraphs.js';
import { textBlocks, normaliseSpace, type TextBlock } from './blocks.js';
import { BODY_BLOCK_RULES, chooseContent } from './content.js';
import { parseHtml, queryView } from './dom.js';
import { pageMetadata } from './metadata.js';
import { modifiedDateFromSignals, publishedDateFromSignals, signalCollector } from './pubdate.js';

/** Below this much article text the class and landmark rules are taken to have hidden the article, and the page is read again without them. */
const MIN_ARTICLE_CHARS = 250;
/** Characters of page text the language detector needs. */
const LANGUAGE_SAMPLE_CHARS = 5000;

export type HtmlExtraction = Omit<Article, 'pageId'>;

interface Reading {
  body: string[];
  dropped: DroppedBlock[];
  chars: number;
}

/** A kept line this short that only introduces dropped furniture ('You may also like', 'Most read') goes with it. */
const MAX_LEAD_IN_CHARS = 60;
/** Dropped blocks that a lead-in line introduces: lists of links and furniture inside the article. */
const INTRODUCED_REASON = /^(link-list|class:|landmark:|role:)/;
/** A line that ends like a sentence is prose, never a lead-in. */
const SENTENCE_END = /[.!?;"”»。！？]$/;

function read(blocks: TextBlock[], titleKey: string | null, description: string | null): Reading {
  const { reasons } = chooseContent(blocks, { description });
  const seen = new Set<string>();
  const final = blocks.map((block, i) => {
    let reason = reasons[i];
    if (reason === null) reason = BODY_BLOCK_RULES.find((rule) => rule.test(block, { titleKey }))?.name ?? null;
    const key = block.text.toLowerCase();
    if (reason === null && seen.has(key)) reason = 'duplicate';
    if (reason === null) seen.add(key);
    return reason;
  });
  for (let i = blocks.length - 2; i >= 0; i--) {
    const next = final[i + 1];
    if (final[i] !== null || next === null || !INTRODUCED_REASON.test(next)) continue;
    const text = blocks[i].text;
    if (text.length <= MAX_LEAD_IN_CHARS && !SENTENCE_END.test(text)) final[i] = 'lead-in';
  }
  const body: string[] = [];
  const dropped: DroppedBlock[] = [];
  let chars = 0;
  blocks.forEach((block, i) => {
    const reason = final[i];
    if (reason !== null) {
      dropped.push({ text: block.text, reason });
      return;
    }
    body.push(block.text);
    chars += block.text.length;
  });
  return { body, dropped, chars };
}

/**
 * The page's JSON-LD articleBody replaces what we read on the page when it is this many times longer:
 * the page then renders its text by script, and the markup holds only a teaser.
 */
const SCRIPT_BODY_RATIO = 3;
/** Shorter script bodies are summaries, not the article. */
const MIN_SCRIPT_BODY_CHARS = 500;
/** Only a page that shows no more than a teaser is read from its script: a visible article keeps what the reader sees. */
const MAX_TEASER_CHARS = 600;

function preferScriptBody(reading: Reading, articleBody: string): Reading {
  const paragraphs = articleBody
    .replace(/<[^>]*>/g, '\n')
    .split(/\n\s*\n|\r?\n/)
    .map(normaliseSpace)
    .filter(Boolean);
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (reading.chars > MAX_TEASER_CHARS || chars < MIN_SCRIPT_BODY_CHARS || chars < reading.chars * SCRIPT_BODY_RATIO) return reading;
  const dropped = [...reading.dropped, ...reading.body.map((text) => ({ text, reason: 'replaced-by-json-ld-body' }))];
  return { body: paragraphs, dropped, chars };
}

/** A canonical link written relative to the page ('/news/story') made whole against the page's own address, when known. */
function absoluteUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return href; // no base, or not a URL: kept as the page wrote it
  }
}

export function extractHtml(html: string, options: { url?: string; givenTitle?: string } = {}): HtmlExtraction {
  // The date signals are gathered during the parse itself: one tokenising pass serves the tree and the dates.
  const dates = signalCollector();
  const parsed = parseHtml(html, dates);
  const { document, truncated } = parsed;
  const doc = queryView(parsed);
  const meta = pageMetadata(doc);
  const title = options.givenTitle ?? meta.title;
  const titleKey = title ? normaliseSpace(title).toLowerCase() : null;

  let reading = read(textBlocks(document, true), titleKey, meta.description);
  if (reading.chars < MIN_ARTICLE_CHARS) {
    const plain = read(textBlocks(document, false), titleKey, meta.description);
    if (plain.chars > reading.chars) reading = plain;
  }

  if (meta.articleBody && reading.chars <= MAX_TEASER_CHARS) reading = preferScriptBody(reading, meta.articleBody);

  const sample = reading.body.join(' ').slice(0, LANGUAGE_SAMPLE_CHARS);
  const language = meta.language ?? detectLanguage(sample);
  const canonicalUrl = absoluteUrl(meta.canonicalUrl, options.url);
  const url = options.url ?? canonicalUrl ?? undefined;
  const order = defaultDateOrder(language, { site: meta.site, url });
  const signals = dates.finish();
  const published = publishedDateFromSignals(signals, order, url);
  const lastModified = modifiedDateFromSignals(signals);
  // Say so when only the start of the page was read, so that a short result is not taken for the whole page.
  if (truncated) reading.dropped.push({ text: 'the page is too large or too deeply nested; it was read up to that point', reason: 'page-truncated' });
  const { text, paragraphs } = joinParagraphs(reading.body.map((t) => ({ text: t })));
  return {
    title,
    titleEvidence: options.givenTitle ? { source: 'given', text: options.givenTitle } : meta.titleEvidence,
    site: meta.site,
    author: meta.author,
    language,
    published,
    lastModified,
    description: meta.description,
    canonicalUrl,
    text,
    paragraphs,
    dropped: reading.dropped,
  };
}
