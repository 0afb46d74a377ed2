// Which cues a text sounds, and how much each label weighs from them: the input of the precedence
// rules. Kept apart from the rules so that a test (or a person tuning the lexicon) can see exactly
// which cue fired where.
import { CUES, LATER_SENTENCE_FACTOR, type Cue } from './acled-cues.js';
import type { EventLabel } from './acled-taxonomy.js';
import { mayMatch, patternTriggers, wordStarts } from './cue-triggers.js';

export interface Hit {
  cue: Cue;
  label: EventLabel;
  /** The cue's weight after the factor for where it was heard. */
  weight: number;
  /** Index of the sentence it was first heard in, and where in it. */
  sentence: number;
  at: number;
  text: string;
}

export interface Evidence {
  sentences: string[];
  hits: Hit[];
}

/** Cues whose presence makes the protest modifiers count. */
const PROTEST_CUES = new Set(['protest', 'rally or march', 'rioters']);

/** Sentence ends inside a snippet; abbreviations ('U.S.') rarely matter for which cues fire. */
export function snippetSentences(text: string): string[] {
  const clean = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
  return clean.split(/(?<=[.!?])\s+(?=["'(]?[A-Z0-9])/).filter((s) => s.length > 0);
}

const GLOBAL = new Map<RegExp, RegExp>();
const globalOf = (re: RegExp): RegExp => {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
};

/** The first place a cue is heard, in sentence order, with the label it speaks for there. */
function firstHit(cue: Cue, sentences: string[]): Hit | null {
  const pattern = globalOf(cue.pattern);
  for (const [i, sentence] of sentences.entries()) {
    if (cue.unless?.test(sentence)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      if (m[0].length === 0) pattern.lastIndex++;
      if (cue.notAfter?.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
      const label = typeof cue.label === 'function' ? cue.label(sentence, m) : cue.label;
      if (!label) continue;
      return { cue, label, weight: cue.weight * (i === 0 ? 1 : LATER_SENTENCE_FACTOR), sentence: i, at: m.index, text: m[0] };
    }
  }
  return null;
}

/**
 * Two cues of one label on the same words ('peace talks' and 'talks', 'burning and looting' and
 * 'looting') are one piece of evidence: keep the heavier. Only nested matches that share an edge
 * count as the same words; two long-window cues that merely overlap are two pieces of evidence.
 */
function withoutOverlaps(hits: Hit[]): Hit[] {
  const end = (h: Hit) => h.at + h.text.length;
  const nested = (a: Hit, b: Hit) => (a.at >= b.at && end(a) <= end(b)) || (b.at >= a.at && end(b) <= end(a));
  const overlaps = (a: Hit, b: Hit) => a.label === b.label && a.sentence === b.sentence && nested(a, b) && (a.at === b.at || end(a) === end(b));
  return hits.filter((h) => !hits.some((o) => o !== h && overlaps(h, o) && (o.weight > h.weight || (o.weight === h.weight && hits.indexOf(o) < hits.indexOf(h)))));
}

/** Each cue's triggers (cue-triggers.ts): a cue none of whose triggers starts a word of the text is not run. */
const TRIGGERS = new Map(CUES.map((cue) => [cue, patternTriggers(cue.pattern)]));

export function gatherEvidence(text: string): Evidence {
  const sentences = snippetSentences(text);
  const starts = wordStarts(sentences.join(' '));
  const hits = withoutOverlaps(CUES.map((cue) => (mayMatch(TRIGGERS.get(cue)!, starts) ? firstHit(cue, sentences) : null)).filter((h): h is Hit => !!h));
  const protest = hits.some((h) => PROTEST_CUES.has(h.cue.name));
  return { sentences, hits: protest ? hits : hits.filter((h) => !h.cue.needsProtest) };
}

/** The weight of each label, summed over its hits. */
export function scoresOf(hits: Hit[]): Map<EventLabel, number> {
  const scores = new Map<EventLabel, number>();
  for (const h of hits) scores.set(h.label, (scores.get(h.label) ?? 0) + h.weight);
  return scores;
}
