// Name folding and lookup keys for place names.
//
// Transliterated Arabic names reach us in many spellings ('Deir ez-Zor', 'Deir al-Zour', 'Deir Ezzor',
// 'Dayr az-Zawr'). Rather than list every spelling, a name is reduced to a few keys, from exact to
// loose, and the gazetteer is indexed under the same keys: two spellings meet on the first key they share.

/** The Arabic definite article as transliterations write it, including assimilated forms (ad-, ash-, az-, ...). */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'il', 'ul',
  'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'adh', 'ath',
  'ed', 'er', 'es', 'esh', 'et', 'ez', 'en',
  'ud', 'ur', 'us', 'uz', 'ush',
]);

/** Leading 'Abu'/'Albu' (father of / family of) is often dropped or fused: 'Abu Kamal', 'Albukamal', 'Abu Bukamal'. */
const KINSHIP_PREFIXES = ['albu', 'abou', 'abu'];
/** Below this many letters a stripped remainder is too short to be a name of its own ('Abuja' stays whole). */
const MIN_REMAINDER_AFTER_PREFIX = 4;

const APOSTROPHES = /['’‘`´ʿʾʼʻ]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const COMBINING = /[\u0300-\u036f]/g;
/** Letters that NFD does not decompose into a base letter plus accent. */
const SPECIAL_LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };
const SPECIAL_LETTER_RE = /[ıłøđßæœþħ]/g;

/** The common case, plain ASCII, folded in one pass without Unicode normalisation (the gazetteer folds ~700,000 names). */
function foldAscii(lower: string): string | null {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c > 127) return null;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += lower[i];
    } else if (c !== 39 && c !== 96) {
      pendingSpace = true;
    }
  }
  return out;
}

/** Lowercase, accents stripped, apostrophes and ʿʾ removed, other punctuation to spaces, spaces collapsed. */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  const ascii = foldAscii(lower);
  if (ascii !== null) return ascii;
  return lower
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(SPECIAL_LETTER_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(NON_ALNUM, ' ')
    .trim();
}

/** 'ezzor' -> 'zor': the article fused with the doubled first letter of the word it precedes. */
const FUSED_ASSIMILATED_ARTICLE = /^[aeu](sh|th|dh|[tdrzsnl])\1(?=[a-z])/;

function stripFusedArticle(token: string): string {
  const m = FUSED_ASSIMILATED_ARTICLE.exec(token);
  if (!m) return token;
  const rest = token.slice(1 + m[1].length);
  return rest.length >= 2 ? rest : token;
}

/** Tokens of a folded name with the Arabic article removed, whether separate ('al zour') or fused ('ezzor'). */
export function articleFreeTokens(folded: string): string[] {
  const tokens = folded.split(' ');
  const kept: string[] = [];
  for (const token of tokens) {
    if (token.length === 0 || ARABIC_ARTICLES.has(token)) continue;
    kept.push(stripFusedArticle(token));
  }
  return kept.length > 0 ? kept : tokens.filter((t) => t.length > 0);
}

/** The article-free key: article-free tokens joined by spaces. */
export function articleFreeKey(folded: string): string {
  return articleFreeTokens(folded).join(' ');
}

function stripKinshipPrefix(joined: string): string {
  for (const prefix of KINSHIP_PREFIXES) {
    if (joined.startsWith(prefix) && joined.length - prefix.length >= MIN_REMAINDER_AFTER_PREFIX) {
      let rest = joined.slice(prefix.length);
      // 'Abu Bukamal': the 'bu' repeated after 'Abu' is the same kinship word again.
      if (rest.startsWith('bu') && rest.length - 2 >= MIN_REMAINDER_AFTER_PREFIX) rest = rest.slice(2);
      return rest;
    }
  }
  return joined;
}

/** A final e after vowel + consonant, as French spelling writes it. */
const FRENCH_SILENT_E = /([aiou][bdfklmnrstz])e$/;

const isVowel = (c: string | undefined): boolean => c === 'a' || c === 'i' || c === 'u';

/**
 * Merge letters that English transliterations of Arabic use interchangeably for one sound, in one pass:
 * q/k (Raqqa, Rakka), ph/f, ou/oo/o/u (Zour, Zor, Zur), ee/e/i (Mayadeen, Mayadin), aw/u (Zawr),
 * ay/ey/ei/i (Dayr, Deir); then doubled letters collapse (Raqqa, Raqa) and a final h after a vowel
 * goes (Raqqah). Consonant-only skeletons would merge far more unrelated names, so vowels stay.
 */
function mergeTransliterationVariants(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const next = s[i + 1];
    let emit = c;
    if (c === 'q') emit = 'k';
    else if (c === 'p' && next === 'h') { emit = 'f'; i++; }
    else if (c === 'o' && (next === 'u' || next === 'o')) { emit = 'u'; i++; }
    else if (c === 'e' && (next === 'e' || next === 'i' || next === 'y')) { emit = 'i'; i++; }
    else if (c === 'a' && next === 'w') { emit = 'u'; i++; }
    else if (c === 'a' && next === 'y') { emit = 'i'; i++; }
    else if (c === 'o') emit = 'u';
    else if (c === 'e') emit = 'i';
    if (out.length > 0 && out[out.length - 1] === emit) continue;
    out += emit;
  }
  if (out.length > 2 && out.endsWith('h') && isVowel(out[out.length - 2])) out = out.slice(0, -1);
  return out;
}

/** The loosest key, from article-free tokens: joined, kinship prefix dropped, transliteration variants merged. */
export function skeletonFromTokens(articleFree: string[]): string {
  const joined = stripKinshipPrefix(articleFree.join(''));
  // French transliterations end in a silent e ('Meyadine', 'Hindane').
  const withoutSilentE = joined.length > 5 ? joined.replace(FRENCH_SILENT_E, '$1') : joined;
  return mergeTransliterationVariants(withoutSilentE);
}

/** The loosest key: article-free tokens joined, kinship prefix dropped, vowels and doubled letters merged. */
export function skeletonKey(folded: string): string {
  return skeletonFromTokens(articleFreeTokens(folded));
}

/** Lookup keys of a name, most exact first, without repeats: folded, article-free, skeleton. */
export function nameKeys(name: string): string[] {
  const folded = foldName(name);
  if (folded.length === 0) return [];
  const keys = [folded];
  const articleFree = articleFreeTokens(folded).join(' ');
  if (!keys.includes(articleFree)) keys.push(articleFree);
  const skeleton = skeletonKey(folded);
  if (skeleton.length > 0 && !keys.includes(skeleton)) keys.push(skeleton);
  return keys;
}
