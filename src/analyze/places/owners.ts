// Where the words around a name say which place holds it: 'London's Heathrow', 'Cairo's Abbasiya
// neighbourhood', 'University Hospital in Columbia', 'Fort Detrick, Maryland', 'the Mukuru district of
// Nairobi'. Pure text: returns the offsets of the holder's name, which the resolver then resolves.

/** One to three capitalised words: the holder's name. */
const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:[ \t]\p{Lu}[\p{L}.’'-]*){0,2}`;
/** Lowercase words allowed between a possessive and the name it owns ('Paris' iconic Champs-Elysees'). */
const MAX_WORDS_BETWEEN_POSSESSIVE = 2;
/** The holder's name and what makes it one, right before the span. */
const POSSESSIVE_BEFORE = new RegExp(String.raw`(${NAME})['’]s?[ \t]+(?:\p{Ll}+[ \t]+){0,${MAX_WORDS_BETWEEN_POSSESSIVE}}$`, 'u');
/** Kinds of place that sit between a name and its holder ('Haram district of Giza', 'a pond in ...'). */
const KIND_WORDS = String.raw`(?:district|neighbou?rhood|area|county|province|region|state|village|town|city|township|slums?|suburb|hospital|airport|park)`;
/** Lowercase words allowed between a name and 'in Holder' ('Abu Shok refugee camp in Al-Fashir'). */
const MAX_WORDS_BEFORE_IN = 2;
/** After the span: an optional kind word then ', Holder', or a few lowercase words then 'in/of/near/outside (the) Holder'. */
const HOLDER_AFTER = new RegExp(
  String.raw`^(?:(?:[ \t]+${KIND_WORDS})?,[ \t]+|(?:[ \t]+\p{Ll}+){0,${MAX_WORDS_BEFORE_IN}}?[ \t]+(?:in|of|near|outside)[ \t]+(?:the[ \t]+)?)(${NAME})`,
  'u',
);

export interface HolderPhrase {
  start: number;
  end: number;
  /** 'possessive' holders own the name outright; 'after' holders may be a list's next item (', Maryland'). */
  how: 'possessive' | 'after';
}

/** Trailing dots and a possessive are not part of the holder's name ('Maryland.' ends a sentence). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let e = end;
  while (e > start && /[.’'-]/.test(text[e - 1])) e--;
  return { start, end: e };
}

/** The place name written as the owner of the span ('London's' before 'Heathrow'), or null. */
export function possessiveHolder(text: string, start: number): HolderPhrase | null {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = POSSESSIVE_BEFORE.exec(before);
  if (m === null) return null;
  const at = start - before.length + m.index;
  return { ...trimmed(text, at, at + m[1].length), how: 'possessive' };
}

/** The place name written after the span as where it lies ('in Columbia', ', Maryland'), or null. */
export function holderAfter(text: string, end: number): HolderPhrase | null {
  const after = text.slice(end, end + 80);
  const m = HOLDER_AFTER.exec(after);
  if (m === null) return null;
  const at = end + m[0].length - m[1].length;
  return { ...trimmed(text, at, at + m[1].length), how: 'after' };
}

/** Head words of buildings, grounds and facilities named after the town they stand in ('Vancouver Art Gallery'). */
const FACILITY_HEADS = /\b(?:airport|hospital|gallery|museum|university|college|church|cathedral|mosque|temple|stadium|arena|station|park|centre|center|school|prison|base|ground|market|bridge|harbou?r|port|zoo|library|hall|tower|palace|castle)s?$/i;

/**
 * Leading words of a facility's name that may be its town: 'Vancouver Art Gallery' -> 'Vancouver',
 * 'Montreal-Pierre Elliott Trudeau International Airport' -> 'Montreal'. Longest first; none when the
 * name does not end in a facility word.
 */
export function facilityTownPrefixes(name: string): string[] {
  if (!FACILITY_HEADS.test(name.trim())) return [];
  const words = name.trim().split(/[ \t]+|-(?=\p{Lu})/u);
  const out: string[] = [];
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const prefix = words.slice(0, n);
    if (prefix.every((w) => /^\p{Lu}/u.test(w))) out.push(prefix.join(' '));
  }
  return out;
}
