// The ordered named rules that reject a capitalised span as no place name before any candidate is weighed.

import { demonymCountries } from './demonyms.js';
import { foldName } from './normalize.js';
import { FEATURE_WORDS, NOT_PLACE_WORDS, PERSON_TITLES } from './words.js';
import { isAllCaps, isCapitalised, nextWord } from './text-reading.js';
import type { ArticleContext, Span } from './resolution-types.js';

/** Kinds of place whose names may be made of common words alone ('United States', 'Middle East'). */
export const COMMON_WORD_AREA_FEATURES: ReadonlySet<string> = new Set(['PCLI', 'ADM1', 'RGN', 'CONT']);

/** A rule that rejects a span before any lookup. */
export interface SpanRule {
  name: string;
  rejects(span: Span, context: ArticleContext): boolean;
}

/** Ordered rules; the first that fires rejects the span. */
export const SPAN_RULES: SpanRule[] = [
  {
    name: 'excluded-span',
    rejects: (span, ctx) => ctx.exclude.some((x) => span.start < x.end && x.start < span.end),
  },
  {
    // Acronyms ('IS', 'SANA', 'NASA') are organisations far more often than towns; country abbreviations have their own rule.
    // A dateline ('WASHINGTON —') is written in capitals and is a place.
    name: 'all-caps-word',
    rejects: (span) => span.words === 1 && span.tokens.length === 1 && isAllCaps(span.text) && span.dateline !== true,
  },
  {
    name: 'common-word',
    rejects: (span) => span.tokens.length === 1 && NOT_PLACE_WORDS.has(foldName(span.text)),
  },
  {
    name: 'demonym',
    rejects: (span) => span.tokens.length === 1 && demonymCountries().has(foldName(span.text)),
  },
  {
    // A word the article also writes in lowercase ('Reply' / 'reply') is an ordinary word.
    name: 'lowercase-elsewhere',
    rejects: (span, ctx) => span.tokens.length === 1 && ctx.lowercaseWords.has(span.text.toLowerCase()),
  },
  {
    name: 'after-person-title',
    rejects: (span, ctx) => {
      const before = ctx.text.slice(Math.max(0, span.start - 20), span.start);
      const m = /(\p{L}+)\.?\s+$/u.exec(before);
      return m !== null && PERSON_TITLES.has(m[1].toLowerCase());
    },
  },
  {
    // Unless the words together are the very name of a country or wide area ('United States', 'Middle East').
    name: 'all-words-common',
    rejects: (span, ctx) =>
      span.tokens.length > 1 &&
      span.tokens.every((t) => !isCapitalised(t.text) || NOT_PLACE_WORDS.has(foldName(t.text))) &&
      !ctx.gazetteer.lookup(span.text).some((e) => e.matchedBy === 'name' && COMMON_WORD_AREA_FEATURES.has(e.place.featureCode)),
  },
  {
    name: 'natural-feature',
    rejects: (span, ctx) => FEATURE_WORDS.has(nextWord(ctx.text, span.end).toLowerCase()),
  },
];
