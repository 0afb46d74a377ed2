// Reading the raw text around names: tokens, capitalised runs, sentence starts, and what the words next to a
// name say about it (a type word, a dateline, a containing state after a comma).

import type { Place } from '../../model.js';
import type { Gazetteer } from './gazetteer.js';
import { NAME_CONNECTORS, REGION_WORDS, SETTLEMENT_WORDS } from './words.js';
import type { Span, Token } from './resolution-types.js';

/** A dateline: a name in capitals opening the text or a line, then a dash, a comma or an agency in brackets. */
export const DATELINE_AFTER = /^(?:\s*[-–—,(]|\s\p{Lu}\p{Ll})/u;

/** One to three capitalised words after a comma: where a state or country name would stand. */
export const CONTAINER_AFTER = /^,[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,2})/u;

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);

/** 'Washington state' and 'the state of Washington' name the state; written so, in lowercase, nothing else. */
export const STATE_AFTER = /^[ \t]+state\b/;
export const STATE_OF_BEFORE = /\bstate of[ \t]+$/;

/** What the words around a name say it is: a region ('Idlib province', 'Washington state'), a settlement, or nothing. */
export function hintAround(text: string, start: number, end: number): Span['hint'] {
  const after = nextWord(text, end).toLowerCase();
  if (REGION_WORDS.has(after) || STATE_AFTER.test(text.slice(end, end + 12)) || STATE_OF_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 'region';
  return SETTLEMENT_WORDS.has(after) ? 'settlement' : null;
}

/** The state or country named after a comma right after the span ('Atlanta, Georgia'), or undefined. */
export function containerAfter(text: string, end: number, gazetteer: Gazetteer): Place | undefined {
  const m = CONTAINER_AFTER.exec(text.slice(end, end + 60));
  if (m === null) return undefined;
  const words = m[1].split(/[ \t]+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ').replace(/[.'’]+$/, '');
    const area = gazetteer
      .lookup(name)
      .find((e) => (e.matchedBy === 'name' || e.matchedBy === 'alternate') && (e.place.featureCode === 'ADM1' || e.place.featureCode === 'PCLI'));
    if (area !== undefined) return area.place;
  }
  return undefined;
}

export function isDateline(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (!isAllCaps(written)) return false;
  const before = text.slice(Math.max(0, start - 2), start);
  return (start === 0 || /\n\s*$/.test(before)) && DATELINE_AFTER.test(text.slice(end, end + 3));
}

export function nextWord(text: string, at: number): string {
  const m = /^[ \t]+(\p{L}+)/u.exec(text.slice(at, at + 40));
  return m ? m[1] : '';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu)) {
    let word = m[0];
    // "Syria's army": the possessive is not part of the name.
    if (/['’]s$/i.test(word)) word = word.slice(0, -2);
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

export function isSentenceInitial(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '*') continue;
    return /[.!?:;\n•|–—-]/.test(c);
  }
  return true;
}

/** Maximal runs of name-like tokens joined by a single space or hyphen. */
export function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const nameLike = (t: Token) => isCapitalised(t.text) || NAME_CONNECTORS.has(t.text);
  const flush = () => {
    // Connectors may not end a run, nor start one unless hyphen-fused to the name ('al-Kharata').
    while (run.length > 0 && !isCapitalised(run[run.length - 1].text)) run.pop();
    while (run.length > 0 && !isCapitalised(run[0].text) && text[run[0].end] !== '-') run.shift();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!nameLike(t)) {
      flush();
      continue;
    }
    if (run.length > 0) {
      const gap = text.slice(run[run.length - 1].end, t.start);
      if (gap !== ' ' && gap !== '-') flush();
    }
    run.push(t);
  }
  flush();
  return runs;
}
