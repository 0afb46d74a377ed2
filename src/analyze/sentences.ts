// Sentence boundaries inside each paragraph, as offsets into the article text.
import type { Paragraph } from '../model.js';

/** Words after which a full stop does not end a sentence (titles, initials, short forms common in news). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'gov', 'pres', 'st', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'est', 'dept', 'univ', 'mt', 'ft', 'fig', 'al',
]);

export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(piece: string): boolean {
  const m = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(piece);
  if (!m) return false;
  const word = m[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Splits one paragraph; pieces that end in an abbreviation are glued to what follows. */
function splitParagraph(text: string): { start: number; end: number }[] {
  const raw: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(text)) raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  const merged: { start: number; end: number }[] = [];
  for (const piece of raw) {
    const last = merged[merged.length - 1];
    if (last && endsWithAbbreviation(text.slice(last.start, last.end))) last.end = piece.end;
    else merged.push({ ...piece });
  }
  // Trim white space so that every span starts and ends on a visible character.
  return merged
    .map(({ start, end }) => {
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start);
}

export function splitSentences(paragraphs: Paragraph[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  paragraphs.forEach((p, index) => {
    for (const s of splitParagraph(p.text)) out.push({ start: p.start + s.start, end: p.start + s.end, paragraph: index });
  });
  return out;
}
