// Word lists the place finder consults: capitalised words that are far more often ordinary English
// (or titles, days, months, page furniture) than the small towns of the same name, and the words
// around a name that change what it names.

/** Capitalised words never taken alone as a place, whatever town happens to bear the name. Folded (lowercase). */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set(
  `
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  today yesterday tomorrow morning evening night day week month year spring summer autumn fall winter
  president prime minister general gen sen senator mr mrs ms dr king queen prince princess sheikh emir
  colonel col lt captain major governor mayor pope saint st sir lord lady judge commander chief spokesman
  the a an in on at of to for with from by over after before during since until into onto upon under via
  there where when what who whom which why how then than here
  this that these those it he she they we you i his her its their our your my me us them
  and or but if as so not no yes all any some most many more other another each every both either
  also even while despite meanwhile indeed however although though because elsewhere according backed
  one two three four five six seven eight nine ten first second third last next new old
  north south east west northern southern eastern western central middle upper lower great greater
  state states army armies force forces center centre home news post reply related top latest world
  email share tweet popular support click here sign join warning social media primary header right left
  featured energy economy politics about archives skip content filed personal box remember partner
  articles article overview leave required subscribe advertisement advertisements privacy policy terms
  contact copyright rights reserved newsletter donate homepage thoughts history religion environment
  submissions sidebar independent journalism buy ebook prophet empires clash story stories section page
  menu search login register comments comment video photo image images report reports times herald daily
  journal press television radio online blog air sea land defense defence ministry foreign office council
  security committee house senate congress parliament government republic kingdom union united nations
  national international islamic islam muslim christian jewish sunni shia shiite liberation freedom
  victory peace war battle front division brigade regiment legion corps unit units guard guards police
  navy military troops militia rebels opposition regime coalition allies alliance agency observatory
  monitor hospital university school church mosque airport airbase base camp bridge river lake mountain
  mountains desert valley road street square district province governorate city town village region
  county area zone caliphate allah god mission operation hope genocide awards award mention foundation
  kurdish kurd kurds arab arabs arabic druze yazidi turkmen assyrian
  scientists earth trump amid infighting progress advance advances liberates capture captures
  `.trim().split(/\s+/),
);

/** A word right after a name that makes the name a region around its namesake city, not the city itself. */
export const REGION_WORDS: ReadonlySet<string> = new Set(['province', 'provinces', 'governorate', 'governorates', 'region', 'district', 'countryside']);

/** A word right after a name that confirms a settlement ('Deir Ezzor city'). */
export const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/** A word right after a name that makes it a natural feature, which cities500 does not hold. */
export const FEATURE_WORDS: ReadonlySet<string> = new Set([
  'river', 'sea', 'ocean', 'desert', 'mountains', 'mountain', 'lake', 'gulf', 'valley', 'strait', 'peninsula', 'island', 'islands',
]);

/** A word right before a capitalised name that makes it a person. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  'president minister general gen sen senator mr mrs ms dr king queen prince sheikh colonel col captain governor mayor pope sir lord lady judge commander spokesman leader'.split(' '),
);

/** Lowercase words allowed inside a place name: the Arabic article and name particles ('Ras al Ain', 'Jebel al-Bashri'). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'es', 'esh', 'et', 'ez', 'en', 'ul', 'ud', 'ur', 'uz',
  'bin', 'ibn', 'bint', 'abu', 'de', 'del', 'la', 'le', 'du', 'da', 'do', 'dos', 'das',
]);

/** Group names and religious or ethnic adjectives that point at a country like a demonym does, beyond world-countries' own. */
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  alawite: 'SY', persian: 'IR', turk: 'TR', briton: 'GB', yankee: 'US', american: 'US', british: 'GB',
  sinhalese: 'LK', sinhala: 'LK',
};
