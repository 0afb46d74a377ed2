// What the top of a plain-text page says about the article: its title, its dateline (and so the
// publication date), its byline, and the site's own name wherever the page states it.
import { parseDateText, type DateOrder, type ParsedDate } from '../date.js';
import { isHeadlineShaped, isTitleCase, normalizeSpace, titleKey, wordCount } from '../title.js';
import type { ClassifiedLine } from './layout.js';
import { TEXT_SETTINGS, type TextSettings } from './settings.js';

// ---- datelines and bylines ----

/**
 * A short line that carries a calendar date with a day ('October 16, 2017 - 12:45 AMT',
 * 'contributors 11/04/2017'). A copyright year or a date inside a sentence never qualifies.
 */
export function datelineDate(text: string, order: DateOrder, settings: TextSettings = TEXT_SETTINGS): ParsedDate | null {
  if (wordCount(text) > settings.maxDatelineWords) return null;
  if (/©|\(c\)\s*\d{4}|copyright|all rights reserved/i.test(text)) return null;
  // A full stop followed by more words means a sentence, e.g. 'The talks ended on 4 May 2017. Both sides left.'
  if (/[a-z]{2}\.\s+\p{Lu}/u.test(text)) return null;
  const parsed = parseDateText(text, order);
  return parsed && parsed.granularity === 'day' ? parsed : null;
}

/** Leading words that introduce the people behind an article, in several languages. */
const BYLINE_LEAD = /^(?:[-–—|•\s]*)(?:by|par|von|por|di|door|written by|posted by|reported by|author|authors|contributors?|auteur|autor)\b\s*:?\s*/iu;
const CREDIT_PHRASE = /\b(?:translated|reported|written|edited|compiled|posted|photos?|reporting) by\b/i;

export function isByline(text: string, settings: TextSettings = TEXT_SETTINGS): boolean {
  if (wordCount(text) > settings.maxDatelineWords) return false;
  return BYLINE_LEAD.test(text) || CREDIT_PHRASE.test(text);
}

/** The writer named by a byline ('By Jane Roe, Staff Writer' gives 'Jane Roe'); translators and photographers are not authors. */
export function authorFromByline(text: string): string | null {
  const lead = /^(?:[-–—|•\s]*)(?:by|par|von|por|di|door|written by|author\s*:?|auteur\s*:?|autor\s*:?)\s+/iu.exec(text);
  if (!lead) return null;
  const m = /^\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|da|van|von|al|el|bin))*/u.exec(text.slice(lead[0].length));
  if (!m) return null;
  const words = m[0].split(/\s+/).slice(0, 5).join(' ');
  return words.replace(/[,.]$/, '');
}

// ---- title ----

const isMetaLine = (text: string, order: DateOrder, settings: TextSettings): boolean =>
  datelineDate(text, order, settings) !== null || isByline(text, settings);

function isTitleCandidate(line: ClassifiedLine, order: DateOrder, settings: TextSettings, minWords: number): boolean {
  return line.kind === 'other' && isHeadlineShaped(line.text, minWords) && !isMetaLine(line.text, order, settings);
}

/**
 * The title is the headline a page prints more than once near the top (page title, breadcrumb,
 * headline); when several lines repeat, the one repeated nearest the article wins.
 */
export function findRepeatedTitle(lines: ClassifiedLine[], end: number, order: DateOrder, settings: TextSettings = TEXT_SETTINGS): number | null {
  const firstByKey = new Map<string, number>();
  let best: { index: number; lastSeen: number } | null = null;
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (!isTitleCandidate(line, order, settings, settings.minTitleWords)) continue;
    const key = titleKey(line.text);
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, i);
    else if (!best || i > best.lastSeen) best = { index: first, lastSeen: i };
  }
  return best ? best.index : null;
}

/**
 * Without a repeated line, the headline is the headline-shaped line closest above the article,
 * preferring one that a dateline or byline follows (the usual headline / dateline / body layout).
 */
export function findHeadlineTitle(lines: ClassifiedLine[], end: number, order: DateOrder, settings: TextSettings = TEXT_SETTINGS): number | null {
  let nearest: number | null = null;
  let beforeMeta: number | null = null;
  for (let i = 0; i < end; i++) {
    if (!isTitleCandidate(lines[i], order, settings, settings.minTitleWords)) continue;
    nearest = i;
    let next: ClassifiedLine | undefined;
    for (let j = i + 1; j < end && !next; j++) if (lines[j].kind !== 'furniture') next = lines[j];
    if (next && isMetaLine(next.text, order, settings)) beforeMeta = i;
  }
  return beforeMeta ?? nearest;
}

