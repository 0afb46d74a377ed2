// The shapes the place resolver passes between its modules: tokens, candidate spans, the article's context
// and a chosen candidate. Kept apart so that every module can share them without importing each other.

import type { Place } from '../../model.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A candidate place name in the text. */
export interface Span {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** What the word after the name says it is. */
  hint: 'region' | 'settlement' | null;
  /** Name words, the Arabic article not counted: 'Al-Mayadeen' is one word. */
  words: number;
  /** Where a one-word name stands: sentence starts and longer capitalised runs also hold ordinary words and people. */
  position: 'free' | 'sentence-start' | 'inside-run';
  startsWithFunctionWord: boolean;
  /** Written in capitals where a line begins and followed by a dash or bracket: the article's dateline. */
  dateline?: boolean;
  /** 'Atlanta, Georgia': the state or country named right after the comma, which holds the place. */
  container?: Place;
  entries: GazetteerEntry[];
}

/** What the article tells us beyond one span: its countries, the words it writes in lowercase, what to skip. */
export interface ArticleContext {
  text: string;
  gazetteer: Gazetteer;
  countries: Set<string>;
  /** Countries known only because the article writes their names, with those names (folded): 'Palestine' must
   *  not lend itself context against the Texas town of that name. */
  namedOnly: Map<string, Set<string>>;
  /** 'US.LA': first-level divisions the article names without doubt. */
  regions: Set<string>;
  /** Place id -> how many other names of the article have a candidate beside it (see cooccurrenceSupport). */
  support: Map<string, number>;
  lowercaseWords: Set<string>;
  exclude: { start: number; end: number }[];
}

/** A span's chosen candidate and how far it leads the runner-up (Infinity when it stood alone). */
export interface Choice {
  entry: GazetteerEntry;
  margin: number;
}
