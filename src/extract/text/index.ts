// The plain-text front door of extraction: a page saved as the text a browser shows, boilerplate
// and all, becomes title, site, author, publication date, language and body paragraphs. Every
// non-blank line ends up either as a paragraph or as a dropped block with the rule that dropped it.
import type { DroppedBlock, Evidence, Paragraph, PublishedDate } from '../../model.js';
import { defaultDateOrder, type DateOrder, type ParsedDate } from '../date.js';
import { detectLanguage } from '../language.js';
import { joinParagraphs } from '../paragraphs.js';
import { cleanTitle, sameTitle, titleKey, wordCount } from '../title.js';
import {
  authorFromByline,
  datelineDate,
  findHeadlineTitle,
  findRepeatedTitle,
  headlineOpensRun,
  isByline,
  siteFromDateline,
  siteFromFooter,
  siteFromLeadIn,
  siteFromTitleSuffix,
} from './header.js';
import { chooseMainRun, classifyLines, findProseRuns, type ClassifiedLine, type ProseRun } from './layout.js';
import { splitLines } from './lines.js';
import { TEXT_SETTINGS, type TextSettings } from './settings.js';

export interface TextExtraction {
  title: string | null;
  titleEvidence?: Evidence;
  site: string | null;
  author: string | null;
  published: PublishedDate | null;
  language: string;
  paragraphs: Paragraph[];
  text: string;
  dropped: DroppedBlock[];
}

export interface TextOptions {
  url?: string;
  /** A title the source itself gave (a JSONL field); it wins over what the page shows. */
  givenTitle?: string;
}

/** The body region: indexes into the classified lines, inclusive. Empty when start > end. */
interface Body {
  start: number;
  end: number;
}

/** Lines whose role in the header was recognised, by index, with the reason they are not body. */
type Roles = Map<number, string>;

export function extractText(content: string, options: TextOptions = {}, settings: TextSettings = TEXT_SETTINGS): TextExtraction {
  const lines = classifyLines(splitLines(content), settings);
  const main = chooseMainRun(findProseRuns(lines, settings));
  const body: Body = main ? { start: main.first, end: main.last } : { start: lines.length, end: -1 };
  const roles: Roles = new Map();

  const language = detectLanguage((sampleText(lines, main) || content).slice(0, settings.languageSampleChars));
  const leadSite = main ? siteFromLeadIn(lines[main.first].text, settings) : null;
  const footerSite = firstFooterSite(lines, settings);
  const order = defaultDateOrder(language, { url: options.url, site: leadSite ?? footerSite, text: content });

  const titleIndex = locateTitle(lines, body, main, order, options.givenTitle, settings);
  const titleText = options.givenTitle ?? (titleIndex !== null ? lines[titleIndex].text : null);
  if (titleIndex !== null) roles.set(titleIndex, 'title');
  if (titleText) markTitleCopies(lines, titleText, titleIndex, roles);

  const dateline = locateDateline(lines, body, titleIndex, order, roles, settings);
  if (dateline) roles.set(dateline.index, 'dateline');
  const author = markBylines(lines, body, roles, settings);

  const site =
    (dateline ? siteFromDateline(lines[dateline.index].text, dateline.date.matched, settings) : null) ??
    leadSite ??
    footerSite ??
    (titleText ? firstTitleSuffixSite(lines, titleText, settings) : null);
  const published = dateline ? datelinePublished(lines[dateline.index], dateline.date, settings) : leadDate(lines, body, order, settings);

  const { kept, dropped } = sortLines(lines, body, roles, settings);
  const { text, paragraphs } = joinParagraphs(kept);
  const title = titleText !== null ? cleanTitle(titleText, site) : null;
  let titleEvidence: Evidence | undefined;
  if (titleIndex !== null) titleEvidence = { source: 'line', line: lines[titleIndex].line, text: lines[titleIndex].text };
  else if (options.givenTitle) titleEvidence = { source: 'given', text: options.givenTitle };

  return { title, ...(titleEvidence ? { titleEvidence } : {}), site, author, published, language, paragraphs, text, dropped };
}

function sampleText(lines: ClassifiedLine[], main: ProseRun | null): string {
  if (!main) return '';
  return lines
    .slice(main.first, main.last + 1)
    .filter((l) => l.kind === 'prose')
    .map((l) => l.text)
    .join('\n');
}

function firstTitleSuffixSite(lines: ClassifiedLine[], title: string, settings: TextSettings): string | null {
  for (const line of lines) {
    const site = siteFromTitleSuffix(line.text, title, settings);
    if (site) return site;
  }
  return null;
}

function firstFooterSite(lines: ClassifiedLine[], settings: TextSettings): string | null {
  for (const line of lines) {
    // A footer that names the site is a short line; paragraphs need not be read.
    if (line.kind === 'prose' && wordCount(line.text) > settings.maxFurnitureWords * 2) continue;
    const site = siteFromFooter(line.text, settings);
    if (site) return site;
  }
  return null;
}

/**
 * Finds the title line. A given title is looked for on the page only to drop it from the body.
 * When the headline turns out to open the prose run, the body starts after it.
 */
function locateTitle(lines: ClassifiedLine[], body: Body, main: ProseRun | null, order: DateOrder, givenTitle: string | undefined, settings: TextSettings): number | null {
  let index: number | null;
  if (givenTitle) {
    const found = lines.findIndex((l, i) => i <= Math.max(body.start, body.end) && sameTitle(l.text, givenTitle));
    index = found >= 0 ? found : null;
  } else {
    index = findRepeatedTitle(lines, body.start, order, settings) ?? findHeadlineTitle(lines, body.start, order, settings);
    if (index === null && main && main.last > main.first && headlineOpensRun(lines[main.first], settings)) index = main.first;
  }
  if (index !== null && index === body.start) body.start = index + 1;
  return index;
}

