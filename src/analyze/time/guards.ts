// Small context checks the rules share: they look at the words around a match to tell a date
// from a look-alike (a modal 'May', a copyright year, a head count that happens to be 2000).

/** How far back a cue word may sit before a bare year ('in', 'since', ...). */
const YEAR_CUE_WINDOW = 25;
/** How far back a copyright mark disqualifies a year on the same line ('© 2025 Site', '(c) Site 2025'). */
const COPYRIGHT_WINDOW = 45;
/** How many words before an expression may carry a future cue ('will meet ... on Monday'). */
const FUTURE_CUE_WORDS = 8;

const YEAR_CUE = /\b(?:in|during|between|since|of|by|until|till|through|throughout|before|after|from|early|late|mid|end\s+of|beginning\s+of|spring|summer|autumn|fall|winter|en|im|seit|depuis|desde|año)\s*-?\s*$/i;
const COMMA_CUE = /(?<![\d])[,]\s*$/;
// The second year of a range: 'between 2014 and 2016', '2014-2016', 'from 2011 to 2013'.
const RANGE_CUE = /\b(?:19|20)\d\d\s*(?:and|or|to|until|through|-|–)\s*$/i;
const COPYRIGHT = /(?:©|\(c\)|copyright)[^\n]*$/i;

// Words that may follow a year without making it a count ('in 2015 the war...', 'since 2011 and').
const WORDS_AFTER_A_YEAR = new Set([
  'and', 'or', 'to', 'when', 'as', 'the', 'in', 'on', 'at', 'after', 'before', 'until', 'with', 'that', 'which',
  'but', 'for', 'by', 'from', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'saw', 'amid', 'while', 'because',
  'onwards', 'onward', 'alone', 'through', 'there', 'it', 'they', 'he', 'she', 'we', 'its', 'their', 'a', 'an',
  'of', 'till', 'up', 'so', 'this', 'these', 'those', 'where', 'did', 'despite', 'against', 'into', 'also',
  'only', 'again', 'will', 'would', 'could', 'should', 'might', 'must', 'can',
]);

const FOLLOWS_MODAL_MAY = /^(?:be|have|not|also|well|still|never|only|even|need|want|take|come|go|get|do|seem|become|face|prove|continue|lead|result|cause|help|make|soon|yet|already|hold|try|fall|rise|use|see)$/;

const FUTURE_CUE = /\b(?:will|shall|won't|'ll|next|expected\s+(?:to|in|by|on)|expects?\s+to|plans?\s+(?:to|for)|planned\s+(?:to|for)|planning\s+(?:to|for)|scheduled|(?:is|are)\s+set\s+to|set\s+to\s+(?:resume|begin|start|meet|open|vote)|as\s+(?:soon|early)\s+as|(?:is|are)\s+to\s+\w+|going\s+to|intends?\s+to|to\s+be\s+held|upcoming)\b/i;

/** A year of the story has a cue before it and nothing copyright-like on its line. */
export function hasYearCue(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - YEAR_CUE_WINDOW), start);
  if (isCopyright(text, start)) return false;
  return YEAR_CUE.test(before) || COMMA_CUE.test(before) || RANGE_CUE.test(before);
}

export function isCopyright(text: string, start: number): boolean {
  return COPYRIGHT.test(text.slice(Math.max(0, start - COPYRIGHT_WINDOW), start));
}

/** '2000 troops', '2017.5', '2014-15': what follows says the number is a count or a range, not a year. */
export function yearLooksLikeCount(text: string, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (/^(?:[/.]\d|-(?!(?:19|20)\d\d(?!\d))\d|,\d{3}|\d|\s*%)/.test(after)) return true;
  const word = /^\s+([a-z]+)/.exec(after);
  return word !== null && !WORDS_AFTER_A_YEAR.has(word[1]);
}

/** 'May be', 'May have': the verb, not the month. */
export function isModalMay(text: string, end: number): boolean {
  const word = /^\s+([a-z]+)/.exec(text.slice(end, end + 20));
  return word !== null && FOLLOWS_MODAL_MAY.test(word[1]);
}

/** The preceding word, if any (same sentence), without trailing spaces. */
export function previousWord(text: string, start: number): string | null {
  const m = /([\p{L}\p{N}'’-]+)[ \t]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1] : null;
}

export function nextWord(text: string, end: number): string | null {
  const m = /^[ \t]+([\p{L}\p{N}'’-]+)/u.exec(text.slice(end, end + 40));
  return m ? m[1] : null;
}

export function isCapitalised(word: string | null): boolean {
  return word !== null && /^\p{Lu}/u.test(word);
}

/** How far back a month or a year-less date looks for its sentence's tense. */
const SENTENCE_WINDOW = 200;

// Cues that put a sentence in the future for a month or a year-less date: the near cues of leansFuture, modal
// 'would' (reported plans: 'said it would close in January'), passive plans ('to be published'), and the
// business words that set dates ahead ('payable Jan. 2', 'effective Feb. 1', 'until mid-November').
const SENTENCE_FUTURE_CUE = new RegExp(`${FUTURE_CUE.source}|\\b(?:would(?!\\s+have)|to\\s+be\\s+\\w+ed|payable|effective|expires?|due\\s+(?:in|on|by)|set\\s+for|until)\\b`, 'gi');
// Words that put what follows them back in the past: 'since he was rescued in November', 'the year ended March 31',
// 'fell to 3% last month from 4% in December'.
const SENTENCE_PAST_CUE = /\b(?:was|were|had|did|since|ended|ago|last|yesterday)\b/gi;

function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index! + m[0].length;
  return last;
}

/** True when the tense cue nearest before `start` in its sentence looks ahead: a month or a year-less date then lies ahead. */
export function sentenceLeansFuture(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - SENTENCE_WINDOW), start);
  const sentence = window.split(/(?<![A-Z][a-z]?)[.!?]['"’”`]*\s|\n\s*\n/).pop() ?? '';
  const future = lastIndexOf(SENTENCE_FUTURE_CUE, sentence);
  return future >= 0 && future >= lastIndexOf(SENTENCE_PAST_CUE, sentence);
}

/** True when the few words before `start`, within its sentence, say the event is still to come. */
export function leansFuture(text: string, start: number, wordsBefore = FUTURE_CUE_WORDS): boolean {
  const window = text.slice(Math.max(0, start - 80), start);
  const sentence = window.split(/[.!?]\s|\n/).pop() ?? '';
  const words = sentence.trim().split(/\s+/).slice(-wordsBefore).join(' ');
  return FUTURE_CUE.test(words);
}