/**
 * A page whose headline reads like a sentence ('Will the siege end before winter?') has it as the
 * first line of the prose run; it is the title when it is short, Title Case and more prose follows.
 */
export function headlineOpensRun(line: ClassifiedLine, settings: TextSettings = TEXT_SETTINGS): boolean {
  return line.kind === 'prose' && wordCount(line.text) < settings.minRunOnWords && isHeadlineShaped(line.text, settings.minTitleWords) && isTitleCase(line.text);
}

// ---- site ----

const NOT_A_SITE = /^(?:by|via|and|the|from|in|on|at|updated|posted|published|contributors?|translated|copyright|all rights)\b/i;
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$/i;

/** A name a page could call itself by: a few capitalised words or a domain, no digits, no sentence. */
export function looksLikeSiteName(text: string, settings: TextSettings = TEXT_SETTINGS): boolean {
  const s = text.trim();
  if (!s || /\d/.test(s) || NOT_A_SITE.test(s) || WEEKDAY.test(s)) return false;
  if (wordCount(s) > settings.maxSiteWords) return false;
  if (/[.!?]$/.test(s) && !/\.[a-z]{2,}$/i.test(s)) return false;
  return /^[\p{Lu}\p{N}]/u.test(s);
}

/** 'July 4th, 2017 – Daily Planet –' names the outlet beside the date. */
export function siteFromDateline(text: string, matched: string, settings: TextSettings = TEXT_SETTINGS): string | null {
  const rest = text.replace(matched, ' ');
  for (const part of rest.split(/(?<=^|\s)[-–—|•·]+(?=\s|$)|\s{2,}/u)) {
    const name = normalizeSpace(part).replace(/^[,\s]+|[,\s]+$/gu, '');
    if (looksLikeSiteName(name, settings) && isTitleCase(name)) return name;
  }
  return null;
}

/** Words outlets put in their names; a lead-in without one (or a domain) is more likely a city. */
const OUTLET_WORD = /\b(?:news|times|post|press|agency|tv|radio|daily|herald|journal|tribune|gazette|telegraph|observer|today|network|media|online|chronicle|monitor|insider|report|wire|review)\b/i;

/** 'Daily Planet - The army ...': an outlet naming itself at the start of the first paragraph. */
export function siteFromLeadIn(text: string, settings: TextSettings = TEXT_SETTINGS): string | null {
  const m = /^(.{2,}?)\s+[-–—]\s+\S/u.exec(text.slice(0, settings.maxLeadInChars + 4));
  if (!m) return null;
  const lead = m[1].trim();
  if (lead.length > settings.maxLeadInChars || wordCount(lead) > settings.maxLeadInWords || /[()]/.test(lead)) return null;
  if (!looksLikeSiteName(lead, settings)) return null;
  return /\.[a-z]{2,}$/i.test(lead) || OUTLET_WORD.test(lead) ? lead : null;
}

interface FooterSiteRule {
  name: string;
  pattern: RegExp;
}

/** Footer and header lines that name the site: 'X Homepage', '© 2025 X', 'X © 2025 All Rights Reserved'. */
const FOOTER_SITE_RULES: FooterSiteRule[] = [
  { name: 'homepage', pattern: /^(.+?)\s+homepage$/i },
  { name: 'copyright-before', pattern: /^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+?)(?:[.,]?\s*all rights reserved\.?)?$/i },
  { name: 'copyright-after', pattern: /^(.+?)\s*(?:©|\(c\)|copyright)\s*\d{4}/i },
];

export function siteFromFooter(text: string, settings: TextSettings = TEXT_SETTINGS): string | null {
  for (const rule of FOOTER_SITE_RULES) {
    const m = rule.pattern.exec(text.trim());
    const name = m ? normalizeSpace(m[1]).replace(/[.,]$/, '') : '';
    if (name && looksLikeSiteName(name, settings)) return name;
  }
  return null;
}

/** 'Headline | Daily Planet': the page-title line that adds the site's name to the headline. */
export function siteFromTitleSuffix(text: string, title: string, settings: TextSettings = TEXT_SETTINGS): string | null {
  const m = /^(.+?)\s+(?:\||-|–|—|::|·|»)\s+([^|–—]+)$/u.exec(normalizeSpace(text));
  if (!m || titleKey(m[1]) !== titleKey(title)) return null;
  const name = m[2].trim();
  return looksLikeSiteName(name, settings) ? name : null;
}