function markTitleCopies(lines: ClassifiedLine[], title: string, titleIndex: number | null, roles: Roles): void {
  const key = titleKey(title);
  if (!key) return;
  lines.forEach((line, i) => {
    // A copy is the title, maybe with a site name: far longer lines are paragraphs and need no look.
    if (i === titleIndex || line.kind === 'furniture' || line.text.length < key.length || line.text.length > key.length * 2 + 40) return;
    // Only a line with a site separator can turn into the title once cleaned ('Title | Site').
    if (titleKey(line.text) === key || (line.text.length > key.length && titleKey(cleanTitle(line.text)) === key)) roles.set(i, 'repeated-title');
  });
}

interface Dateline {
  index: number;
  date: ParsedDate;
}

/**
 * The publication date comes from a short dated line in the header: the first one after the title,
 * else the last one before it. Lines inside the body count only before its second prose line
 * ('at the start of the body'), so a date in a sidebar or a later paragraph never becomes it.
 */
function locateDateline(lines: ClassifiedLine[], body: Body, titleIndex: number | null, order: DateOrder, roles: Roles, settings: TextSettings): Dateline | null {
  const candidates: Dateline[] = [];
  let proseSeen = 0;
  for (let i = 0; i < lines.length && i <= Math.max(body.end, body.start - 1); i++) {
    const line = lines[i];
    if (i >= body.start && line.kind === 'prose' && ++proseSeen >= 2) break;
    if (line.kind !== 'other' || roles.has(i)) continue;
    const date = datelineDate(line.text, order, settings);
    if (date) candidates.push({ index: i, date });
  }
  if (titleIndex !== null) {
    const after = candidates.find((c) => c.index > titleIndex);
    if (after) return after;
  }
  return candidates.length ? candidates[candidates.length - 1] : null;
}

/** Bylines and credit lines in the header are dropped; the first one naming a writer gives the author. */
function markBylines(lines: ClassifiedLine[], body: Body, roles: Roles, settings: TextSettings): string | null {
  let author: string | null = null;
  for (let i = 0; i < Math.min(body.start, lines.length); i++) {
    if (lines[i].kind !== 'other' || !isByline(lines[i].text, settings)) continue;
    author ??= authorFromByline(lines[i].text);
    if (!roles.has(i)) roles.set(i, 'byline');
  }
  return author;
}

/** An all-numeric date read with a guessed field order is less certain than one with a month name. */
function isAmbiguousNumeric(matched: string): boolean {
  const m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{4}$/.exec(matched);
  return m !== null && +m[1] <= 12 && +m[2] <= 12 && m[1] !== m[2];
}

function datelinePublished(line: ClassifiedLine, date: ParsedDate, settings: TextSettings): PublishedDate {
  const confidence = settings.datelineConfidence - (isAmbiguousNumeric(date.matched) ? settings.ambiguousOrderPenalty : 0);
  return { value: date.value, granularity: date.granularity, evidence: { source: 'line', line: line.line, text: line.text }, confidence };
}

/** '16 October 2017 - The army ...': a date that opens the first paragraph, set off by a dash or colon. */
function leadDate(lines: ClassifiedLine[], body: Body, order: DateOrder, settings: TextSettings): PublishedDate | null {
  const first = lines.slice(body.start, body.end + 1).find((l) => l.kind === 'prose');
  if (!first) return null;
  const lead = new RegExp(`^(.{4,${settings.maxLeadInChars}}?)\\s[-–—:|]\\s`, 'u').exec(first.text);
  const date = lead ? datelineDate(lead[1], order, settings) : null;
  if (!date) return null;
  return { value: date.value, granularity: date.granularity, evidence: { source: 'line', line: first.line, text: first.text }, confidence: settings.leadDateConfidence };
}

/** Every line becomes a paragraph or a dropped block; nothing is silently lost. */
function sortLines(lines: ClassifiedLine[], body: Body, roles: Roles, settings: TextSettings): { kept: { text: string; line: number }[]; dropped: DroppedBlock[] } {
  const kept: { text: string; line: number }[] = [];
  const dropped: DroppedBlock[] = [];
  // The recent body lines: a line printed again right after itself is a doubled teaser or caption;
  // one that comes back much later (an interview's recurring question) is part of the article.
  const recent: string[] = [];
  // After the body, lines under a 'Related links' or comments heading are named after that section.
  let sectionAfterBody: string | null = null;
  lines.forEach((line, i) => {
    const drop = (reason: string) => dropped.push({ text: line.text, line: line.line, reason });
    const role = roles.get(i);
    if (line.kind === 'section' && i > body.end) sectionAfterBody = line.rule?.endsArticle ?? 'related';
    if (role) drop(role);
    else if (line.rule) drop(line.rule.reason);
    else if (i < body.start || i > body.end) drop((i > body.end && sectionAfterBody) || 'outside-main-text');
    else if (recent.includes(line.text)) drop('repeated');
    else {
      kept.push({ text: line.text, line: line.line });
      // Only body lines count: a teaser above the article that quotes its first paragraph must not take that paragraph's place.
      recent.push(line.text);
      if (recent.length > settings.repeatWindowLines) recent.shift();
    }
  });
  return { kept, dropped };
}
