// Which sentences report something happening: a score from small named rules (an action told as
// done, a named subject, an ACLED type, actors, places, an explicit date), and the factuality cues of
// factuality.ts that leave out what will, may or did not happen, general truths, background and views.
import type { Sentence } from '../model.js';
import { tokens } from '../text/words.js';
import { eventType } from './types.js';
import { factualityCue, happeningAt, happeningOf } from './factuality.js';
import { figuresOf } from './numbers.js';

/** Sentences scoring below this are background, opinion or furniture, not events. */
export const MIN_EVENT_SCORE = 1.5;
/** Sentence length, in words, outside which a sentence is rarely a clean report of one event. */
const MIN_WORDS = 6;
/** A headline tells its event in fewer words ('Apple unveils iPod nano'); below this even a headline is furniture. */
const MIN_HEADLINE_WORDS = 4;
const MAX_WORDS = 70;

/** Irregular past tenses news uses for what happened; regular ones end in -ed. */
const IRREGULAR_PAST = /\b(took|won|beat|hit|began|fought|fell|lost|made|left|killed|struck|seized|came|went|held|drove|broke|led|sent|shot|blew|fled|overran|retook|rose|drew|ran|threw|gave|got|set|put|cut|met|sank|spread|stood|swept|flew|built|brought|caught|chose|froze|hid|laid|paid|sold|split|spent|stole|told|tore|wrote|woke|became|forbade|quit|sought|withdrew|won)\b/i;
/** Words ending in -ed that are not verbs, or are adjectives far more often than actions. */
const NOT_PAST_ED = new Set(['indeed', 'hundred', 'united', 'limited', 'related', 'interested', 'concerned', 'supposed', 'alleged', 'aged', 'naked', 'wicked', 'sacred', 'beloved', 'learned', 'proceed', 'exceed', 'succeed', 'speed', 'breed', 'bleed', 'greed', 'creed', 'embed']);
/** Future and conditional forms: the sentence tells what may happen, not what did. */
const NOT_YET = /\b(will|would|could|might|may|shall|plans? to|expected to|set to|going to)\b/i;
/** Words that open a sentence with a capital without naming anyone. */
const NOT_A_NAME = /^(The|A|An|On|In|At|By|For|From|With|After|Before|During|Since|When|While|As|But|And|Or|Yet|So|If|Then|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|There|Here|Both|Each|Every|Some|Many|Most|All|No|Not|Only|Also|Later|Earlier|Meanwhile|However|Nobody|Everyone|Everybody|Someone|Somebody|Nothing|Everything|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr)$/;

/**
 * The first action told as done, with where it stands: a past tense, a perfect, or the present of a
 * headline or a report ('Apple unveils', 'the company says'); null when the sentence tells none.
 */
function pastAction(text: string): { at: number } | null {
  const told = happeningAt(text);
  const past = pastTense(text);
  if (told === null) return past;
  return past && past.at <= told ? past : { at: told };
}

/** The first word that reads as a past tense (an -ed word, an irregular past, a perfect). */
function pastTense(text: string): { at: number } | null {
  const perfect = /\b(has|have|had) (been )?\w+(ed|en|wn)\b/i.exec(text);
  const irregular = IRREGULAR_PAST.exec(text);
  let regular: RegExpExecArray | null = null;
  for (const m of text.matchAll(/\b([A-Za-z]{3,}ed)\b/g)) {
    if (NOT_PAST_ED.has(m[1].toLowerCase())) continue;
    // a capitalised -ed word inside the sentence is a name ('Ahmed'), not a verb
    if (m.index! > 0 && /^[A-Z]/.test(m[1])) continue;
    regular = m as RegExpExecArray;
    break;
  }
  const found = [perfect, irregular, regular].filter((m): m is RegExpExecArray => !!m).sort((a, b) => a.index - b.index)[0];
  return found ? { at: found.index } : null;
}

/** Verbs of saying: an action told after one is somebody's account, and the name before it names the speaker. */
const REPORTING = /\b(said|says|told|added|stated|believed|believes|thinks|thought|insisted|claimed)\b/i;

/** Words before a verb that do not make a subject of their own: pronouns, articles, linking words, dates. */
const NOT_A_SUBJECT = new Set(
  ('he she it they we i you this that these those there here some many most all both each others one who which what ' +
    'the a an on in at by for from with after before during since when while as but and or yet so then also later earlier ' +
    'meanwhile however today yesterday tonight now still first last next of to into over under about than only even just ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december week month year morning evening night day afternoon its his her their our my your').split(' '),
);

/**
 * A subject of its own before the verb: a recognised actor or place, capitalised words that are not
 * a sentence's usual opening, or a noun phrase ('the steering computer') rather than a bare pronoun.
 * Not after a verb of saying: there the words before the verb name the speaker, not the doer.
 */
