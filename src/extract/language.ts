// Language identification good enough to pick date order and stopwords: the script first, then
// counts of very common function words for Latin-script languages.

/** Fewer function-word hits than this and the sample is too thin to call. */
const MIN_STOPWORD_HITS = 3;
/** The winner must beat the runner-up by this factor; close calls (es/pt/it share many words) stay 'und'. */
const MIN_LEAD_RATIO = 1.3;
/** Share of letters in a non-Latin script above which the script decides the language. */
const MIN_SCRIPT_SHARE = 0.3;

/** Frequent function words, chosen to overlap little between the languages. */
const STOPWORDS: Record<string, string[]> = {
  en: 'the and of to is that for it was with as are by this be from have has were which said not at its their they would been'.split(' '),
  fr: 'le la les des et est une du dans que qui pour pas sur au avec ce il elle sont par plus été aux ont cette selon'.split(' '),
  de: 'der die das und ist nicht mit ein eine den dem von zu auf für sich auch im wird wurde sie es nach bei des'.split(' '),
  es: 'el la los las y en que del por con una es se para al lo como más fue pero sus ha son según'.split(' '),
  it: 'il di che e la per un una del della non sono con gli le è nel alla anche dei come ha più dalla'.split(' '),
  pt: 'o a os as de que e do da em um uma para com não dos das no na por foi mais é ao pelo'.split(' '),
  nl: 'de het een van en in is dat op te met voor niet zijn er aan ook als bij door wordt werd naar'.split(' '),
};

const STOPWORD_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]));

interface ScriptRule {
  language: string;
  pattern: RegExp;
}

/** Scripts that name a language on their own; checked in order, kana before Han so Japanese is not read as Chinese. */
const SCRIPT_RULES: ScriptRule[] = [
  { language: 'ja', pattern: /[\u3040-\u30ff]/gu },
  { language: 'ko', pattern: /[\uac00-\ud7af\u1100-\u11ff]/gu },
  { language: 'zh', pattern: /\p{Script=Han}/gu },
  { language: 'ar', pattern: /\p{Script=Arabic}/gu },
  { language: 'ru', pattern: /\p{Script=Cyrillic}/gu },
  { language: 'el', pattern: /\p{Script=Greek}/gu },
  { language: 'he', pattern: /\p{Script=Hebrew}/gu },
];

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Any character from Greek onwards, skipping the punctuation and symbol blocks Latin text uses too. */
const BEYOND_LATIN = /[\u0370-\u1fff\u3000-\ud7ff\uf900-\ufdff\ufe70-\ufeff]/;

function byScript(text: string): string | null {
  // Most pages are in a Latin script: one look settles that without counting every letter.
  if (!BEYOND_LATIN.test(text)) return null;
  const letters = count(text, /\p{L}/gu);
  if (letters === 0) return null;
  for (const rule of SCRIPT_RULES) {
    const n = count(text, rule.pattern);
    // Japanese text mixes kana with Han; a little kana is enough to tell it from Chinese.
    const needed = rule.language === 'ja' ? 0.05 : MIN_SCRIPT_SHARE;
    if (n / letters >= needed) return refineScript(rule.language, text);
  }
  return null;
}

/** Letters that only Persian (among Arabic-script) or Ukrainian (among Cyrillic) use. */
function refineScript(language: string, text: string): string {
  if (language === 'ar' && /[پچژگ]/u.test(text)) return 'fa';
  if (language === 'ru' && /[іїєґ]/iu.test(text)) return 'uk';
  return language;
}

/** ISO 639-1 code of the text's language, or 'und' when the evidence is too thin or too close. */
export function detectLanguage(text: string): string {
  const script = byScript(text);
  if (script) return script;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores: [string, number][] = Object.keys(STOPWORD_SETS).map((lang) => [lang, 0]);
  for (const word of words) {
    for (const entry of scores) if (STOPWORD_SETS[entry[0]].has(word)) entry[1]++;
  }
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (best[1] < MIN_STOPWORD_HITS) return 'und';
  if (best[1] < second[1] * MIN_LEAD_RATIO) return 'und';
  return best[0];
}
