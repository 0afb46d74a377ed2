// Figures a sentence reports ('275 explosive devices', '30 km', 'six people were killed'), keyed by what they count.

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozens: 24, scores: 40,
};

/**
 * How a count is qualified: 'at least 23' and 'more than 20' are lower bounds, 'up to 30' and
 * 'nearly 30' upper bounds, 'about 30' an estimate; a plain number is exact.
 */
export type FigureBound = 'exact' | 'at-least' | 'at-most' | 'about';

export interface Figure {
  /** What is counted, as a key: 'killed', 'wounded', 'explosive device', 'km'. */
  unit: string;
  value: number;
  bound: FigureBound;
  /** The upper end of a range ('20 to 30 killed': value 20, high 30). */
  high?: number;
  /** The number and its unit as written, with its qualifier. */
  text: string;
}

/**
 * Outcomes that matter most in conflict reporting, each with the unit it is counted under: a number
 * near one of these counts it, whatever the writer called the people ('23 fighters died' and '17
 * militants were killed' both count the killed).
 */
const OUTCOMES: { unit: string; words: RegExp }[] = [
  { unit: 'killed', words: /^(killed|dead|died|deaths?|lost their lives|slain|fatalities|executed)$/i },
  { unit: 'wounded', words: /^(wounded|injured|hurt|injuries)$/i },
  { unit: 'captured', words: /^(captured|taken prisoner|surrendered)$/i },
  { unit: 'arrested', words: /^(arrested|detained|held)$/i },
  { unit: 'displaced', words: /^(displaced|fled|forced from their homes|homeless)$/i },
  { unit: 'missing', words: /^(missing|abducted|kidnapped)$/i },
];
const OUTCOME_WORDS = /\b(killed|dead|died|deaths?|lost their lives|slain|fatalities|executed|wounded|injured|hurt|injuries|captured|taken prisoner|surrendered|arrested|detained|displaced|forced from their homes|homeless|missing|abducted|kidnapped)\b/i;
/** How far after a number (in characters) an outcome word still counts it: '23 fighters died in', '17 militants were killed'. */
const OUTCOME_REACH = 40;

/** Qualifiers written just before a number, by what they make of it. */
const BOUND_BEFORE: { bound: FigureBound; words: RegExp }[] = [
  { bound: 'at-least', words: /\b(at least|more than|over|upwards of|in excess of|no fewer than|no less than|a minimum of)\s+$/i },
  { bound: 'at-most', words: /\b(up to|nearly|almost|fewer than|less than|at most|as many as|no more than|a maximum of|just under)\s+$/i },
  { bound: 'about', words: /\b(about|around|roughly|some|approximately|an estimated|estimated|close to|nearly)\s+$/i },
];
/** '20 to 30', '20-30', 'between 20 and 30': a range, counted by its ends. */
const RANGE_AFTER = /^\s*(?:to|-|–|and)\s*(\d{1,3}(?:,\d{3})+|\d+)\b/;

const NUMBER = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/gi;
/** Words that end the description of what a number counts. */
const UNIT_STOP = /^(of|in|on|at|to|from|by|for|and|or|with|were|was|are|is|had|have|has|been|who|which|that|the|a|an|per|as|than|after|before|during|since|more|less)$/i;

function toNumber(raw: string): number | null {
  const lower = raw.toLowerCase();
  if (lower in WORD_NUMBERS) return WORD_NUMBERS[lower];
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function singular(word: string): string {
  const w = word.toLowerCase();
  if (/^(km|kilometers?|kilometres?)$/.test(w)) return 'km';
  if (/^miles?$/.test(w)) return 'mile';
  if (w.length > 3 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && /(ss|us)$/.test(w)) return w;
  if (w.length > 3 && w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Years and clock times are dates, not figures. */
function isDateLike(raw: string, firstWord: string): boolean {
  const n = Number(raw);
  return (n >= 1900 && n <= 2100 && !/\./.test(raw)) || /^(am|pm|a\.m|p\.m|gmt|utc|hours?|days?|weeks?|months?|years?|percent|per|%)$/i.test(firstWord);
}

function boundBefore(before: string): FigureBound {
  for (const rule of BOUND_BEFORE) if (rule.words.test(before)) return rule.bound;
  return 'exact';
}

function outcomeUnit(words: string): string | undefined {
  const w = words.toLowerCase();
  return OUTCOMES.find((o) => o.words.test(w))?.unit;
}

export function figuresOf(sentence: string): Figure[] {
  const out: Figure[] = [];
  let skipTo = -1;
  for (const m of sentence.matchAll(NUMBER)) {
    if (m.index! < skipTo) continue;
    const value = toNumber(m[1]);
    let after = sentence.slice(m.index! + m[0].length);
    let high: number | undefined;
    const range = RANGE_AFTER.exec(after);
    if (range && value !== null) {
      const top = toNumber(range[1]);
      if (top !== null && top > value) {
        high = top;
        after = after.slice(range[0].length);
        skipTo = m.index! + m[0].length + range[0].length;
      }
    }
    const words = (after.match(/^\s+([A-Za-z][A-Za-z-]*)(?:\s+([A-Za-z][A-Za-z-]*))?/) ?? []).slice(1).filter(Boolean) as string[];
    if (value === null || !words.length || isDateLike(m[1], words[0])) continue;
    const unitWords: string[] = [];
    for (const w of words) {
      if (UNIT_STOP.test(w)) break;
      unitWords.push(w);
    }
    if (!unitWords.length) continue;
    const outcome = OUTCOME_WORDS.exec(after.slice(0, OUTCOME_REACH));
    const unit = (outcome && outcomeUnit(outcome[1])) ?? unitWords.map(singular).join(' ');
    const before = sentence.slice(Math.max(0, m.index! - 30), m.index!);
    const bound = high !== undefined ? 'exact' : boundBefore(before);
    const qualifier = bound === 'exact' ? '' : (BOUND_BEFORE.find((r) => r.bound === bound)!.words.exec(before)![1] + ' ');
    const figure: Figure = { unit, value, bound, text: `${qualifier}${m[1]}${high !== undefined ? `-${high}` : ''} ${unitWords.join(' ')}` };
    if (high !== undefined) figure.high = high;
    out.push(figure);
  }
  return out;
}

/** The interval of true values a figure allows: 'at least 23' is [23, inf), 'about 30' is [30 - 10%, 30 + 10%]. */
function interval(f: Pick<Figure, 'value' | 'bound' | 'high'>): [number, number] {
  if (f.high !== undefined) return [f.value, f.high];
  if (f.bound === 'at-least') return [f.value, Infinity];
  if (f.bound === 'at-most') return [0, f.value];
  if (f.bound === 'about') return [f.value * 0.9, f.value * 1.1];
  return [f.value, f.value];
}

/**
 * Whether two reports of one count can both be true: 'at least 17' and 23 can, 'at least 23' and 17
 * cannot, nor can 23 and 17. Sources that disagree are those whose figures cannot both hold.
 */
export function figuresCompatible(a: Pick<Figure, 'value' | 'bound' | 'high'>, b: Pick<Figure, 'value' | 'bound' | 'high'>): boolean {
  const [aLo, aHi] = interval(a);
  const [bLo, bHi] = interval(b);
  return aLo <= bHi && bLo <= aHi;
}