function namedSubject(s: Sentence, verbAt: number): boolean {
  const before = s.text.slice(0, verbAt);
  if (REPORTING.test(before)) return false;
  if (s.mentions.some((m) => m.start - s.start < verbAt)) return true;
  const words = before.match(/[A-Za-z][\w'’-]*/g) ?? [];
  if (words.some((w) => /^[A-Z]/.test(w) && !NOT_A_NAME.test(w.replace(/['’]s$/, '')))) return true;
  return words.some((w) => /^[a-z]{3,}$/.test(w.toLowerCase()) && !NOT_A_SUBJECT.has(w.toLowerCase()) && !/ly$/.test(w.toLowerCase()));
}

interface ScoreRule {
  /** What the rule recognises, for whoever reads or tunes the list. */
  name: string;
  weight: number;
  applies: (s: Sentence, action: { at: number } | null) => boolean;
}

/**
 * What makes a dated sentence a report of something happening, in any kind of story: an action in
 * the past tense told with an explicit date or of a named subject reaches MIN_EVENT_SCORE alone;
 * ACLED's vocabulary of conflict, actors and places add to it. Added in order; the total is the score.
 */
export const EVENT_SCORE_RULES: ScoreRule[] = [
  { name: 'an action told as done (a past, a perfect, a headline present)', weight: 1, applies: (s, action) => !!action && !NOT_YET.test(s.text.slice(0, action.at)) },
  { name: 'a subject of its own (a name or a noun phrase before the verb)', weight: 0.5, applies: (s, action) => !!action && namedSubject(s, action.at) },
  { name: 'an ACLED event type', weight: 1, applies: (s) => eventType(s.text) !== 'Other' },
  { name: 'an actor named', weight: 0.5, applies: (s) => s.mentions.some((m) => m.kind === 'actor') },
  { name: 'a place named', weight: 0.5, applies: (s) => s.mentions.some((m) => m.kind === 'place') },
  { name: 'a figure with what it counts (4 billion songs, 17 militants)', weight: 0.5, applies: (s) => figuresOf(s.text).length > 0 },
  { name: 'an explicit date finer than a year', weight: 0.5, applies: (s) => s.date?.from === 'expression' && s.date.granularity !== 'year' && s.date.granularity !== 'decade' },
  { name: 'too long to be one report', weight: -1, applies: (s) => tokens(s.text).length > MAX_WORDS },
  { name: 'opens with a quotation', weight: -0.25, applies: (s) => /^[“"']/.test(s.text.trim()) },
];

export function eventScore(s: Sentence): number {
  const words = tokens(s.text).length;
  if (words < MIN_HEADLINE_WORDS || /\?\s*$/.test(s.text)) return 0;
  const action = pastAction(s.text);
  return EVENT_SCORE_RULES.reduce((score, rule) => (rule.applies(s, action) ? score + rule.weight : score), 0);
}

/** Why a sentence is not kept as an event: a short machine-readable name, shown to users beside the sentence. */
export type LeftOutReason =
  | 'too-short' | 'question' | 'not-an-event' | 'prediction' | 'plan' | 'conditional' | 'obligation' | 'negation'
  | 'generic' | 'background' | 'opinion';

export type EventVerdict =
  | { kept: true; score: number }
  | { kept: false; score: number; reason: LeftOutReason; /** The words that decided it, where one cue did. */ cue?: string };

/**
 * A headline-shaped line ('Apple unveils iPod nano'): no closing stop, a name, then a verb told as
 * done. Such a line may be shorter than MIN_WORDS; menus, bylines and share buttons have no such verb.
 */
function isShortHeadline(s: Sentence, words: number): boolean {
  if (words < MIN_HEADLINE_WORDS || /[.!?:]["'”)]?\s*$/.test(s.text)) return false;
  const at = happeningAt(s.text);
  return at !== null && at > 0 && namedSubject(s, at);
}

/**
 * The one decision of which sentences report a happening: the pipeline, `show`, the API, the report
 * and the benchmarks all ask this, so what a user sees left out is what the timeline left out.
 * Shape first (too short, a question), then factuality (what will, may or did not happen, general
 * truths, background, views), then whether it reads as a report of something happening at all.
 */
export function eventVerdict(s: Sentence): EventVerdict {
  const words = tokens(s.text).length;
  if (words < MIN_WORDS && !isShortHeadline(s, words)) return { kept: false, score: 0, reason: 'too-short' };
  if (/\?\s*$/.test(s.text)) return { kept: false, score: 0, reason: 'question' };
  const score = eventScore(s);
  const cue = factualityCue(s.text);
  if (cue) return { kept: false, score, reason: cue.reason, cue: cue.cue };
  return score >= MIN_EVENT_SCORE || toldAsDoneInThePast(s.text) ? { kept: true, score } : { kept: false, score, reason: 'not-an-event' };
}

/**
 * A sentence whose main clause itself tells, in the past, a happening no cue calls unreal ('They
 * also demonstrated the new engine'), or how a happening stands ('The order is worth $6.8 billion'):
 * kept however weak its score, which ranks it low. Not a bare report ('The coach said the players had
 * shown spirit', a quotation): with nothing else to go by, what was said is somebody's view. A present main clause
 * ('This marks a turning point') is analysis as often as news, and a fragment or a furniture line
 * has no such clause.
 */
function toldAsDoneInThePast(text: string): boolean {
  const told = happeningOf(text);
  // '"We are moving fast," he said': a quotation is a report too.
  if (!told || told.reported || /^\s*["“‘']/.test(text) || NOT_YET.test(text.slice(0, told.at))) return false;
  return told.head.tense === 'past' || told.head.kind === 'perfect' || told.head.kind === 'copula' || told.head.kind === 'possession';
}
