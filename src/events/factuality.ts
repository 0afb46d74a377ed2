// Whether a sentence tells its happening as done, or as something that will, may or did not happen,
// as a general truth, as background or as somebody's view. A light reading of English verb groups
// (no parser, no model): each top-level clause gets its head verb group, a reporting verb hands over
// to the clause it reports, and ordered named rules turn what a head says into a reason. Scope is
// the point: only heads decide, so 'Troops captured X, which could open the road to Y' stays actual
// (the modal sits in a clause after the head) and 'officials said on Wednesday that troops took the
// town' is actual (a reporting verb is no hedge), while 'officials denied that troops took the town'
// and 'commanders predicted that the fighters would flee' are not.

export type Factuality = 'prediction' | 'plan' | 'conditional' | 'obligation' | 'negation' | 'generic' | 'background' | 'opinion';

export interface Token {
  text: string;
  /** Lowercased, curly apostrophes made straight, clitics split off ('did' + "n't"). */
  lower: string;
  start: number;
  end: number;
}

export type GroupKind =
  | 'modal' // will/would/could/... + verb
  | 'future' // is to / is set to / is expected to, and the headline's 'Apple to cut jobs'
  | 'plan' // plans to, vowed to, is planning to
  | 'past' // took, announced
  | 'present' // announces, says, comes
  | 'perfect' // has taken, had been hit
  | 'passive' // was hit, is built
  | 'progressive' // is advancing, were fighting
  | 'copula' // was under the command of, is the biggest
  | 'possession'; // has a display, had a base

export interface VerbGroup {
  kind: GroupKind;
  tense: 'past' | 'present';
  negated: boolean;
  /** Token indices of the group's first and last words. */
  from: number;
  to: number;
  /** The word that carries the meaning, lowercased ('attack', 'denied'); the auxiliary of a copula. */
  verb: string;
  modal?: string;
  /** 'had been' + participle, 'had become': a perfect told from a past point. */
  pastPerfect?: boolean;
}

export interface FactualityCue {
  reason: Factuality;
  /** The words that decided it, as written. */
  cue: string;
  /** The rule that fired, for whoever tunes the lists. */
  rule: string;
}

// ---- words ----

const MODALS = new Map<string, string>([
  ['will', 'will'], ['wo', 'will'], ["'ll", 'will'], ['shall', 'will'], ['would', 'would'], ['could', 'could'],
  ['might', 'might'], ['may', 'may'], ['can', 'can'], ['ca', 'can'], ['cannot', 'can'], ['should', 'should'], ['must', 'must'],
]);
const BE_FINITE = new Map<string, 'past' | 'present'>([
  ['is', 'present'], ['are', 'present'], ['am', 'present'], ["'re", 'present'], ["'m", 'present'], ['was', 'past'], ['were', 'past'],
]);
const HAVE_FINITE = new Map<string, 'past' | 'present'>([['has', 'present'], ['have', 'present'], ["'ve", 'present'], ['had', 'past']]);
const DO_FINITE = new Map<string, 'past' | 'present'>([['do', 'present'], ['does', 'present'], ['did', 'past']]);
const NEGATORS = new Set(['not', "n't", 'never']);
/** Pronouns after which "'s" is 'is' or 'has', not a possessive. */
const S_IS_AFTER = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'this']);

/** Adverbs that sit inside a verb group ('will also', 'had already been', 'has not yet'). */
const GROUP_ADVERBS = new Set([
  'also', 'still', 'now', 'already', 'just', 'only', 'even', 'soon', 'then', 'reportedly', 'allegedly', 'currently',
  'finally', 'eventually', 'ultimately', 'initially', 'originally', 'previously', 'recently', 'later', 'first', 'again',
  'once', 'both', 'either', 'all', 'really', 'actually', 'probably', 'likely', 'possibly', 'certainly', 'definitely',
  'quickly', 'immediately', 'unexpectedly', 'officially', 'formally', 'effectively', 'largely', 'mainly', 'partly',
  'fully', 'completely', 'nearly', 'almost', 'long', 'ever', 'further', 'jointly', 'apparently', 'repeatedly',
  'successfully', 'widely', 'yet', 'since', 'each', 'indeed', 'briefly', 'temporarily', 'reluctantly',
]);
/** Words ending in -ly that are not adverbs. */
const NOT_LY_ADVERBS = new Set(['supply', 'apply', 'reply', 'rally', 'ally', 'fly', 'family', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'italy', 'july', 'belly', 'holy', 'only']);

/** Words before which an -ed or -s word is an adjective or a noun ('the besieged unit', 'its plans'). */
const NOT_BEFORE_A_VERB = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', "'s",
  'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'to', 'into', 'over', 'under', 'about', 'after', 'before', 'than',
  'per', 'each', 'every', 'some', 'any', 'no', 'many', 'several', 'more', 'most', 'few', 'new', 'other', 'such', 'own',
  'very', 'well', 'newly', 'recently', 'previously', 'so-called', 'against', 'between', 'among', 'through', 'during',
  'without', 'within', 'via', 'like', 'unlike', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Irregular simple pasts, as news uses them for what happened. */
