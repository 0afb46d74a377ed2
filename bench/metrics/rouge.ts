// ROUGE-N counts exactly as ROUGE-1.5.5 computes them with `-n 2 -m -s -f A -t 2` (the options the
// tilse library passes through pyrouge): raw hit, peer and model n-gram counts, so that callers can
// sum them over dates and timelines. Written from a reading of ROUGE-1.5.5.pl (readText,
// createNGram, ngramScore, MorphStem, stem) as shipped in github.com/smartschat/tilse
// (pyrouge/tools/ROUGE-1.5.5); the stopword list and the WordNet exception table are its data files,
// stored beside this module.
import { readFileSync } from 'node:fs';

function dataLines(name: string): string[] {
  return readFileSync(new URL(`./rouge-155/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
}

const STOPWORDS = new Set(dataLines('stopwords.txt'));
const EXCEPTIONS = new Map(dataLines('exceptions.txt').map((l) => l.split(' ') as [string, string]));

// --- Porter's stemmer as ROUGE-1.5.5 has it (Porter's own Perl version, with C.-Y. Lin's 2004
// change to step 4: a word ending in -ement is not tried again with -ment and -ent). ---

const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
const MGR0 = new RegExp(`^(${C})?${V}${C}`);
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const HAS_VOWEL = new RegExp(`^(${C})?${v}`);
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const STEP2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent', eli: 'e',
  ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous',
  aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };
const STEP2_RE = new RegExp(`(${Object.keys(STEP2).join('|')})$`);
const STEP3_RE = new RegExp(`(${Object.keys(STEP3).join('|')})$`);
const STEP4_RE = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** The part of `w` before a match of `re` at its end, with the match (Perl's $` and $&), or null. */
function split(w: string, re: RegExp): [string, RegExpExecArray] | null {
  const m = re.exec(w);
  return m ? [w.slice(0, m.index), m] : null;
}

export function porterStem(word: string): string {
  if (word.length < 3) return word;
  let w = word;
  const initialY = w[0] === 'y';
  if (initialY) w = 'Y' + w.slice(1);
  let s: [string, RegExpExecArray] | null;
  // Step 1a
  if ((s = split(w, /(ss|i)es$/))) w = s[0] + s[1][1];
  else if ((s = split(w, /([^s])s$/))) w = s[0] + s[1][1];
  // Step 1b
  if ((s = split(w, /eed$/))) {
    if (MGR0.test(s[0])) w = w.slice(0, -1);
  } else if ((s = split(w, /(ed|ing)$/))) {
    if (HAS_VOWEL.test(s[0])) {
      w = s[0];
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }
  // Step 1c
  if ((s = split(w, /y$/)) && HAS_VOWEL.test(s[0])) w = s[0] + 'i';
  // Step 2
  if ((s = split(w, STEP2_RE)) && MGR0.test(s[0])) w = s[0] + STEP2[s[1][1]];
  // Step 3
  if ((s = split(w, STEP3_RE)) && MGR0.test(s[0])) w = s[0] + STEP3[s[1][1]];
  // Step 4: three separate tests, in this order, as in ROUGE-1.5.5
  if ((s = split(w, STEP4_RE)) && MGR1.test(s[0])) w = s[0];
  if ((s = split(w, /ment$/)) && MGR1.test(s[0])) w = s[0];
  if ((s = split(w, /ent$/))) {
    if (MGR1.test(s[0])) w = s[0];
  } else if ((s = split(w, /(s|t)(ion)$/))) {
    const stem = s[0] + s[1][1];
    if (MGR1.test(stem)) w = stem;
  }
  // Step 5
  if ((s = split(w, /e$/))) {
    const stem = s[0];
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);
  if (initialY) w = 'y' + w.slice(1);
  return w;
}

/** ROUGE-1.5.5's MorphStem: WordNet's irregular forms first ('went' -> 'go'), Porter otherwise. */
function morphStem(token: string): string {
  return EXCEPTIONS.get(token) ?? porterStem(token);
}

/**
 * The tokens ROUGE-1.5.5 counts in a summary given as sentences. pyrouge writes each sentence into
 * an HTML line that ROUGE reads up to the first '<' (with '^' written as '&circ;'); ROUGE lowercases
 * A-Z, joins the sentences, spaces out hyphens, turns everything but [A-Za-z0-9-] into spaces, drops
 * stopwords and tokens not starting with [a-z0-9], and stems tokens longer than three characters.
 */
export function rougeTokens(sentences: string[]): string[] {
  const lines = sentences
    .map((s) => s.split(/\s+/).filter(Boolean).join(' ').replace(/\^/g, '&circ;'))
    .map((s) => s.split('<')[0])
    .filter((s) => s.length > 0)
    .map((s) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase()));
  const text = lines.join(' ').replace(/-/g, ' - ').replace(/[^A-Za-z0-9-]/g, ' ').trim();
  const out: string[] = [];
  for (const t of text.split(/\s+/)) {
    if (!t || STOPWORDS.has(t) || !/^[a-z0-9$]/.test(t)) continue;
    out.push(t.length > 3 ? morphStem(t) : t);
  }
  return out;
}

export type NGrams = Map<string, number>;

export function ngrams(tokens: string[], n: number): { grams: NGrams; count: number } {
  const grams: NGrams = new Map();
  let count = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    grams.set(g, (grams.get(g) ?? 0) + 1);
    count++;
  }
  return { grams, count };
}

/** Raw ROUGE-N counts: hit (clipped matches), peer n-grams, model n-grams (ROUGE's H, P and M counts). */
export interface RougeCounts {
  hit: number;
  peer: number;
  model: number;
}

/**
 * ROUGE-N of a peer summary against several models, scoring mode A: hits and counts summed over
 * the models (the peer's count is added once per model, as ROUGE-1.5.5 does).
 */
export function rougeN(peer: string[], models: string[][], n: number): RougeCounts {
  const p = ngrams(rougeTokens(peer), n);
  const out: RougeCounts = { hit: 0, peer: 0, model: 0 };
  for (const modelSentences of models) {
    const m = ngrams(rougeTokens(modelSentences), n);
    for (const [g, count] of m.grams) out.hit += Math.min(count, p.grams.get(g) ?? 0);
    out.model += m.count;
    out.peer += p.count;
  }
  return out;
}
