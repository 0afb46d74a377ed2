// Spans someone else marked as places (a gold annotation, another recogniser), turned into candidate spans:
// abbreviations, demonyms and ever shorter forms of the name are tried until one has candidates.

import { demonymCountries } from './demonyms.js';
import type { Gazetteer } from './gazetteer.js';
import { articleFreeTokens, foldName } from './normalize.js';
import { postalStateId, stateAbbreviationId } from './abbreviations.js';
import { containerAfter, hintAround, isDateline } from './text-reading.js';
import type { Span } from './resolution-types.js';

/** Candidate names for a given span, tried in order until one has candidates: the span, then shorter forms. */
export const GIVEN_NAME_FORMS: ReadonlyArray<{ name: string; form: (s: string) => string }> = [
  { name: 'as-written', form: (s) => s },
  // 'Platte Co.', 'Madison Twp.': local papers' abbreviations of county and township.
  { name: 'abbreviations-expanded', form: (s) => s.replace(/\s+Co\.?$/i, ' County').replace(/\s+Twp\.?$/i, ' Township') },
  { name: 'without-article', form: (s) => s.replace(/^the\s+/i, '') },
  { name: 'without-possessive', form: (s) => s.replace(/['’]s?$/, '') },
  { name: 'without-type-word', form: (s) => s.replace(/\s+(?:province|governorate|region|district|county|parish|city|town|village|state|township|borough)$/i, '') },
  { name: 'without-directional', form: (s) => s.replace(/^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|greater|upper|lower|inner|outer)(?:ern)?\s+/i, '') },
  // Last resort: 'Salinas Valley', 'Boston Harbor', 'Da Nang International Airport', 'Port of Los Angeles' lie at
  // or beside the place they are named after; a point there beats none.
  { name: 'without-feature-word', form: (s) => s.replace(/^port\s+of\s+/i, '').replace(/\s+(?:valley|bay|harbou?r|(?:international\s+)?airport|park|square|station|delta|heights|area)$/i, '') },
];

export function givenSpan(text: string, start: number, end: number, gazetteer: Gazetteer): Span {
  const written = text.slice(start, end);
  const span: Span = {
    start,
    end,
    text: written,
    tokens: [],
    hint: hintAround(text, start, end),
    dateline: isDateline(text, start, end),
    container: containerAfter(text, end, gazetteer),
    words: Math.max(1, articleFreeTokens(foldName(written)).length),
    position: 'free',
    startsWithFunctionWord: false,
    entries: [],
  };
  const abbreviated = gazetteer.byId(stateAbbreviationId(written) ?? stateAbbreviationId(written.replace(/\.?$/, '.')) ?? postalStateId(written) ?? '');
  if (abbreviated !== undefined) {
    span.entries = [{ place: abbreviated, matchedBy: 'alternate' }];
    return span;
  }
  // 'Turkish officials': a demonym written where the country is meant.
  const demonymOf = demonymCountries().get(foldName(written.replace(/['’]s$/, '')));
  const country = demonymOf !== undefined ? gazetteer.byId(`country:${demonymOf}`) : undefined;
  if (country !== undefined) {
    span.entries = [{ place: country, matchedBy: 'alternate' }];
    return span;
  }
  let name = written;
  for (const rule of GIVEN_NAME_FORMS) {
    name = rule.form(name).trim();
    if (name.length === 0) break;
    span.entries = gazetteer.lookup(name);
    if (span.entries.length > 0) return span;
  }
  // 'Ohioans', 'European', 'Dagestani': a people's name written where their place is meant.
  for (const [suffix, replacement] of DEMONYM_ENDINGS) {
    if (!suffix.test(written)) continue;
    const stem = written.replace(suffix, replacement);
    span.entries = gazetteer.lookup(stem).filter((e) => e.matchedBy === 'name' || e.matchedBy === 'alternate');
    if (span.entries.length > 0) return span;
  }
  return span;
}

/** Endings of the names of peoples and their replacements giving the place, longest first ('Ontarians' -> 'Ontario'). */
export const DEMONYM_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/ians$/, 'ia'], [/ians$/, 'io'], [/ans$/, ''], [/ns$/, ''], [/ian$/, 'ia'], [/ian$/, 'io'], [/an$/, 'e'], [/an$/, 'as'], [/an$/, ''], [/n$/, ''], [/i$/, ''], [/ese$/, ''],
  // 'Richmondites', 'New Londoners': residents named after their town.
  [/ites$/, ''], [/ite$/, ''], [/ers$/, ''], [/er$/, ''],
];