const IRREGULAR_PAST = new Set([
  'took', 'won', 'beat', 'hit', 'began', 'fought', 'fell', 'lost', 'made', 'left', 'struck', 'came', 'went', 'held', 'drove',
  'broke', 'led', 'sent', 'shot', 'blew', 'fled', 'overran', 'retook', 'rose', 'drew', 'ran', 'threw', 'gave', 'got', 'set',
  'put', 'cut', 'met', 'sank', 'spread', 'stood', 'swept', 'flew', 'built', 'brought', 'caught', 'chose', 'froze', 'hid',
  'laid', 'paid', 'sold', 'split', 'spent', 'stole', 'told', 'tore', 'wrote', 'woke', 'became', 'forbade', 'quit', 'sought',
  'withdrew', 'said', 'found', 'kept', 'felt', 'knew', 'saw', 'thought', 'bought', 'taught', 'meant', 'heard', 'shut',
  'hurt', 'bore', 'slew', 'sprang', 'swore', 'wore', 'undertook', 'overtook', 'understood', 'underwent', 'upheld', 'withheld',
  'foresaw', 'forecast', 'dealt', 'lent', 'bent', 'fed', 'slid', 'stuck', 'shook', 'rode', 'hung', 'dug', 'ate', 'burst',
  'sped', 'spun', 'wept', 'overcame', 'outran', 'rebuilt', 'reopened',
]);
/** Irregular past participles that are not also simple pasts. */
const IRREGULAR_PARTICIPLE = new Set([
  'been', 'done', 'gone', 'seen', 'taken', 'given', 'shown', 'known', 'grown', 'drawn', 'driven', 'written', 'ridden',
  'risen', 'fallen', 'broken', 'chosen', 'spoken', 'stolen', 'frozen', 'woken', 'forgotten', 'gotten', 'hidden', 'beaten',
  'bitten', 'eaten', 'flown', 'thrown', 'blown', 'sworn', 'torn', 'worn', 'born', 'borne', 'overrun', 'begun', 'run', 'come',
  'become', 'overcome', 'undergone', 'undertaken', 'overtaken', 'mistaken', 'forbidden', 'forgiven', 'shaken', 'sunk',
  'sung', 'rung', 'swum', 'stricken', 'slain', 'proven', 'withdrawn', 'retaken', 'foreseen', 'forecast', 'shot',
]);
/** Words ending in -ed that are not verbs, or are adjectives far more often than actions. */
const NOT_PAST_ED = new Set([
  'indeed', 'hundred', 'united', 'limited', 'related', 'interested', 'concerned', 'supposed', 'alleged', 'aged', 'naked',
  'wicked', 'sacred', 'beloved', 'learned', 'proceed', 'exceed', 'succeed', 'speed', 'breed', 'bleed', 'greed', 'creed',
  'embed', 'based', 'shed', 'allied', 'armoured', 'armored', 'talented', 'need', 'feed', 'seed', 'weed', 'deed', 'heed',
  'reed', 'sped', 'skilled', 'detailed',
]);

/** Verbs that report speech or findings: the clause they report carries the happening. */
const REPORTING = new Set([
  'say', 'tell', 'add', 'state', 'announce', 'report', 'confirm', 'claim', 'explain', 'note', 'reveal', 'disclose', 'write',
  'insist', 'acknowledge', 'admit', 'indicate', 'show', 'declare', 'affirm', 'mention', 'reply', 'recall', 'quote', 'cite',
  'argue', 'maintain', 'warn', 'stress', 'assert', 'allege', 'testify', 'find', 'learn', 'discover', 'suggest',
]);
/**
 * Verbs that make a decision public: what they announce may lie ahead, but the announcement is the
 * happening ('Apple announced Friday that it will give owners a free case').
 */
const ANNOUNCING = new Set(['announce', 'confirm', 'declare', 'reveal', 'disclose', 'unveil']);
/** What an announcement keeps of its own, though the clause it announces lies ahead. */
const ANNOUNCED_FUTURES = new Set<Factuality>(['prediction', 'plan']);
/** Verbs that tell what is expected, not what happened. */
const PREDICTING = new Set(['predict', 'forecast', 'expect', 'anticipate', 'project', 'foresee']);
/** Verbs that deny the happening they report. */
const DENYING = new Set(['deny', 'refute']);
/** Verbs of belief and feeling: the clause is someone's view. */
const OPINING = new Set(['believe', 'think', 'feel', 'suspect', 'reckon', 'doubt', 'fear', 'speculate', 'guess', 'assume', 'hope']);
/**
 * Verbs of intention, followed by 'to': what someone means to do. Not 'tried to', 'offered to',
 * 'moved to': the attempt, the offer, the move happened.
 */
const INTENDING = new Set([
  'plan', 'aim', 'intend', 'hope', 'want', 'seek', 'vow', 'pledge', 'promise', 'threaten', 'propose', 'prepare', 'wish', 'expect',
]);
/** Present-tense verbs that describe how things are (a product, a place), not something that happened. */
const STATIVE = new Set([
  'come', 'feature', 'include', 'contain', 'cost', 'consist', 'weigh', 'measure', 'allow', 'let', 'enable', 'support',
  'provide', 'work', 'integrate', 'utilize', 'utilise', 'use', 'require', 'need', 'run', 'boast', 'sport', 'carry', 'seat',
  'mean', 'depend', 'remain', 'seem', 'appear', 'look', 'lie', 'sit', 'belong', 'own', 'lack', 'resemble', 'represent',
  'equal', 'total', 'range', 'vary', 'differ', 'match', 'know', 'like', 'love', 'hate', 'prefer', 'deserve', 'involve', 'hold',
  'control', 'occupy',
]);
/** Verbs a headline or a report tells in the present for something that happened ('Apple unveils iPod'). */
const EVENTIVE = new Set([
  'announce', 'unveil', 'launch', 'release', 'introduce', 'sue', 'win', 'lose', 'buy', 'sell', 'sign', 'agree', 'offer',
  'deliver', 'make', 'enter', 'resign', 'die', 'leave', 'take', 'give', 'become', 'replace', 'request', 'exercise',
  'secure', 'defeat', 'negotiate', 'tell', 'push', 'roll', 'expose', 'report', 'say', 'claim', 'confirm', 'deny', 'reject',
  'approve', 'accept', 'order', 'purchase', 'acquire', 'cut', 'raise', 'lower', 'drop', 'rise', 'fall', 'gain', 'post',
  'record', 'reach', 'pass', 'beat', 'top', 'hit', 'strike', 'attack', 'kill', 'capture', 'seize', 'storm', 'retake',
  'free', 'arrest', 'charge', 'file', 'settle', 'resolve', 'end', 'open', 'close', 'start', 'begin', 'halt', 'stop',
  'delay', 'cancel', 'suspend', 'ban', 'block', 'warn', 'urge', 'call', 'demand', 'ask', 'accuse', 'blame', 'condemn',
  'criticise', 'criticize', 'praise', 'welcome', 'name', 'appoint', 'hire', 'fire', 'elect', 'vote', 'reveal', 'show',
  'find', 'discover', 'complete', 'finish', 'fly', 'land', 'crash', 'explode', 'collapse', 'flee', 'return', 'visit',
  'meet', 'host', 'join', 'merge', 'split', 'quit', 'step', 'expand', 'extend', 'boost', 'slash', 'reduce',
  'increase', 'double', 'triple', 'decide', 'choose', 'pick', 'select', 'award', 'grant', 'back', 'oppose', 'challenge',
  'appeal', 'rule', 'overturn', 'uphold', 'convict', 'sentence', 'jail', 'swamp', 'overtake', 'outsell', 'surpass',
  'lead', 'prevail', 'defy', 'slam', 'hail', 'mark', 'mourn', 'celebrate', 'withdraw', 'deploy', 'send', 'evacuate',
  'rescue', 'recover', 'restore', 'rebuild', 'repair', 'build', 'produce', 'ship', 'debut', 'test', 'bring', 'state',
  'add', 'admit', 'insist', 'operate', 'argue', 'note', 'explain', 'imperil', 'threaten', 'plan', 'aim', 'vow', 'pledge',
  'promise', 'seek', 'want', 'intend', 'predict', 'expect', 'forecast', 'believe', 'think', 'fear', 'hope', 'suggest',
  'read', 'spark', 'trigger', 'prompt', 'force', 'shut', 'move', 'turn', 'topple', 'oust', 'overthrow',
]);

