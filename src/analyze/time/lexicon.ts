// Words the temporal rules read: month and weekday names per language, number words, units.
// Kept apart from the rules so adding a language touches one table, not the patterns.

export type Language = 'en' | 'fr' | 'de' | 'es';

export const SUPPORTED_LANGUAGES: readonly Language[] = ['en', 'fr', 'de', 'es'];

export function toLanguage(code: string | undefined): Language {
  const short = (code ?? 'en').toLowerCase().slice(0, 2);
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(short) ? (short as Language) : 'en';
}

// English names are matched capitalised only: that is what keeps the modal 'may' and the verb
// 'march' out, and news copy always capitalises months.
const ENGLISH_MONTHS: readonly string[][] = [
  ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May'], ['June', 'Jun'],
  ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sept', 'Sep'], ['October', 'Oct'], ['November', 'Nov'],
  ['December', 'Dec'],
];

// French and Spanish write months in lower case; German capitalises nouns. Both cases are listed.
const FOREIGN_MONTHS: Record<Exclude<Language, 'en'>, readonly string[][]> = {
  fr: [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'],
    ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
  de: [['Januar', 'Jänner'], ['Februar'], ['März', 'Maerz'], ['April'], ['Mai'], ['Juni'], ['Juli'], ['August'],
    ['September'], ['Oktober'], ['November'], ['Dezember']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'],
    ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
};

const ENGLISH_WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const FOREIGN_WEEKDAYS: Record<Exclude<Language, 'en'>, readonly string[][]> = {
  fr: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  de: [['Montag'], ['Dienstag'], ['Mittwoch'], ['Donnerstag'], ['Freitag'], ['Samstag', 'Sonnabend'], ['Sonntag']],
  es: [['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado'], ['domingo']],
};

/** Abbreviated English weekdays, only trusted right before a date ('Mon, 16 Oct 2017'). */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function bothCases(words: readonly string[]): string[] {
  return words.flatMap((w) => [w.toLowerCase(), capitalise(w.toLowerCase())]);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so 'September' is tried before 'Sept' and 'Sep'. */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

export interface Lexicon {
  language: Language;
  /** Regex alternation of every month name and abbreviation. */
  monthPattern: string;
  /** Full English month names only: the ones safe enough to stand alone. */
  fullMonthPattern: string;
  weekdayPattern: string;
  monthNumber(word: string): number | undefined;
  weekdayNumber(word: string): number | undefined;
}

const lexicons = new Map<Language, Lexicon>();

export function lexiconFor(language: Language): Lexicon {
  const cached = lexicons.get(language);
  if (cached) return cached;
  const months = new Map<string, number>();
  const monthWords: string[] = [];
  ENGLISH_MONTHS.forEach((names, i) => names.forEach((n) => { months.set(n.toLowerCase(), i + 1); monthWords.push(n); }));
  const weekdays = new Map<string, number>();
  const weekdayWords: string[] = [];
  ENGLISH_WEEKDAYS.forEach((n, i) => { weekdays.set(n.toLowerCase(), i + 1); weekdayWords.push(n); });
  if (language !== 'en') {
    FOREIGN_MONTHS[language].forEach((names, i) => bothCases(names).forEach((n) => { months.set(n.toLowerCase(), i + 1); monthWords.push(n); }));
    FOREIGN_WEEKDAYS[language].forEach((names, i) => bothCases(names).forEach((n) => { weekdays.set(n.toLowerCase(), i + 1); weekdayWords.push(n); }));
  }
  const lexicon: Lexicon = {
    language,
    monthPattern: alternation(monthWords),
    fullMonthPattern: alternation(ENGLISH_MONTHS.map((names) => names[0])),
    weekdayPattern: alternation(weekdayWords),
    monthNumber: (word) => months.get(word.toLowerCase().replace(/\.$/, '')),
    weekdayNumber: (word) => weekdays.get(word.toLowerCase()),
  };
  lexicons.set(language, lexicon);
  return lexicon;
}

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a couple of': 2, 'a dozen': 12, dozen: 12,
};

/** Amounts that say 'some number' without saying which: they become X in a value. */
export const VAGUE_AMOUNTS: readonly string[] = ['several', 'a few', 'few', 'many', 'some', 'a number of', 'dozens of'];

// '2 1/2 years' is two and a half.
export const NUMBER_PATTERN = `\\d+(?:\\s+1/2|\\.\\d+)?|${alternation(Object.keys(NUMBER_WORDS))}`;
export const VAGUE_PATTERN = alternation(VAGUE_AMOUNTS);

export function parseAmount(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const half = /^(\d+) 1\/2$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  return NUMBER_WORDS[w];
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export const UNIT_PATTERN = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries';

export function parseUnit(word: string): Unit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  const singular = w.replace(/s$/, '');
  return (['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'] as const).find((u) => u === singular);
}

// A fraction of a unit is written in the next smaller one, as TimeML does ('2 1/2 years' is P2Y6M).
const SMALLER_UNIT: Partial<Record<Unit, { unit: Unit; per: number }>> = {
  year: { unit: 'month', per: 12 }, day: { unit: 'hour', per: 24 }, hour: { unit: 'minute', per: 60 }, minute: { unit: 'second', per: 60 },
};

/** TIMEX3 duration letters: time units sit after 'T'. */
export function durationValue(amount: number | 'X', unit: Unit): string {
  const smaller = SMALLER_UNIT[unit];
  if (amount !== 'X' && !Number.isInteger(amount) && smaller && Number.isInteger((amount % 1) * smaller.per)) {
    const part = durationValue((amount % 1) * smaller.per, smaller.unit);
    if (amount < 1) return part;
    const whole = durationValue(Math.floor(amount), unit);
    // 'PT5H' + 'PT30M' → 'PT5H30M'; 'P1D' + 'PT12H' → 'P1DT12H'.
    return whole + (whole.includes('T') ? part.replace(/^PT/, '') : part.replace(/^P/, ''));
  }
  return durationUnitValue(amount, unit);
}

function durationUnitValue(amount: number | 'X', unit: Unit): string {
  const n = amount === 'X' ? 'X' : String(amount);
  switch (unit) {
    case 'second': return `PT${n}S`;
    case 'minute': return `PT${n}M`;
    case 'hour': return `PT${n}H`;
    case 'day': return `P${n}D`;
    case 'week': return `P${n}W`;
    case 'month': return `P${n}M`;
    case 'year': return `P${n}Y`;
    // TimeBank writes decades and centuries in years ('two decades' is P20Y); an unknown count keeps its unit.
    case 'decade': return amount === 'X' ? 'PXDE' : `P${amount * 10}Y`;
    case 'century': return amount === 'X' ? 'PXC' : `P${amount * 100}Y`;
  }
}

// Years said aloud, as broadcast transcripts write them: 'nineteen ninety-six', 'two thousand one'.
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TWO_DIGITS = `(?:(?:${TENS.join('|')})(?:[\\s-]+(?:${ONES.join('|')}))?|${TEENS.join('|')}|oh[\\s-]+(?:${ONES.join('|')}))`;

/** A spoken year: a century word then two digits ('nineteen ninety-six'), or 'two thousand' and what follows. */
export const SPELLED_YEAR_PATTERN = `(?:(?:eighteen|nineteen|twenty)[\\s-]+${TWO_DIGITS}|two\\s+thousand(?:(?:\\s+and)?\\s+(?:${TEENS.join('|')}|${ONES.join('|')}))?)`;

const WORD_VALUES: Record<string, number> = Object.fromEntries([
  ...ONES.map((w, i) => [w, i + 1]), ...TEENS.map((w, i) => [w, i + 10]), ...TENS.map((w, i) => [w, 10 * (i + 2)]),
]);

/** The sum of number words ('ninety-six' → 96); 'oh' and 'and' are fillers. */
function wordNumber(words: string): number | undefined {
  let total = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'oh' || w === 'and') continue;
    const n = WORD_VALUES[w];
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

/** 'nineteen ninety-six' → 1996, 'two thousand' → 2000, 'two thousand and one' → 2001. */
export function parseSpelledYear(words: string): number | undefined {
  const w = words.toLowerCase().trim();
  const thousand = /^two\s+thousand(?:\s+(?:and\s+)?(.+))?$/.exec(w);
  if (thousand) {
    const rest = thousand[1] ? wordNumber(thousand[1]) : 0;
    return rest === undefined ? undefined : 2000 + rest;
  }
  const m = /^(eighteen|nineteen|twenty)[\s-]+(.+)$/.exec(w);
  if (!m) return undefined;
  const century = wordNumber(m[1]);
  const rest = wordNumber(m[2]);
  return century === undefined || rest === undefined || rest > 99 ? undefined : century * 100 + rest;
}
