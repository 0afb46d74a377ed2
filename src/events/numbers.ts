// Figures a sentence reports ('275 explosive devices', '30 km', 'six people were killed'), keyed by what they count.

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozens: 24, scores: 40,
};

export interface Figure {
  /** What is counted, as a key: 'killed', 'explosive device', 'km'. */
  unit: string;
  value: number;
  /** The number and its unit as written. */
  text: string;
}

/** Outcomes that matter most in conflict reporting; a number near one of these counts it. */
const OUTCOME_WORDS = /\b(killed|dead|died|wounded|injured|captured|arrested|displaced|missing)\b/i;

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

export function figuresOf(sentence: string): Figure[] {
  const out: Figure[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const value = toNumber(m[1]);
    const after = sentence.slice(m.index! + m[0].length);
    const words = (after.match(/^\s+([A-Za-z][A-Za-z-]*)(?:\s+([A-Za-z][A-Za-z-]*))?/) ?? []).slice(1).filter(Boolean) as string[];
    if (value === null || !words.length || isDateLike(m[1], words[0])) continue;
    const unitWords: string[] = [];
    for (const w of words) {
      if (UNIT_STOP.test(w)) break;
      unitWords.push(w);
    }
    if (!unitWords.length) continue;
    const outcome = OUTCOME_WORDS.exec(after.slice(0, 40));
    const unit = outcome ? outcome[1].toLowerCase() : unitWords.map(singular).join(' ');
    out.push({ unit, value, text: `${m[1]} ${unitWords.join(' ')}` });
  }
  return out;
}