/** The base form of a verb written in the third person singular ('pushes' -> 'push', 'carries' -> 'carry'). */
function baseOf3sg(word: string): string[] {
  const out: string[] = [];
  if (/[^aeiou]ies$/.test(word)) out.push(word.slice(0, -3) + 'y');
  if (/(s|sh|ch|x|z|o)es$/.test(word)) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

/** The base form of a regular or irregular past ('announced' -> 'announce', 'denied' -> 'deny', 'said' -> 'say'). */
const IRREGULAR_BASE: Record<string, string> = {
  said: 'say', told: 'tell', found: 'find', thought: 'think', felt: 'feel', forecast: 'forecast', foresaw: 'foresee',
  sought: 'seek', wrote: 'write', written: 'write', shown: 'show', meant: 'mean', held: 'hold', made: 'make', took: 'take',
  taken: 'take', gave: 'give', given: 'give', won: 'win', lost: 'lose', left: 'leave', became: 'become', come: 'come', came: 'come',
  knew: 'know', known: 'know', brought: 'bring', sold: 'sell', bought: 'buy', led: 'lead', kept: 'keep', undertook: 'undertake',
};
function basesOfPast(word: string): string[] {
  if (IRREGULAR_BASE[word]) return [IRREGULAR_BASE[word]];
  const out: string[] = [];
  if (word.endsWith('ied')) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('ed')) {
    out.push(word.slice(0, -2), word.slice(0, -1));
    if (/([b-df-hj-np-tv-z])\1ed$/.test(word)) out.push(word.slice(0, -3));
  }
  return out;
}

/** Every base form a verb word may come from, itself included. */
export function lemmas(word: string): string[] {
  return [word, ...basesOfPast(word), ...baseOf3sg(word), ...(word.endsWith('ing') ? [word.slice(0, -3), word.slice(0, -3) + 'e'] : [])];
}
const isA = (set: Set<string>, word: string) => lemmas(word).some((w) => set.has(w));

// ---- tokens ----

const TOKEN = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Words and punctuation with their offsets; "didn't" gives 'did' and "n't", "it's" gives 'it' and "'s". */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index!;
    const lower = raw.toLowerCase().replace(/’/g, "'");
    const clitic = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/.exec(lower);
    if (clitic && clitic[1].length > 0) {
      const cut = clitic[1].length;
      out.push({ text: raw.slice(0, cut), lower: clitic[1], start, end: start + cut });
      out.push({ text: raw.slice(cut), lower: clitic[2], start: start + cut, end: start + raw.length });
    } else {
      out.push({ text: raw, lower, start, end: start + raw.length });
    }
  }
  return out;
}

const isWord = (t: Token | undefined) => !!t && /^[\p{L}]/u.test(t.lower);
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

function isParticiple(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.lower;
  if (!w) return false;
  return IRREGULAR_PARTICIPLE.has(w) || IRREGULAR_PAST.has(w) || (/^[a-z][a-z-]+ed$/.test(w) && !NOT_PAST_ED.has(w));
}

/** A finite past verb: 'announced', 'took'; not 'the besieged unit', nor a name ('Ahmed'). */
function isPastVerb(tokens: Token[], i: number, clauseStart: number): boolean {
  const t = tokens[i];
  if (i > clauseStart && isCapitalised(t)) return false;
  if (i === clauseStart && isCapitalised(t) && tokens[i + 1]?.lower !== undefined && /^[a-z]/.test(tokens[i + 1].lower) && !IRREGULAR_PAST.has(t.lower)) {
    // 'Supported by heavy air cover, ...' opens with a participle, not a verb.
    return false;
  }
  const prev = tokens[i - 1];
  // 'This became the reason': a clause-initial 'this' or 'that' is a pronoun, not a determiner.
  const pronoun = i - 1 === clauseStart && /^(this|that)$/.test(prev?.lower ?? '');
  if (prev && i > clauseStart && NOT_BEFORE_A_VERB.has(prev.lower) && !pronoun) return false;
  if (IRREGULAR_PAST.has(t.lower)) return true;
  return /^[a-z][a-z-]+ed$/.test(t.lower) && !NOT_PAST_ED.has(t.lower);
}

const PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'against', 'among', 'between', 'into', 'over', 'under', 'about', 'like']);

/**
 * Whether the word at j ends a prepositional phrase ('for the Syrian forces'): looking back over
 * names to at most one article, then a preposition. 'For IS the defeat comes' has its phrase closed
 * before 'the'.
 */
function insidePhrase(tokens: Token[], j: number, clauseStart: number): boolean {
  for (let k = j - 1, steps = 0; k >= clauseStart && steps < 4; k--, steps++) {
    const w = tokens[k].lower;
    if (PREPOSITIONS.has(w)) return true;
    if (w === 'the' || w === 'a' || w === 'an') return k > clauseStart && PREPOSITIONS.has(tokens[k - 1].lower);
    if (!isCapitalised(tokens[k])) return false;
  }
  return false;
}

