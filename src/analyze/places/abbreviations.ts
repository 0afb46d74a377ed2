// Abbreviated country, state and province names ('U.S.', 'Tenn.', 'B.C.'), which the word rules would reject
// as acronyms or miss as lowercase-looking fragments.

import { AUSTRALIAN_STATE_ABBREVIATIONS, CANADIAN_PROVINCE_ABBREVIATIONS, DISTINCTIVE_PROVINCE_ABBREVIATIONS, US_STATE_ABBREVIATIONS } from './divisions.js';
import { isAllCaps } from './text-reading.js';

/** Abbreviated country names the word rules would reject as acronyms. */
export const COUNTRY_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}.])U\.S\.(?:A\.)?/gu, 'country:US'],
  [/(?<![\p{L}.])(?:USA|US)(?![\p{L}.])/gu, 'country:US'],
  [/(?<![\p{L}.])(?:U\.K\.|UK)(?![\p{L}])/gu, 'country:GB'],
  [/(?<![\p{L}.])UAE(?![\p{L}])/gu, 'country:AE'],
];

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** 'Paris, Tenn.': a state abbreviation right after a comma, where nothing else is written that way. */
export const STATE_ABBREVIATION_PATTERN = new RegExp(
  `(?<=,\\s)(?:${[...Object.keys(US_STATE_ABBREVIATIONS), ...Object.keys(CANADIAN_PROVINCE_ABBREVIATIONS)].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?=[\\s,;:)"'’]|$)`,
  'g',
);

/** 'Mass.' or 'B.C.' as the id of the state or province, when the text is one of the abbreviations. */
export function stateAbbreviationId(written: string): string | undefined {
  const us = US_STATE_ABBREVIATIONS[written.trim()];
  if (us !== undefined) return `admin1:US-${us}`;
  const ca = CANADIAN_PROVINCE_ABBREVIATIONS[written.trim()];
  if (ca !== undefined) return `admin1:CA-${ca}`;
  const au = AUSTRALIAN_STATE_ABBREVIATIONS[written.trim()];
  return au === undefined ? undefined : `admin1:AU-${au}`;
}

/** US postal codes of states, all capitals ('KY', 'N.Y'): taken only in spans someone else marked as places. */
export const POSTAL_STATE_CODES: ReadonlySet<string> = new Set(Object.values(US_STATE_ABBREVIATIONS));
export function postalStateId(written: string): string | undefined {
  const code = written.replace(/\./g, '').trim().toUpperCase();
  return code.length === 2 && POSTAL_STATE_CODES.has(code) && written === written.toUpperCase() ? `admin1:US-${code}` : undefined;
}

/** Province abbreviations taken wherever they stand, not only after a comma. */
export const DISTINCTIVE_ABBREVIATION_PATTERN = new RegExp(`(?<![\\p{L}.])(?:${DISTINCTIVE_PROVINCE_ABBREVIATIONS.map(escapeRe).join('|')})(?![\\p{L}])`, 'gu');

/** True when the words around `at` are in capitals too, as in a shouted headline where 'US' is a pronoun. */
export function inShoutedText(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(end, end + 30));
  return [before?.[1], after?.[1]].some((w) => w !== undefined && w.length > 1 && isAllCaps(w));
}
