// Title helpers shared by the plain-text and HTML front doors.

/** Separators sites put between a headline and their own name ('Headline | Site', 'Site - Headline'). */
const SITE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » '];
/** A segment this short (in words) can be a site name; longer ones are part of the headline. */
const MAX_SITE_WORDS = 4;
/** What must be left of a headline after a site name is cut off, so a short headline is never gutted. */
const MIN_HEADLINE_WORDS = 3;
/** Headlines are short: a line longer than this is a sentence or a paragraph, not a title. */
export const MAX_TITLE_WORDS = 30;
/** Share of longer words that must start with a capital for a line to read as Title Case. */
const TITLE_CASE_SHARE = 0.6;

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A comparison key: case, spacing, quotes and trailing punctuation do not make two titles different. */
export function titleKey(s: string): string {
  return normalizeSpace(s)
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[\s.:;,!?|–—-]+$/u, '');
}

export function sameTitle(a: string, b: string): boolean {
  const ka = titleKey(a);
  return ka.length > 0 && ka === titleKey(b);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
// The line rules ask the same line's length several times in a row; one remembered answer saves most of the work.
let lastCounted = '';
let lastCount = 0;

export function wordCount(s: string): number {
  if (s === lastCounted) return lastCount;
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s)) n++;
  lastCounted = s;
  lastCount = n;
  return n;
}

/** 'HeadlineHeadline': a teaser where a site printed the link text twice with nothing between. */
export function doubledHeadline(line: string, minLength = 10): string | null {
  const s = line.trim();
  if (s.length % 2 !== 0 || s.length < minLength * 2 || !/\p{L}/u.test(s)) return null;
  const half = s.slice(0, s.length / 2);
  return half === s.slice(s.length / 2) ? half : null;
}

/** Share of words of four letters or more that start with a capital letter. */
export function titleCaseShare(line: string): number {
  const words = (line.match(/\p{L}[\p{L}'’\-]*/gu) ?? []).filter((w) => w.length >= 4);
  // Only short words ('AFP', 'Le Monde'): the first letter decides.
  if (words.length === 0) return /^\p{Lu}/u.test(line.trim()) ? 1 : 0;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

export function isTitleCase(line: string): boolean {
  return titleCaseShare(line) >= TITLE_CASE_SHARE;
}

/**
 * A line that could be a headline: a few words, starts with a capital or a digit, does not read as
 * a sentence that ends in a full stop or a colon, and is not a URL.
 */
export function isHeadlineShaped(line: string, minWords = 2): boolean {
  const s = normalizeSpace(line);
  const words = wordCount(s);
  if (words < minWords || words > MAX_TITLE_WORDS) return false;
  if (!/^[\p{Lu}\p{N}“"‘'«¿¡]/u.test(s)) return false;
  if (/[.:;,]$/.test(s) && !/\.\.\.$|…$/.test(s)) return false;
  if (/https?:\/\/|www\./i.test(s)) return false;
  return true;
}

function looksLikeSiteName(segment: string, site?: string | null): boolean {
  const s = segment.trim();
  if (!s) return false;
  if (site && titleKey(s) === titleKey(site)) return true;
  if (site && titleKey(s).includes(titleKey(site))) return true;
  if (wordCount(s) > MAX_SITE_WORDS) return false;
  // A domain ('example.com') or a capitalised name ('Daily Planet', 'AFP').
  return /\.[a-z]{2,}$/i.test(s) || /^[\p{Lu}\p{N}]/u.test(s);
}

/**
 * Strips the site name a page adds to its headline: 'Headline | Site', 'Headline - Site',
 * 'Site | Headline'. With `site` known, only that name is removed; without it, only a short
 * capitalised segment behind ' | ' (or a domain behind a dash) is, so real headlines with
 * dashes survive.
 */
export function cleanTitle(raw: string, site?: string | null): string {
  let title = normalizeSpace(raw);
  for (const sep of SITE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > 0) {
      const tail = title.slice(at + sep.length);
      const head = title.slice(0, at);
      const tailIsSite = site ? looksLikeSiteName(tail, site) && titleKey(tail).includes(titleKey(site)) : sep === ' | ' ? looksLikeSiteName(tail) : /\.[a-z]{2,}$/i.test(tail.trim());
      if (tailIsSite && wordCount(head) >= MIN_HEADLINE_WORDS) return cleanTitle(head, site);
    }
    const first = title.indexOf(sep);
    if (first > 0 && site) {
      const lead = title.slice(0, first);
      const rest = title.slice(first + sep.length);
      if (titleKey(lead) === titleKey(site) && wordCount(rest) >= MIN_HEADLINE_WORDS) return cleanTitle(rest, site);
    }
  }
  return title;
}