/** A present verb in the third person: 'Apple unveils', 'it includes', 'the company says'. */
function isPresentVerb(tokens: Token[], i: number, clauseStart: number): boolean {
  const t = tokens[i];
  if (i === clauseStart || isCapitalised(t) || !/^[a-z]{3,}s$/.test(t.lower) || /(ss|us|is|ous|'s)$/.test(t.lower)) return false;
  // 'Aer Lingus already operates': the subject sits before the adverb.
  const prev = GROUP_ADVERBS.has(tokens[i - 1]?.lower ?? '') && i - 1 > clauseStart ? tokens[i - 2] : tokens[i - 1];
  if (prev && ['he', 'she', 'it', 'this', 'that', 'which', 'who'].includes(prev.lower)) return true;
  if (!prev || NOT_BEFORE_A_VERB.has(prev.lower) || /^\d/.test(prev.lower)) return false;
  // '... for the Syrian forces.': a noun closing a phrase, not a verb.
  if (/^[.!?]$/.test(tokens[i + 1]?.lower ?? '') || insidePhrase(tokens, i - 1, clauseStart)) return false;
  return baseOf3sg(t.lower).some((b) => EVENTIVE.has(b) || STATIVE.has(b) || REPORTING.has(b) || INTENDING.has(b));
}

/** Skips adverbs and negators from i; returns the next index and whether a negator was passed. */
function skipAdverbs(tokens: Token[], i: number): { at: number; negated: boolean } {
  let negated = false;
  while (i < tokens.length) {
    const w = tokens[i].lower;
    if (NEGATORS.has(w)) negated = true;
    else if (w === 'no' && tokens[i + 1]?.lower === 'longer') { negated = true; i++; }
    else if (!(GROUP_ADVERBS.has(w) || (/^[a-z]{3,}ly$/.test(w) && !NOT_LY_ADVERBS.has(w)))) break;
    i++;
  }
  return { at: i, negated };
}

/** 'is set to', 'are expected to', 'is due to': a happening still ahead. */
const FUTURE_FRAMES = new Set(['set', 'due', 'scheduled', 'expected', 'poised', 'likely', 'unlikely', 'about', 'going', 'slated', 'bound', 'tipped', 'forecast', 'projected', 'predicted']);
/** 'is planning to', 'was willing to': an intention. */
const PLAN_FRAMES = new Set(['planning', 'preparing', 'hoping', 'aiming', 'willing', 'determined', 'intending', 'seeking', 'considering', 'mulling', 'eager', 'ready', 'keen', 'trying', 'looking']);

/** Words ending in -ing that are not verb forms. */
const NOT_ING_FORMS = new Set(['something', 'nothing', 'anything', 'everything', 'king', 'thing', 'during', 'morning', 'evening', 'bring', 'spring', 'string', 'wing', 'ring', 'ceiling', 'sing', 'sting', 'swing', 'cling', 'fling']);

/** What one holds when holding is an event, not a state: 'holds talks', 'held a rally'. */
const HELD_EVENTS = /^(talks|a|an|its|their|his|her|meetings?|elections?|votes?|rall(y|ies)|press|conferences?|summits?|ceremon(y|ies)|events?|hearings?|funerals?)$/;
/** Verbs of state a plural subject may hold in the present ('its fighters now hold little more than ...'). */
const PLURAL_STATES = new Set(['hold', 'control', 'remain', 'live', 'lie', 'stand', 'face', 'occupy', 'own', 'lack', 'include', 'contain', 'feature', 'cost', 'number', 'total']);

/** The verb group that starts at token i, if one does. */
export function groupAt(tokens: Token[], i: number, clauseStart = 0): VerbGroup | null {
  const t = tokens[i];
  // 'For IS the defeat comes ...': a word in capitals is an acronym, not a verb.
  if (!isWord(t) || (t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))) return null;
  const w = t.lower;
  const prev = tokens[i - 1]?.lower;
  const make = (g: Omit<VerbGroup, 'from'>): VerbGroup => ({ from: i, ...g });

  const modal = MODALS.get(w);
  if (modal && !(t.text === 'May' && i > clauseStart) && !(prev && ['the', 'a', 'his', 'her', 'their', 'its', 'of', 'good', 'political', 'free'].includes(prev))) {
    const { at, negated } = skipAdverbs(tokens, i + 1);
    if (!isWord(tokens[at]) || MODALS.has(tokens[at].lower)) return null;
    // 'would like to thank': a courtesy said now, not a hypothesis.
    if (modal === 'would' && !negated && /^(like|love)$/.test(tokens[at].lower) && tokens[at + 1]?.lower === 'to') return make({ kind: 'present', tense: 'present', negated, to: at + 2, verb: tokens[at + 2]?.lower ?? tokens[at].lower });
    return make({ kind: 'modal', tense: 'present', negated, to: at, verb: tokens[at].lower, modal });
  }

  const doTense = DO_FINITE.get(w);
  if (doTense) {
    const { at, negated } = skipAdverbs(tokens, i + 1);
    if (negated && isWord(tokens[at])) return make({ kind: 'past', tense: doTense, negated: true, to: at, verb: tokens[at].lower });
    return null;
  }

  const beTense = BE_FINITE.get(w) ?? (w === "'s" && prev && S_IS_AFTER.has(prev) ? 'present' : undefined);
  if (beTense) {
    const { at, negated } = skipAdverbs(tokens, i + 1);
    const next = tokens[at];
    if (!next) return make({ kind: 'copula', tense: beTense, negated, to: i, verb: w });
    if (next.lower === 'to' && isWord(tokens[at + 1])) return make({ kind: 'future', tense: beTense, negated, to: at + 1, verb: tokens[at + 1].lower });
    if (FUTURE_FRAMES.has(next.lower) && tokens[at + 1]?.lower === 'to') return make({ kind: 'future', tense: beTense, negated, to: at + 1, verb: next.lower });
    if (PLAN_FRAMES.has(next.lower) && tokens[at + 1]?.lower === 'to') return make({ kind: 'plan', tense: beTense, negated, to: at + 1, verb: next.lower });
    // 'was able to link up': it managed to, so it happened.
    if (next.lower === 'able' && tokens[at + 1]?.lower === 'to' && isWord(tokens[at + 2])) return make({ kind: beTense === 'past' ? 'past' : 'modal', tense: beTense, negated, to: at + 2, verb: tokens[at + 2].lower, ...(beTense === 'past' ? {} : { modal: 'can' }) });
    if (next.lower === 'being' && isParticiple(tokens, at + 1)) return make({ kind: 'passive', tense: beTense, negated, to: at + 1, verb: tokens[at + 1].lower });
    if (/^[a-z]{2,}ing$/.test(next.lower) && !NOT_ING_FORMS.has(next.lower)) {
      return make({ kind: 'progressive', tense: beTense, negated, to: at, verb: next.lower });
    }
    if (isParticiple(tokens, at) && !['based', 'concerned', 'interested', 'related', 'located', 'limited', 'committed', 'supposed', 'able'].includes(next.lower)) {
      return make({ kind: 'passive', tense: beTense, negated, to: at, verb: next.lower });
    }
    // A negated copula shows its 'not' in the cue ('was not').
    return make({ kind: 'copula', tense: beTense, negated, to: negated ? at - 1 : i, verb: w });
  }

  const haveTense = HAVE_FINITE.get(w) ?? (w === "'s" && prev && S_IS_AFTER.has(prev) && isParticiple(tokens, i + 1) ? 'present' : undefined);
  if (haveTense && !(prev && NOT_BEFORE_A_VERB.has(prev))) {
    const { at, negated } = skipAdverbs(tokens, i + 1);
    const next = tokens[at];
    const pastPerfect = haveTense === 'past';
    if (next?.lower === 'been') {
      const after = skipAdverbs(tokens, at + 1);
      const n2 = tokens[after.at];
      if (n2 && /^[a-z]{2,}ing$/.test(n2.lower)) return make({ kind: 'progressive', tense: haveTense, negated: negated || after.negated, to: after.at, verb: n2.lower, pastPerfect });
      if (isParticiple(tokens, after.at)) return make({ kind: 'perfect', tense: haveTense, negated: negated || after.negated, to: after.at, verb: n2!.lower, pastPerfect });
      return make({ kind: 'perfect', tense: haveTense, negated: negated || after.negated, to: at, verb: 'been', pastPerfect });
    }
    if (next?.lower === 'to' && isWord(tokens[at + 1])) return make({ kind: haveTense === 'past' ? 'past' : 'modal', tense: haveTense, negated, to: at + 1, verb: tokens[at + 1].lower, ...(haveTense === 'past' ? {} : { modal: 'must' }) });
    if (next && /^plans?$/.test(next.lower) && tokens[at + 1]?.lower === 'to') return make({ kind: 'plan', tense: haveTense, negated, to: at + 1, verb: 'plan' });
    if (next && isParticiple(tokens, at)) return make({ kind: 'perfect', tense: haveTense, negated, to: at, verb: next.lower, pastPerfect });
    if (negated || (next && /^(no|little|few)$/.test(next.lower))) return make({ kind: 'possession', tense: haveTense, negated: true, to: at, verb: w });
    return make({ kind: 'possession', tense: haveTense, negated, to: negated ? at - 1 : i, verb: w });
  }

  // 'plans to', 'vowed to', 'promised to': an intention, whatever its tense.
  if (tokens[i + 1]?.lower === 'to' && isA(INTENDING, w) && (isPastVerb(tokens, i, clauseStart) || isPresentVerb(tokens, i, clauseStart) || (i > clauseStart && !NOT_BEFORE_A_VERB.has(prev ?? '') && INTENDING.has(w)))) {
    if (isWord(tokens[i + 2]) && !NOT_BEFORE_A_VERB.has(tokens[i + 2].lower)) return make({ kind: 'plan', tense: /ed$/.test(w) ? 'past' : 'present', negated: false, to: i + 2, verb: w });
  }
  if (isPastVerb(tokens, i, clauseStart)) return make({ kind: 'past', tense: 'past', negated: false, to: i, verb: w });
  if (PLURAL_STATES.has(w) && i > clauseStart) {
    const before = GROUP_ADVERBS.has(prev ?? '') ? tokens[i - 2]?.lower : prev;
    if (before && (before === 'they' || before === 'we' || (/^[a-z]{3,}s$/.test(before) && !/(ss|us|is)$/.test(before)))) return make({ kind: 'possession', tense: 'present', negated: false, to: i, verb: w });
  }
  if (isPresentVerb(tokens, i, clauseStart)) {
    // 'comes in two colours' describes, 'the news comes as ...' tells; 'still holds the province' is a
    // state, 'holds talks' an event.
    const next = tokens[i + 1]?.lower ?? '';
    const describes = w === 'comes' ? /^(in|with)$/.test(next) : w === 'holds' ? !HELD_EVENTS.test(next) : baseOf3sg(w).some((b) => STATIVE.has(b));
    const stative = describes && (w === 'comes' || w === 'holds' || !baseOf3sg(w).some((b) => EVENTIVE.has(b)));
    return make({ kind: stative ? 'possession' : 'present', tense: 'present', negated: false, to: i, verb: w });
  }
  return null;
}

// ---- clauses ----

/** Words that open a subordinate clause or phrase before the main one ('When troops entered, ...'). */
const OPENERS = new Set(['when', 'after', 'before', 'as', 'while', 'since', 'although', 'though', 'because', 'once', 'until', 'whereas', 'with', 'without', 'despite', 'following', 'amid', 'if', 'unless', 'whether', 'having']);
/** Words that open a relative clause set off by commas ('the city, which had been besieged, ...'). */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Top-level clauses: split at ';' and ':' outside brackets and quotation marks. */
export function clausesOf(tokens: Token[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  tokens.forEach((t, i) => {
    if (t.lower === '(' || t.lower === '[') depth++;
    else if ((t.lower === ')' || t.lower === ']') && depth > 0) depth--;
    else if (t.lower === '"') quoted = !quoted;
    else if (t.lower === '“') quoted = true;
    else if (t.lower === '”') quoted = false;
    else if ((t.lower === ';' || t.lower === ':') && depth === 0 && !quoted) {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  });
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}

function nextAt(tokens: Token[], i: number, to: number, words: Set<string>): number {
  for (let k = i; k < to; k++) if (words.has(tokens[k].lower)) return k;
  return -1;
}

/** The head verb group of tokens[from, to): the first one outside openers, brackets and relative clauses. */
export function headOf(tokens: Token[], from: number, to: number): VerbGroup | null {
  let i = from;
  const comma = nextAt(tokens, from + 1, to, new Set([',']));
  if (comma > 0) {
    const first = tokens[from];
    // 'When troops entered the city, ...', 'Three years after it was due, ...': the main clause follows the comma.
    const subordinate = tokens.slice(from, Math.min(comma, from + 4)).some((t) => OPENERS.has(t.lower));
    // 'Supported by heavy air cover, ...', 'Citing a precaution, ...'; but 'Boeing delivers ..., ending' is a name and its verb.
    const participle = isCapitalised(first) && /^[a-z]{3,}(ed|ing|en)$/.test(first.lower) && !tokens.slice(from + 1, comma).some((_, k) => groupAt(tokens, from + 1 + k, from));
    if (subordinate || participle) i = comma + 1;
  }
  while (i < to) {
    const t = tokens[i];
    if (t.lower === '(' || t.lower === '[') {
      const close = nextAt(tokens, i + 1, to, new Set([')', ']']));
      i = close > 0 ? close + 1 : i + 1;
      continue;
    }
    if (t.lower === ',' && RELATIVES.has(tokens[i + 1]?.lower)) {
      const comma = nextAt(tokens, i + 2, to, new Set([',']));
      if (comma > 0) {
        i = comma + 1;
        continue;
      }
    }
    const g = groupAt(tokens, i, from);
    if (g && g.to < to) return g;
    i++;
  }
  return null;
}

const isHeadline = (text: string) => !/[.!?:]["'”)]?\s*$/.test(text);

/**
 * 'Engine troubles delay Airbus tour', 'Apple Inc., Apple Corps resolve dispute': a headline's verb
 * in the plural present, after a name or a plural noun.
 */
function headlinePresent(tokens: Token[], text: string): VerbGroup | null {
  if (!isHeadline(text)) return null;
  for (let i = 1; i < Math.min(tokens.length - 1, 12); i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (isCapitalised(t) || !EVENTIVE.has(t.lower) || NOT_BEFORE_A_VERB.has(prev.lower)) continue;
    if (isCapitalised(prev) || /^[a-z]{3,}s$/.test(prev.lower)) return { kind: 'present', tense: 'present', negated: false, from: i, to: i, verb: t.lower };
  }
  return null;
}

/** 'Apple to cut 500 jobs': a headline (no closing stop) whose only verb follows 'to'. */
function headlineInfinitive(tokens: Token[], text: string): VerbGroup | null {
  if (!isHeadline(text)) return null;
  for (let i = 1; i < Math.min(tokens.length - 1, 10); i++) {
    if (tokens[i].lower !== 'to') continue;
    const next = tokens[i + 1];
    if (isWord(next) && !isCapitalised(next) && !NOT_BEFORE_A_VERB.has(next.lower)) return { kind: 'future', tense: 'present', negated: false, from: i, to: i + 1, verb: next.lower };
    return null;
  }
  return null;
}

/** Where the clause a reporting verb reports begins ('said on Tuesday that ...', 'announced Monday it has ...'). */
function complementOf(tokens: Token[], head: VerbGroup, to: number): number | null {
  for (let k = head.to + 1; k < Math.min(to, head.to + 10); k++) {
    const w = tokens[k].lower;
    if (w === 'that') return k + 1;
    // 'reported a loss and will cut jobs': a second verb of the same subject, not a reported clause.
    if (w === ',' || w === ';' || w === '"' || w === '“' || w === 'and' || w === 'but' || w === 'or') return null;
    if (groupAt(tokens, k, head.to + 1)) return head.to + 1;
  }
  return null;
}

// ---- rules ----

interface HeadContext {
  text: string;
  tokens: Token[];
  clause: { from: number; to: number };
  /** The clause is reported by a verb of saying ('said that ...'): a past perfect there is the report's past. */
  reported: boolean;
}

interface HeadRule {
  name: string;
  reason: Factuality;
  applies: (g: VerbGroup, ctx: HeadContext) => boolean;
}

/** Past perfects that tell a state the story starts from ('had been', 'had become', 'had long held'), not a happening. */
const STATE_PERFECTS = new Set(['been', 'become', 'remained', 'stayed', 'lasted', 'existed', 'lived', 'held', 'controlled', 'ruled', 'occupied', 'dominated', 'belonged']);

const DURATION = /\b(for (more than |nearly |almost |about |over |at least )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)( more)? (years|months|decades)|for years|for decades|for months|since (\d{4}|early \d{4}|late \d{4}|(january|february|march|april|may|june|july|august|september|october|november|december)\b))\b/i;

/** The words of tokens[from..to] as the sentence writes them. */
const wordsOf = (ctx: HeadContext, from: number, to: number) => ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to].end);

/**
 * A later verb group that tells a happening, joined to the head by 'and' or 'but' ('was minor, and
 * affected the engines'), or the 'when' of a narrative ('were two minutes from the end when the
 * defender headed in'): the state or the negation is then the setting, not the news.
 */
function coordinatedHappening(g: VerbGroup, ctx: HeadContext): boolean {
  const { tokens } = ctx;
  for (let k = g.to + 1; k < ctx.clause.to - 1; k++) {
    if (RELATIVES.has(tokens[k].lower) || tokens[k].lower === 'that') return false;
    if (tokens[k].lower !== 'and' && tokens[k].lower !== 'but' && tokens[k].lower !== 'when') continue;
    const next = headOf(tokens, k + 1, ctx.clause.to);
    // A present passive ('is aimed at') is another state, not a happening.
    const happening = next && (next.kind === 'past' || next.kind === 'present' || next.kind === 'progressive' || (next.kind === 'passive' && next.tense === 'past') || (next.kind === 'perfect' && !next.pastPerfect));
    if (happening && !next.negated) return true;
  }
  return false;
}

/**
 * Nouns that name a happening: a present state told of one ('the order is worth $6.8 billion', 'the
 * deal includes 18 jets', 'the launch is two years behind schedule') tells how the happening stands,
 * which is the story's fact, not a general truth about a thing.
 */
const HAPPENING_NOUNS = new Set([
  'order', 'deal', 'contract', 'agreement', 'accord', 'treaty', 'purchase', 'sale', 'acquisition', 'merger', 'takeover',
  'buyout', 'bid', 'offer', 'investment', 'decision', 'ruling', 'verdict', 'judgment', 'judgement', 'settlement', 'lawsuit',
  'announcement', 'release', 'launch', 'delay', 'loss', 'cut', 'layoff', 'move', 'attack', 'strike', 'offensive',
  'ceasefire', 'truce', 'visit', 'meeting', 'vote', 'election', 'crash', 'accident', 'explosion', 'blast', 'fire', 'flood',
  'delivery', 'recall', 'resignation', 'departure', 'appointment', 'closure', 'shutdown', 'strike', 'protest', 'ban',
  'fine', 'payment', 'transaction', 'expansion', 'increase', 'rise', 'fall', 'drop', 'decline', 'gain', 'slump', 'rally',
]);
/** 'shares are up 3%', 'the index was down 200 points': a movement told as where it stands. */
const MOVEMENT = /^(up|down|higher|lower)$/;

/** The clause's first word, past an opening quotation mark or bracket ('"Nobody gave us a chance," she said'). */
function firstWord(ctx: HeadContext): number {
  let k = ctx.clause.from;
  while (k < ctx.clause.to && /^["“‘'(\[]$/.test(ctx.tokens[k].lower)) k++;
  return k;
}

/** The word that heads the subject of a head group: 'The release of the jet is' gives 'release'. */
function subjectHead(g: VerbGroup, ctx: HeadContext): string | null {
  const { tokens } = ctx;
  let end = g.from;
  for (let k = ctx.clause.from; k < g.from; k++) {
    // 'The release of the jet', 'The software update, version 1.1, works': the head stands before 'of' or a comma.
    if (tokens[k].lower === 'of' || tokens[k].lower === ',' || tokens[k].lower === '(') { end = k; break; }
  }
  for (let k = end - 1; k >= ctx.clause.from; k--) {
    const w = tokens[k].lower;
    if (GROUP_ADVERBS.has(w) || /^["“”']$/.test(w)) continue;
    return isWord(tokens[k]) ? w : null;
  }
  return null;
}

/** A present state told of a happening, or a movement ('is up 3%'): how the story stands. */
function stateOfAHappening(g: VerbGroup, ctx: HeadContext): boolean {
  const head = subjectHead(g, ctx);
  if (head && (HAPPENING_NOUNS.has(head) || (head.endsWith('s') && HAPPENING_NOUNS.has(head.slice(0, -1))))) return true;
  return g.kind === 'copula' && MOVEMENT.test(ctx.tokens[g.to + 1]?.lower ?? '') && /^[\d$£€]|^by$/.test(ctx.tokens[g.to + 2]?.lower ?? '');
}

/**
 * What a head verb group says about its happening, first match wins. Futures and modals come before
 * negation ('it won't take long' is a prediction), states come last, after everything that marks a
 * happening as unreal.
 */
export const HEAD_RULES: HeadRule[] = [
  { name: 'will or shall', reason: 'prediction', applies: (g) => g.kind === 'modal' && g.modal === 'will' },
  { name: "'is to', 'is set to', 'is expected to'", reason: 'prediction', applies: (g) => g.kind === 'future' },
  { name: 'a verb of predicting', reason: 'prediction', applies: (g) => g.kind !== 'passive' && isA(PREDICTING, g.verb) },
  { name: "'plans to', 'vowed to', 'is willing to'", reason: 'plan', applies: (g) => g.kind === 'plan' },
  { name: "'would' in a report", reason: 'prediction', applies: (g, ctx) => g.kind === 'modal' && g.modal === 'would' && ctx.reported },
  { name: "'could', 'might', 'may', 'would'", reason: 'conditional', applies: (g) => g.kind === 'modal' && ['could', 'might', 'may', 'would'].includes(g.modal!) },
  { name: "'can' (what something is able to do)", reason: 'generic', applies: (g, ctx) => g.kind === 'modal' && g.modal === 'can' && !g.negated && !coordinatedHappening(g, ctx) },
  { name: "'should', 'must', 'has to'", reason: 'obligation', applies: (g) => g.kind === 'modal' && (g.modal === 'should' || g.modal === 'must') },
  { name: 'a verb of denying', reason: 'negation', applies: (g) => isA(DENYING, g.verb) },
  { name: "a negated verb ('did not attack')", reason: 'negation', applies: (g, ctx) => g.negated && !coordinatedHappening(g, ctx) },
  { name: "a negative subject ('no one was hurt')", reason: 'negation', applies: (g, ctx) => { const first = firstWord(ctx); return /^(no|none|nobody|neither|nothing)$/.test(ctx.tokens[first]?.lower ?? '') && g.from - first <= 4; } },
  { name: 'there was no', reason: 'negation', applies: (g, ctx) => g.kind === 'copula' && ctx.tokens[g.from - 1]?.lower === 'there' && /^(no|none)$/.test(ctx.tokens[g.to + 1]?.lower ?? '') },
  { name: "hedged: 'is believed to', 'are thought to'", reason: 'opinion', applies: (g, ctx) => g.kind === 'passive' && HEDGES.has(g.verb) && ctx.tokens[g.to + 1]?.lower === 'to' },
  { name: 'a verb of belief', reason: 'opinion', applies: (g) => g.kind !== 'passive' && isA(OPINING, g.verb) && !isA(REPORTING, g.verb) },
  { name: "a state in the past ('was under the command of')", reason: 'background', applies: (g, ctx) => (g.kind === 'copula' || g.kind === 'possession') && g.tense === 'past' && !ctx.reported && !coordinatedHappening(g, ctx) },
  { name: "a past perfect of a state ('had been split for years', 'had become a base')", reason: 'background', applies: (g, ctx) => !!g.pastPerfect && !ctx.reported && (STATE_PERFECTS.has(g.verb) || DURATION.test(wordsOf(ctx, g.from, Math.min(ctx.clause.to - 1, g.to + 8)))) && !coordinatedHappening(g, ctx) },
  { name: "a lasting state ('has held it for three years')", reason: 'background', applies: (g, ctx) => (g.kind === 'perfect' || g.kind === 'progressive') && !ctx.reported && DURATION.test(wordsOf(ctx, g.from, Math.min(ctx.clause.to - 1, g.to + 8))) },
  { name: "a present state ('the phone comes in two colours')", reason: 'generic', applies: (g, ctx) => (g.kind === 'copula' || g.kind === 'possession') && g.tense === 'present' && !ctx.reported && !coordinatedHappening(g, ctx) && !stateOfAHappening(g, ctx) },
];

/** Passives that hedge what follows: 'the militants are believed to have moved weapons'. */
const HEDGES = new Set(['believed', 'thought', 'said', 'reported', 'understood', 'rumoured', 'rumored', 'alleged', 'claimed', 'estimated', 'feared', 'expected', 'presumed', 'considered']);

/** Reasons a reported clause passes to its report: 'said it will', 'said no one was hurt'; a state it reports does not. */
const PASSED_FROM_REPORT = new Set<Factuality>(['prediction', 'plan', 'conditional', 'obligation', 'negation', 'opinion']);

/** How deep a report of a report is followed ('said that officials had announced that ...'). */
const MAX_REPORT_DEPTH = 2;

/** What a clause's head says about its happening; a reporting head hands over to the clause it reports. */
function classifyHead(ctx: HeadContext, head: VerbGroup, depth: number): FactualityCue | null {
  for (const rule of HEAD_RULES) {
    if (rule.applies(head, ctx)) return { reason: rule.reason, cue: wordsOf(ctx, head.from, head.to), rule: rule.name };
  }
  const { tokens, clause } = ctx;
  if (depth < MAX_REPORT_DEPTH && isA(REPORTING, head.verb) && head.kind !== 'passive') {
    const start = complementOf(tokens, head, clause.to);
    if (start !== null) {
      const inner = headOf(tokens, start, clause.to);
      if (inner) {
        const found = classifyHead({ ...ctx, clause: { from: start, to: clause.to }, reported: true }, inner, depth + 1);
        // 'announced it expects to cut jobs' is still a forecast: only a decision announced is kept.
        const announced = isA(ANNOUNCING, head.verb) && !!found && ANNOUNCED_FUTURES.has(found.reason) && !isA(PREDICTING, inner.verb);
        if (found && PASSED_FROM_REPORT.has(found.reason) && !announced) return { ...found, rule: `reported: ${found.rule}` };
      }
    }
  }
  return null;
}

interface SentenceRule {
  name: string;
  reason: Factuality;
  /** The cue words, or null. */
  match: (text: string) => string | null;
}

const found = (re: RegExp) => (text: string) => re.exec(text)?.[0] ?? null;

/** A frame that governs the sentence: it opens it, or closes it (', analysts said.'); not one inside an 'although' clause. */
const FRAME_OPENS_WITHIN = 40;
const FRAME_CLOSES_WITHIN = 25;
const framing = (re: RegExp) => (text: string) => {
  const m = re.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  return m.index <= FRAME_OPENS_WITHIN || rest.replace(/[^\p{L}\p{N}]+$/u, '').length <= FRAME_CLOSES_WITHIN ? m[0] : null;
};

/** Cues that hold for the whole sentence, whatever its verbs: looked at before any head. */
export const SENTENCE_RULES: SentenceRule[] = [
  { name: "opens with 'if' or 'unless'", reason: 'conditional', match: found(/^\s*["“]?(If|Unless|Should|Were) \w+/) },
  { name: "an analyst's frame ('analysts say')", reason: 'opinion', match: framing(/\b(analysts?|experts?|observers|commentators|critics|pundits|economists|strategists)\b([^.;:,]{0,40}?)\b(say|said|says|believe[sd]?|think|thought|expect(ed|s)?|predict(ed|s)?|argue[sd]?|reckon(ed|s)?|suggest(ed|s)?)\b/i) },
  { name: "'according to analysts'", reason: 'opinion', match: found(/\baccording to (some |most |many )?(analysts|experts|observers|commentators|critics|economists)\b/i) },
  { name: "opens with a verdict ('Taken together', 'Clearly')", reason: 'opinion', match: found(/^\s*(Taken together|All in all|In other words|Clearly|Arguably|Perhaps|Presumably|In (my|our) view|In short|Of course|Undoubtedly|Inevitably|Seen this way),?/) },
  { name: "'it is likely that', 'it remains to be seen'", reason: 'prediction', match: found(/^\s*It (is|was|seems|looks|appears) (now )?(likely|unlikely|expected|only a matter of time)\b|^\s*It remains to be seen\b/) },
  { name: "'it is clear that'", reason: 'opinion', match: found(/^\s*(It|it) (is|was|seems|appears|looks) (now )?(clear|obvious|evident|apparent|certain|doubtful|unclear|uncertain|possible|probable|believed|thought|understood|hoped|feared|rumou?red|said|not known|too early) (that|to|whether|if)\b/) },
];

/**
 * Why a sentence tells something other than a happening as done, or null when it reports one (or
 * reports nothing a cue can judge). A sentence is left out only when none of its top-level clauses
 * tells a happening as done: in 'Raqqa is no longer theirs: the SDF said the last fighters had
 * surrendered', the second clause keeps it.
 */
export function factualityCue(text: string): FactualityCue | null {
  for (const rule of SENTENCE_RULES) {
    const cue = rule.match(text);
    if (cue) return { reason: rule.reason, cue: cue.trim(), rule: rule.name };
  }
  const tokens = tokenize(text);
  let first: FactualityCue | null = null;
  for (const clause of clausesOf(tokens)) {
    const head = headOf(tokens, clause.from, clause.to) ?? (clause.from === 0 ? (headlinePresent(tokens, text) ?? headlineInfinitive(tokens, text)) : null);
    if (!head) continue;
    const cue = classifyHead({ text, tokens, clause, reported: false }, head, 0);
    if (!cue) return null;
    first ??= cue;
  }
  return first;
}

const TOLD_AS_DONE = new Set<GroupKind>(['past', 'present', 'perfect', 'passive', 'progressive']);

/**
 * Where a sentence's first happening told as done begins (a character offset), or null: for the
 * event score. A report hands over to what it reports: in 'officials said troops took the town' the
 * happening is 'took', told by somebody.
 */
export function happeningAt(text: string): number | null {
  return happeningOf(text)?.at ?? null;
}

/**
 * The head verb group of a sentence's first happening told as done, with where it begins (a
 * character offset), or null. A report hands over to what it reports, as in happeningAt; the head
 * returned is the one whose tense tells when it happened ('said troops had taken' gives 'said'), and
 * `reported` says the head is a report of a clause ('said that the landing was a milestone').
 */
export function happeningOf(text: string): { at: number; head: VerbGroup; reported: boolean } | null {
  const tokens = tokenize(text);
  for (const clause of clausesOf(tokens)) {
    const head = headOf(tokens, clause.from, clause.to) ?? (clause.from === 0 ? headlinePresent(tokens, text) : null);
    if (!head || head.negated) continue;
    // 'The order is worth $6.8 billion': how a happening stands is told as done too.
    if (!TOLD_AS_DONE.has(head.kind) && !(head.tense === 'present' && stateOfAHappening(head, { text, tokens, clause, reported: false }))) continue;
    if (isA(REPORTING, head.verb) && head.kind !== 'passive') {
      const start = complementOf(tokens, head, clause.to);
      const inner = start === null ? null : headOf(tokens, start, clause.to);
      if (inner && TOLD_AS_DONE.has(inner.kind) && !inner.negated) return { at: tokens[inner.from].start, head, reported: true };
      return { at: tokens[head.from].start, head, reported: start !== null };
    }
    return { at: tokens[head.from].start, head, reported: false };
  }
  return null;
}
