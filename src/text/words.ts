// Word-level helpers shared by the stages that compare texts (dedupe, cluster, events, summarize).

/** Function words that carry no topic; kept short so that content words are never lost. */
const STOPWORDS = new Set(
  (
    'a an the and or but if of in on at to for from by with as is are was were be been being it its this that these those ' +
    'he she they them their his her we our you your i me my not no nor so than then there here which who whom whose what ' +
    'when where why how all any both each few more most other some such only own same too very can will just should would ' +
    'could may might must shall do does did doing have has had having about above after again against below between into ' +
    'through during before under over up down out off once further also said says say according while since until per ' +
    'one two three four five six seven eight nine ten'
  ).split(' '),
);

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A light suffix stripper: enough to let 'strikes'/'strike' and 'advanced'/'advances' meet; not a linguist's stemmer. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' ? base + 'y' : base;
    }
  }
  return word;
}

export function contentWords(text: string): string[] {
  return tokens(text)
    .filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w) && w.length > 1)
    .map(stem);
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Word n-grams as strings, the unit of near-duplicate comparison. */
export function shingles(text: string, n: number): Set<string> {
  const words = tokens(text);
  const out = new Set<string>();
  if (words.length < n) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}
