// When each happening of an article took place: every sentence's date, decided in order, from the
// sentence's own expressions, its clause and tense, and the sentences before it.
//
// A sentence is read once (`readSentence`: which words report and which tell the happening, the
// tense of the happening's verb, bounds and ranges, anaphora), then the ordered rules below date
// it. Each rule is small and named, and the first that answers wins (chrono-node's parsers, in
// spirit):
//
//   1. OWN_RULES: a date of the sentence's own words ('expression'): ranges ('since March', 'over
//      the past week'), bounds ('before Friday'), the expression of the happening itself, then the
//      expression of the report shifted by the tense of what it reports ('said on Wednesday that
//      troops had taken the town' = before Wednesday).
//   2. TENSE_RULES: tenses that place a happening against the report rather than against the
//      story: a future is after it, a present (a state, an ongoing action) or a present perfect is
//      at it or up to it. They use the publication date and stay marked 'publication'.
//   3. CARRY_RULES: a sentence with no date of its own takes the date of the happening it
//      continues ('context', with `via`): the event an anaphor names ('the bombardment'), the
//      sentence before it in its paragraph, the article's lead. Not across a change of time frame.
//   4. The publication date, the last resort, marked 'publication'.
//
// Besides the date, each sentence gets a `span` when its happening lasts (a state that holds at
// the report, 'since March'): where it begins and ends relative to its dates. SentenceDate (the
// model) has no field for this yet; the event-time benchmark reads it to write multi-day labels.

import type { Granularity, SentenceDate, TimeRef } from '../../model.js';
import { addDays, daysInMonth, formatDay, fromDayNumber, pad, toDayNumber, type YMD } from './calendar.js';
import { dateOfRef, namesCalendarPoint } from './sentence-date.js';

/** What event dating needs of a sentence (a model Sentence has all of it). */
export interface DatableSentence {
  index: number;
  text: string;
  start: number;
  paragraph: number;
  timeRefs: TimeRef[];
}

/** The date the article's expressions were resolved against: its publication date. */
export interface Reference {
  value: string;
  granularity: Granularity;
}

/** One end of a lasting happening: on a day, or after and/or before days (exclusive, as TimeML bounds read). */
export interface Edge {
  on?: string;
  after?: string;
  before?: string;
}

export interface EventTime {
  date: SentenceDate | null;
  /** Set when the happening lasts over days: where it begins and ends. */
  span?: { begin: Edge; end: Edge };
  /** The rule that dated it ('publication' when none did), so a reader can see why. */
  rule?: string;
}

// ---- Tunable lists and constants (why each exists is said beside it) ----

/**
 * Verbs that report: an expression next to one dates the report, not the happening reported.
 * Ambiguous nouns ('reports', 'claims', 'states', 'notes') are left out on purpose.
 */
const REPORTING = String.raw`said|says|say|saying|told|tells|telling|announced|announces|announcing|reported|stated|added|adds|declared|declares|confirmed|confirms|denied|denies|insisted|insists|warned|warns|noted|explained|explains|acknowledged|admitted|admits|disclosed|revealed|testified|estimated|predicted|quoted|according to`;
const REPORTING_RE = new RegExp(String.raw`\b(?:${REPORTING})\b`, 'gi');

/** Words that may stand between a reporting verb and the expression that dates it ('told reporters on Tuesday'). */
const REPORT_GAP_WORDS = 4;

/** Adverbs that may sit inside a verb group ('had already seized', 'is now fighting'). */
const ADVERBS = String.raw`(?:(?:not|n't|never|already|just|also|since|recently|previously|earlier|now|still|long|all|both|reportedly|apparently|allegedly|only|finally|largely|partly|ever|once|indeed|effectively|virtually|nearly|almost|quickly|formally|officially|gradually|steadily)\s+)*`;

/** Irregular past participles, and numerals and nouns that look like -en participles but are not. */
const IRREGULAR_PARTICIPLES = String.raw`been|taken|seen|done|gone|made|said|told|held|won|lost|fought|struck|begun|run|come|become|built|brought|bought|caught|found|got|gotten|given|hit|kept|led|left|put|set|shot|sent|spent|stood|thought|known|shown|grown|drawn|thrown|flown|driven|risen|fallen|broken|chosen|spoken|stolen|written|beaten|hidden|paid|met|sold|fled|fed|felt|heard|hurt|laid|meant|read|sat|slept|taught|understood|worn|withdrawn|overrun|cut|let|quit|spread|shut|split|swept|sunk|sung|stuck|dealt|lent|lit|slid|sought|shaken|woken|frozen|forgotten|bitten|ridden|arisen|forbidden|undergone|overtaken|upheld|withheld`;
const NOT_PARTICIPLES = String.raw`seven|eleven|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|even|often|when|then|than|men|women|children|citizen|citizens|garden|dozen|kitchen|chicken|heaven|oxygen|open|ten|hundred|indeed|need|speed|seed|feed|bleed|breed|greed|screen|between|own|town|down|known|brown|crown`;
const PARTICIPLE = String.raw`(?:(?!(?:${NOT_PARTICIPLES})\b)[a-z]{2,}(?:ed|en|wn)|${IRREGULAR_PARTICIPLES})`;

/** Irregular simple pasts: with -ed words they mark a narrative past. Forms that are also presents ('hit', 'cut', 'put') are left out. */
const IRREGULAR_PASTS = String.raw`took|went|fell|struck|won|lost|fought|began|ran|came|became|built|brought|bought|caught|found|got|gave|held|kept|led|left|made|met|paid|said|sent|shot|sold|spent|stood|told|thought|knew|saw|rose|broke|chose|spoke|stole|wrote|drove|flew|drew|grew|threw|blew|fled|fed|felt|heard|laid|meant|rode|rang|sang|sank|sat|slept|swept|swam|swore|taught|tore|understood|woke|wore|withdrew|overran|forgot|hid|dug|hung|lit|slid|sought|shook|stuck|sprang|swung|wept|froze|arose|bled|clung|crept|dealt|overtook|upheld|withheld|undertook|underwent`;

/** -ed words that are mostly adjectives in news ('armed groups', 'so-called', 'alleged'): not a past tense. */
const ADJECTIVAL_ED = String.raw`armed|based|alleged|detailed|limited|advanced|concerned|interested|experienced|skilled|supposed|related|organized|organised|unexpected|unidentified|unnamed|unarmed|unprecedented|sophisticated|dedicated|talented|balanced|mixed|tired|used|named|called|so-called|wounded|injured|displaced|besieged|beleaguered|embattled|isolated|crowded|populated|heated|renewed|increased|reduced|improved|united|fixed|retired|married|red|bed|shed|hundred|indeed|need|speed|seed|feed|bleed|breed|greed`;

/** Present-tense verbs that tell a state or a habit (the happening holds at the report). */
const PRESENT_VERBS = String.raw`is|are|am|isn't|aren't|has|have|hasn't|haven't|does|doesn't|do|don't|remains|remain|continues|continue|seems|seem|appears|appear|means|mean|looks|look|owns|own|holds|hold|lives|live|wants|want|needs|need|knows|know|believes|believe|thinks|think|hopes|hope|expects|expect|faces|face|lacks|lack|includes|include|contains|contain|depends|depend|exists|exist|stands|stand|lies|controls|control|boasts|imports|exports|costs|employs|makes|keeps|shows|suggests|plans|goes|gets|comes|runs|leads|belongs|belong|consists|represents|involves|requires|supports|opposes|rests|recognizes|recognises|refuses|insists|worries|fears|fear|sees|feel|feels|says|say`;

/** Words that change the time frame: a sentence with one does not continue the happening before it. */
const FRAME_BREAK_RE = /\b(?:last (?:year|month|week|spring|summer|autumn|fall|winter)|years? ago|months ago|decades?|for years|in the past|previously|formerly|used to|once was|at the time|in recent (?:years|months|weeks)|history|historically|since then|before that|until then)\b/i;

/** Words that keep a pluperfect within the day of the happening it backgrounds ('had taken the lead just before half-time'). */
const INTRA_DAY_RE = /\b(?:half-?time|the interval|(?:first|second) half|minutes?|hours? (?:earlier|before|later)|earlier in the day|later in the day|that (?:morning|afternoon|evening|night)|moments? (?:before|later|earlier)|shortly (?:before|after)|just before|kick-?off|the restart|the (?:final )?whistle)\b/i;

/**
 * Families of happenings an anaphor can name: 'the bombardment' continues a sentence about raids.
 * `anaphor` is the definite noun phrase, `antecedent` any word of the family in an earlier sentence.
 */
const FAMILIES: { name: string; anaphor: RegExp; antecedent: RegExp }[] = [
  {
    name: 'attack',
    anaphor: /\b(?:the|these|those|this|that|its|their)\s+(?:[\w-]+\s+)?(?:strikes|air ?strikes|airstrikes|raids?|bombardment|bombings?|attacks?|assault|shelling|barrage|offensive|operation)\b/i,
    antecedent: /\b(?:strikes?|struck|air ?strikes?|airstrikes?|raid(?:s|ed|ing)?|bomb(?:s|ed|ing|ings|ard\w*)?|shell(?:ed|ing)|attack(?:s|ed)?|assault(?:s|ed)?|barrage|pound(?:ed|ing)|offensive|storm(?:ed|ing))\b/i,
  },
  {
    name: 'fighting',
    anaphor: /\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?(?:fighting|clashes|battle|fight|combat)\b/i,
    antecedent: /\b(?:fight(?:ing|s)?|fought|clash(?:es|ed)?|battle[ds]?|combat)\b/i,
  },
  {
    name: 'match',
    anaphor: /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:match|final|game|tie|fixture|race|contest)\b/i,
    antecedent: /\b(?:match|final|game|tie|fixture|race|contest|beat(?:ing)?|won|defeated|drew)\b/i,
  },
  {
    name: 'meeting',
    anaphor: /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|visit|conference|session|hearing|vote|ballot)\b/i,
    antecedent: /\b(?:meet(?:ing)?|met|talks|summit|visit(?:ed|s)?|conference|session|hearing|vot(?:e|ed|ing)|ballot)\b/i,
  },
  {
    name: 'disaster',
    anaphor: /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:crash|explosion|blast|blaze|fire|storm|quake|earthquake|flood(?:ing)?|collapse|accident)\b/i,
    antecedent: /\b(?:crash(?:ed)?|explo(?:ded|sion)|blast|blaze|fire|storm|quake|earthquake|flood(?:s|ed|ing)?|collaps(?:e|ed)|accident)\b/i,
  },
];

/** How far back (in sentences) an anaphor looks for the happening it names. */
const ANAPHORA_REACH = 12;
/** How far ahead a happening told first looks for the sentence that names and dates it ('The raids on Tuesday ...'). */
const LOOKAHEAD = 2;

// ---- Reading a sentence ----

export type Tense = 'pluperfect' | 'present-perfect' | 'future' | 'modal' | 'progressive' | 'present' | 'past' | 'none';

type Cue = 'since' | 'before' | 'until' | 'after' | 'between' | 'at';

interface PlacedRef {
  ref: TimeRef;
  /** The report's date ('said on Tuesday') rather than the happening's. */
  ofReport: boolean;
  /**
   * It dates something inside the sentence rather than its main happening: a clause ('a record set
   * on Aug. 6') or, 'premodifier', a noun ('his 1996 campaign'), which is still the sentence's best
   * date when nothing else dates it.
   */
  attributive: false | 'clause' | 'premodifier';
  cue: Cue;
}

/** What the rules need to know of one sentence, read from its words alone. */
export interface Reading {
  index: number;
  paragraph: number;
  text: string;
  refs: PlacedRef[];
  /** A duration that reaches back to the report: 'over the past week', 'in the last 24 hours'. */
  pastStretch: TimeRef | null;
  reported: boolean;
  tense: Tense;
  /** A pluperfect that stays within the day of its happening ('had taken the lead just before half-time'). */
  intraDay: boolean;
  frameBreak: boolean;
  /** The family a definite anaphor names ('the bombardment' -> attack). */
  anaphor: string | null;
  /** Families mentioned anywhere in the sentence (an anaphor's antecedent). */
  families: Set<string>;
  /** A modal with a perfect ('may have come', 'could have been'): a possibility about the past. */
  modalPerfect: boolean;
  /** A present whose clause goes on into a future ('the risk is that the visit will persuade', 'I think it's not going to change'). */
  futureLater: boolean;
  /** A change in a measured quantity ('added 358,000 jobs', 'the rate rose to 4.4 percent'): it lasts over the period it is measured in. */
  measured: boolean;
}

const CUE_BEFORE_RE: [Cue, RegExp][] = [
  ['since', /\b(?:since|from)\s+(?:the\s+)?(?:(?:early|late|mid|middle of|end of|start of|beginning of)\s+)?$/i],
  ['until', /\b(?:until|till|through|by|up to)\s+(?:the\s+)?(?:(?:early|late|end of)\s+)?$/i],
  ['before', /\b(?:before|prior to|ahead of)\s+(?:the\s+)?$/i],
  ['after', /\b(?:after)\s+(?:the\s+)?$/i],
  ['between', /\bbetween\s+(?:the\s+)?$/i],
];

/** Words after a year or month that show it names a thing, not a time: 'his 1996 campaign', 'the August 1988 cease-fire'. */
const NOT_A_HEAD = /^\s+(?:and|or|but|to|of|in|on|at|by|for|from|with|as|than|that|when|while|after|before|since|until|the|a|an|this|last|next|is|are|was|were|had|has|have|will|would|said|says|[a-z]+ly)\b/;

/** Before an expression: a relative clause or a participle that it belongs to, rather than the main verb. */
const SUBORDINATE_BEFORE = /(?:\b(?:which|who|whose|where)\b[^,;.]{0,50}|\b(?:record|high|low|level|peak|mark|deal|treaty|accord|agreement)\s+(?:first\s+)?(?:set|reached|recorded|hit|established|signed|struck|agreed)\s+(?:on|in|at)\s+)$/i;

/** 'that' opening a relative clause ('the districts that the militants have held since 2014'), not a report's complement ('said that'). */
const RELATIVE_THAT = new RegExp(String.raw`\b(?!(?:${REPORTING}|so|such|now|given|fact|than|ensure|hope|hoped|believe|believed|expect|expected|clear|sure)\s)[a-z]+\s+that\b[^,;.]{0,50}$`);

/** `from`: where the happening's clause starts, so that a report's own 'that' is not read as a relative one. */
function attributiveOf(text: string, ref: TimeRef, sentenceStart: number, from: number): PlacedRef['attributive'] {
  const s = ref.start - sentenceStart;
  const e = ref.end - sentenceStart;
  if (s <= 0) return false;
  const before = text.slice(Math.max(0, from <= s ? from : 0, s - 60), s);
  if (SUBORDINATE_BEFORE.test(before) || RELATIVE_THAT.test(before)) return 'clause';
  const after = text.slice(e, e + 20);
  const coarse = ref.granularity === 'year' || ref.granularity === 'month' || ref.granularity === 'decade';
  return coarse && /^\s+[a-z][a-z-]+/.test(after) && !NOT_A_HEAD.test(after) ? 'premodifier' : false;
}

function cueOf(text: string, ref: TimeRef, sentenceStart: number): Cue {
  const before = text.slice(Math.max(0, ref.start - sentenceStart - 30), ref.start - sentenceStart);
  for (const [cue, re] of CUE_BEFORE_RE) if (re.test(before)) return cue;
  return 'at';
}

interface ReportFrame {
  /** Offsets (in the sentence) of the reporting verb. */
  verbStart: number;
  verbEnd: number;
  /** The part of the sentence that tells the happening (sentence-relative offsets). */
  happening: [number, number];
}

/**
 * Where the report is and where the happening it reports: 'X said (on Tuesday) (that) Y' reports Y
 * after the verb; 'Y, X said (on Tuesday).' reports Y before the comma; 'According to X, Y' reports Y.
 */
function reportFrame(text: string): ReportFrame | null {
  REPORTING_RE.lastIndex = 0;
  const m = REPORTING_RE.exec(text);
  if (!m) return null;
  const verbStart = m.index;
  const verbEnd = m.index + m[0].length;
  if (/^according to$/i.test(m[0])) {
    // 'According to X, Y' or 'Y, according to X'.
    const comma = text.indexOf(',', verbEnd);
    if (verbStart < text.length / 3 && comma > 0) return { verbStart, verbEnd, happening: [comma + 1, text.length] };
    return { verbStart, verbEnd, happening: [0, verbStart] };
  }
  // A reporting clause after the happening: 'Y, the army said on Friday.' (the comma or quote before it, near the end).
  const lastComma = Math.max(text.lastIndexOf(',', verbStart), text.lastIndexOf('”', verbStart), text.lastIndexOf("''", verbStart));
  if (lastComma > 0 && verbStart - lastComma < 40 && !/\bthat\b/.test(text.slice(verbEnd, verbEnd + 60)) && verbStart > text.length / 2) {
    return { verbStart, verbEnd, happening: [0, lastComma] };
  }
  // 'X said (on Tuesday) (that) Y': Y starts after 'that' when it comes within a few words, else after the verb.
  const after = text.slice(verbEnd);
  const that = /^(?:\s+[\w'’.,-]+){0,6}?\s+that\b/.exec(after);
  const start = verbEnd + (that ? that[0].length : 0);
  return { verbStart, verbEnd, happening: [start, text.length] };
}

/** Whether a ref dates the report: it sits right after the reporting verb (a few words at most) or right before it. */
function isReportRef(text: string, ref: TimeRef, sentenceStart: number, frame: ReportFrame): boolean {
  const s = ref.start - sentenceStart;
  const e = ref.end - sentenceStart;
  if (s >= frame.verbEnd) {
    const gap = text.slice(frame.verbEnd, s);
    if (/\bthat\b|[;:]/.test(gap)) return false;
    const words = gap.trim() ? gap.trim().split(/\s+/).length : 0;
    return words <= REPORT_GAP_WORDS && (words === 0 || /\b(?:on|late|early|in|this|last|at)\s*$/i.test(gap) || words <= 1);
  }
  const gap = text.slice(e, frame.verbStart);
  // 'X on Tuesday said', 'Tuesday, X said': the expression just before the verb, nothing that opens a clause between.
  return /^\s*,?\s*$/.test(gap) || (/^\s*(?:[\w'’.-]+\s+){0,3}$/.test(gap) && !/[,;]/.test(gap) && e > frame.verbStart - 30);
}

const TENSE_PATTERNS: [Tense, RegExp][] = [
  ['future', new RegExp(String.raw`\b(?:will|won't|shall|'ll|would|wouldn't|(?:is|are|am|was|were|'re|'m|'s) going to|plans? to|planned to|planning to|expects? to|(?:is|are|was|were) expected to|intends? to|(?:is|are) (?:due|scheduled|set|likely|poised|about) to|(?:is|are) to)\b`, 'gi')],
  ['pluperfect', new RegExp(String.raw`\b(?:had|'d|hadn't)\s+${ADVERBS}${PARTICIPLE}\b`, 'gi')],
  ['present-perfect', new RegExp(String.raw`\b(?:has|have|hasn't|haven't|'ve|(?:it|he|she|there|that|what|who)'s)\s+${ADVERBS}${PARTICIPLE}\b`, 'gi')],
  // 'may' in lower case only: 'May' is the month ('in May', 'May 5').
  ['modal', /\b(?:[Cc]ould|[Mm]ight|may|[Ss]hould|[Mm]ust|[Cc]an|[Cc]annot|[Cc]an't|[Oo]ught to|COULD|MIGHT|SHOULD|MUST|CAN)\b/g],
  ['progressive', new RegExp(String.raw`\b(?:is|are|am|'re|isn't|aren't|(?:it|he|she|there|that)'s)\s+${ADVERBS}[a-z]+ing\b`, 'gi')],
  ['past', new RegExp(String.raw`\b(?:was|were|wasn't|weren't|did|didn't|(?!(?:${ADJECTIVAL_ED})\b)[a-z]{2,}ed|${IRREGULAR_PASTS})\b`, 'g')],
  ['present', new RegExp(String.raw`\b(?:${PRESENT_VERBS})\b`, 'gi')],
];

/** A modal before a perfect: the possibility is about what happened ('may have come from a machine shop'). */
const MODAL_PERFECT_RE = new RegExp(String.raw`\b(?:could|might|may|should|must|would)(?:\s+not|n't)?\s+(?:have|'ve)\s+${ADVERBS}${PARTICIPLE}\b`, 'i');
/** A future anywhere in the clause: with a present first verb, the clause is a view of what will happen. */
const FUTURE_LATER_RE = /\b(?:will|won't|'ll|(?:is|are|'s|'re)\s+(?:not\s+)?going to)\s+[a-z]/i;

/**
 * A quantity measured over a period and how it changed ('the economy added 358,000 jobs last month',
 * 'the rate for adult women rose 0.4 percent'): a statistic, which holds over its whole period.
 */
const CHANGE_RE = /\b(?:rose|risen|fell|fallen|declined|dropped|climbed|grew|increased|decreased|added|gained|slipped|edged|jumped|surged|plunged|plummeted|soared|remained|created|shed|raised?)\b/i;
const MEASURE_RE = /\b(?:\d[\d,.]*\s+(?:jobs|percent|cents|points|barrels)|percent|jobs|(?:unemployment|jobless|inflation|interest|growth) rates?|wages|earnings|payrolls|employment)\b/i;

/** The tense of the first verb group in a stretch of text: the happening's verb. */
export function tenseOf(text: string): Tense {
  let best: { at: number; tense: Tense } | null = null;
  for (const [tense, re] of TENSE_PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    // Listed first wins a tie: 'had taken' is a pluperfect before it is a past.
    if (m && (!best || m.index < best.at)) best = { at: m.index, tense };
  }
  return best?.tense ?? 'none';
}

const PAST_STRETCH_RE = /\b(?:past|last|recent|previous|preceding)\b/i;

/** A duration that names the stretch up to the report: 'the past week', or 'over the last two weeks' split by the tagger. */
function reachesBack(text: string, r: TimeRef, sentenceStart: number): boolean {
  if (r.type !== 'DURATION') return false;
  if (PAST_STRETCH_RE.test(r.text)) return true;
  const lead = text.slice(Math.max(0, r.start - sentenceStart - 12), r.start - sentenceStart);
  return /\b(?:over|in|during|for) (?:the )?(?:past|last) $/i.test(lead);
}

export function readSentence(s: DatableSentence): Reading {
  const text = s.text;
  const frame = reportFrame(text);
  const refs: PlacedRef[] = s.timeRefs.filter(namesCalendarPoint).map((ref) => ({
    ref,
    ofReport: frame !== null && isReportRef(text, ref, s.start, frame),
    attributive: attributiveOf(text, ref, s.start, frame ? frame.happening[0] : 0),
    cue: cueOf(text, ref, s.start),
  }));
  const pastStretch = s.timeRefs.find((r) => reachesBack(text, r, s.start)) ?? null;
  let clause = text;
  if (frame) {
    const [a, b] = frame.happening;
    clause = b > a && text.slice(a, b).trim() ? text.slice(a, b) : text.slice(frame.verbStart);
  }
  const families = new Set(FAMILIES.filter((f) => f.antecedent.test(text)).map((f) => f.name));
  const anaphor = FAMILIES.find((f) => f.anaphor.test(text))?.name ?? null;
  return {
    index: s.index,
    paragraph: s.paragraph,
    text,
    refs,
    pastStretch,
    reported: frame !== null,
    tense: tenseOf(clause),
    intraDay: INTRA_DAY_RE.test(text),
    frameBreak: FRAME_BREAK_RE.test(text),
    anaphor,
    families,
    modalPerfect: MODAL_PERFECT_RE.test(clause),
    futureLater: FUTURE_LATER_RE.test(clause),
    measured: CHANGE_RE.test(text) && MEASURE_RE.test(text),
  };
}

// ---- Calendar helpers ----

function parseDay(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function shift(iso: string, days: number): string {
  const d = parseDay(iso);
  return d ? formatDay(addDays(d, days)) : iso;
}

const SEASONS: Record<string, [string, string, number]> = { SP: ['03-20', '06-20', 0], SU: ['06-21', '09-22', 0], FA: ['09-23', '12-21', 0], WI: ['12-22', '03-19', 1] };

/** The first and last day of a calendar value ('1998-02' -> 1 to 28 February), or null for what is no period. */
export function periodOf(value: string): { first: string; last: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { first: m[0], last: m[0] };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { first: `${m[0]}-01`, last: `${m[0]}-${pad(daysInMonth(y, mo))}` };
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // ISO week: the week of 4 January is week 1; its Monday starts it.
    const jan4 = { year: Number(m[1]), month: 1, day: 4 };
    const jan4Weekday = (new Date(Date.UTC(jan4.year, 0, 4)).getUTCDay() + 6) % 7;
    const monday = toDayNumber(jan4) - jan4Weekday + (Number(m[2]) - 1) * 7;
    return { first: formatDay(fromDayNumber(monday)), last: formatDay(fromDayNumber(monday + 6)) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    const lastMonth = q * 3;
    return { first: `${m[1]}-${pad(lastMonth - 2)}-01`, last: `${m[1]}-${pad(lastMonth)}-${pad(daysInMonth(Number(m[1]), lastMonth))}` };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return m[2] === '1' ? { first: `${m[1]}-01-01`, last: `${m[1]}-06-30` } : { first: `${m[1]}-07-01`, last: `${m[1]}-12-31` };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [a, b, next] = SEASONS[m[2]];
    return { first: `${m[1]}-${a}`, last: `${pad(Number(m[1]) + next, 4)}-${b}` };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  m = /^(\d{3})$/.exec(value);
  if (m) return { first: `${m[1]}0-01-01`, last: `${m[1]}9-12-31` };
  return null;
}

/** Days in an ISO duration that names a stretch of the past ('P3M' -> about 91), or null when vague ('PXD'). */
function durationDays(value: string): number | null {
  const m = /^P(?:T?)(\d+(?:\.\d+)?)([YMWDH])$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  const per: Record<string, number> = { Y: 365, M: 30, W: 7, D: 1, H: 1 / 24 };
  const unit = value.startsWith('PT') && m[2] === 'M' ? 1 / 1440 : per[m[2]];
  return Math.max(1, Math.round(n * unit));
}

// ---- The rules ----

/** What a rule sees: the sentence's reading and the dates decided so far. */
export interface RuleContext {
  readings: Reading[];
  /** Each sentence's date from its own words (OWN_RULES), or null: known ahead, so a rule may look forward. */
  own: (EventTime | null)[];
  dates: EventTime[];
  /** The publication date, at day granularity or coarser; null when the page has none. */
  published: Reference | null;
}

export interface OwnRule {
  name: string;
  apply: (r: Reading, ctx: RuleContext) => EventTime | null;
}

/** The day expressions are measured from: the publication day, or null when the page has no day. */
function reportDay(ctx: RuleContext): string | null {
  return ctx.published && /^\d{4}-\d{2}-\d{2}/.test(ctx.published.value) ? ctx.published.value.slice(0, 10) : null;
}

function bounded(base: SentenceDate, earliest: string | undefined, latest: string | undefined): SentenceDate {
  const out: SentenceDate = { ...base };
  if (earliest) out.earliest = earliest;
  if (latest) out.latest = latest;
  return out;
}

/** The happening's own ref: the first that is not the report's date. */
const happeningRef = (r: Reading): PlacedRef | undefined =>
  r.refs.find((p) => !p.ofReport && !p.attributive) ?? r.refs.find((p) => !p.ofReport && p.attributive === 'premodifier');

export const OWN_RULES: OwnRule[] = [
  {
    // 'since March', 'from early 2015': the happening began then and goes on to the report. Its
    // value stays where it began, so that it meets the happening that began it.
    name: 'since',
    apply: (r, ctx) => {
      const p = happeningRef(r);
      const period = p?.cue === 'since' ? periodOf(dateOfRef(p.ref).value) : null;
      if (!p || !period) return null;
      const today = reportDay(ctx);
      const date = bounded(dateOfRef(p.ref), period.first, today && today >= period.first ? today : undefined);
      const begin: Edge = period.first === period.last ? { on: period.first } : { after: shift(period.first, -1), before: shift(period.last, 1) };
      return { date, span: { begin, end: today ? { after: today } : {} } };
    },
  },
  {
    // 'between March and May': within both.
    name: 'between',
    apply: (r) => {
      const p = happeningRef(r);
      const i = p?.cue === 'between' ? r.refs.indexOf(p) : -1;
      const a = i >= 0 ? periodOf(dateOfRef(r.refs[i].ref).value) : null;
      const b = i >= 0 && r.refs[i + 1] ? periodOf(dateOfRef(r.refs[i + 1].ref).value) : null;
      if (!a || !b || b.last < a.first) return null;
      return { date: bounded(dateOfRef(r.refs[i].ref), a.first, b.last) };
    },
  },
  {
    // 'before Friday', 'until March', 'after the 5th': a bound, not the day itself. The value is the
    // day next to the bound, the likeliest for a report to mean.
    name: 'bound',
    apply: (r) => {
      const p = happeningRef(r);
      if (!p || (p.cue !== 'before' && p.cue !== 'after' && p.cue !== 'until')) return null;
      const period = periodOf(dateOfRef(p.ref).value);
      if (!period) return null;
      const base: SentenceDate = { ...dateOfRef(p.ref), granularity: 'day' };
      if (p.cue === 'before') return { date: bounded({ ...base, value: shift(period.first, -1) }, undefined, shift(period.first, -1)) };
      if (p.cue === 'until') return { date: bounded({ ...base, value: period.last }, undefined, period.last) };
      return { date: bounded({ ...base, value: shift(period.last, 1) }, shift(period.last, 1), undefined) };
    },
  },
  {
    // 'over the past week', 'in the last 24 hours': from that far back up to the report.
    name: 'past-stretch',
    apply: (r, ctx) => {
      const today = reportDay(ctx);
      const days = r.pastStretch ? durationDays(r.pastStretch.value) : null;
      if (!today || days === null || happeningRef(r)) return null;
      const earliest = shift(today, -days);
      return {
        date: { value: today, granularity: days > 31 ? 'month' : days > 7 ? 'week' : 'day', from: 'expression', text: r.pastStretch!.text, earliest, latest: today },
        span: { begin: { on: earliest }, end: { on: today } },
      };
    },
  },
  {
    // The happening's own expression: 'troops took the town on Monday' (however the report is dated).
    name: 'happening-expression',
    apply: (r, ctx) => {
      const p = happeningRef(r);
      if (!p) return null;
      const date = dateOfRef(p.ref);
      const today = reportDay(ctx);
      const period = periodOf(date.value);
      // 'earlier this month' lies between the month's start and the report, 'later this week' after the report.
      if (today && period && period.first !== period.last && period.first <= today && today <= period.last) {
        if (/^earlier\b/i.test(p.ref.text)) return { date: bounded(date, period.first, today) };
        if (/^later\b/i.test(p.ref.text)) return { date: bounded(date, shift(today, 1), period.last) };
      }
      // A statistic of a month ('the economy added 358,000 jobs in January') holds over the whole month.
      const whole = wholePeriod(r, date);
      if (whole) return { date, span: whole };
      // A weekday in a future clause is the coming one, whichever way the tagger leaned: 'will parade on Monday'.
      if (today && r.tense === 'future' && p.ref.rule === 'weekday' && /^\d{4}-\d{2}-\d{2}$/.test(date.value) && date.value < today) {
        return { date: { ...date, value: shift(date.value, 7) } };
      }
      return { date };
    },
  },
  {
    // Only the report is dated: what it tells sits against that date by its tense.
    name: 'report-expression',
    apply: (r) => {
      const p = r.refs.find((x) => x.ofReport);
      if (!p) return null;
      const date = dateOfRef(p.ref);
      const day = /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? date.value : null;
      // 'announced on Friday that the city had been recaptured': the declaration is the news, dated by the
      // report; what it declares lies on or before that day.
      if (day && r.tense === 'pluperfect' && DECLARING.test(r.text)) return { date: { ...date, latest: day } };
      // Otherwise what the report tells lies before it: the timeline keeps it at the report's day (where
      // other reports of that day meet it), the bound says it lies before.
      if (day && r.tense === 'pluperfect' && !r.intraDay) return { date: { ...date, latest: shift(day, -1) } };
      if (day && r.tense === 'future') return { date: { ...date, value: shift(day, 1), earliest: shift(day, 1) } };
      return { date };
    },
  },
];

/** Verbs of declaring an outcome: the act of declaring is itself what a timeline records. */
const DECLARING = /\b(?:announced|declared|proclaimed|confirmed)\b/i;

export interface TenseRule {
  name: string;
  apply: (r: Reading, ctx: RuleContext) => EventTime | null;
}

function publicationDate(ctx: RuleContext): SentenceDate | null {
  return ctx.published ? { value: ctx.published.value, granularity: ctx.published.granularity, from: 'publication' } : null;
}

/** Tenses that place a happening against the report, not against the story around it. */
export const TENSE_RULES: TenseRule[] = [
  {
    // 'Those plates may have come from a machine shop': a possibility about the past, before the report.
    name: 'modal-perfect',
    apply: (r, ctx) => {
      const today = reportDay(ctx);
      const date = publicationDate(ctx);
      if (r.tense !== 'modal' || !r.modalPerfect || r.reported || !today || !date) return null;
      return { date: { ...date, latest: shift(today, -1) } };
    },
  },
  {
    // 'That could include firing across the bow', 'any decision must be agreed by both governments':
    // what may or must happen is still to come. The value stays the report's; the bound says after it.
    name: 'modal',
    apply: (r, ctx) => {
      const today = reportDay(ctx);
      const date = publicationDate(ctx);
      if (r.tense !== 'modal' || r.reported || !today || !date) return null;
      return { date: { ...date, earliest: shift(today, 1) } };
    },
  },
  {
    // 'The main negative is the risk that the visit will persuade...', 'that means soil will fall
    // off': a present that frames a future; what the clause tells is after the report.
    name: 'future-complement',
    apply: (r, ctx) => {
      const today = reportDay(ctx);
      const date = publicationDate(ctx);
      if ((r.tense !== 'present' && r.tense !== 'progressive') || !r.futureLater || r.reported || !today || !date) return null;
      // A development foreseen rather than a dated act: it begins and ends after the report.
      return { date: { ...date, earliest: shift(today, 1) }, span: { begin: { after: today }, end: { after: today } } };
    },
  },
  {
    // 'Iraq would retaliate', 'talks will resume': after the report.
    name: 'future',
    apply: (r, ctx) => {
      const today = reportDay(ctx);
      const date = publicationDate(ctx);
      if (r.tense !== 'future' || r.reported || !today || !date) return null;
      return { date: { ...date, value: shift(today, 1), earliest: shift(today, 1) } };
    },
  },
  {
    // 'Iraq imports most of its food', 'talks are continuing': a state or an action that holds at the report.
    name: 'present',
    apply: (r, ctx) => {
      const today = reportDay(ctx);
      const date = publicationDate(ctx);
      if ((r.tense !== 'present' && r.tense !== 'progressive') || r.reported || !date) return null;
      return today ? { date, span: { begin: { before: today }, end: { after: today } } } : { date };
    },
  },
  {
    // 'the strikes have killed 40': up to the report.
    name: 'present-perfect',
    apply: (r, ctx) => {
      const today = reportDay(ctx);
      const date = publicationDate(ctx);
      if (r.tense !== 'present-perfect' || !date) return null;
      return { date: today ? { ...date, latest: today } : date };
    },
  },
];

export interface CarryRule {
  name: string;
  /** The index of the sentence whose date this one continues, or null. */
  source: (r: Reading, ctx: RuleContext) => number | null;
}

/**
 * A date another sentence may carry on: one read from words (its own or carried), a point rather
 * than a bound, of a happening that took place (not a plan or a possibility) by the report.
 */
const COARSER_THAN_MONTH: ReadonlySet<string> = new Set(['quarter', 'season', 'year', 'decade']);

function carriable(ctx: RuleContext, i: number, e: EventTime | null = ctx.dates[i]): boolean {
  const d = e?.date;
  // A statistic over its month (wholePeriod) still dates the month for the sentences that go on with it.
  const whole = e?.span?.begin.on !== undefined && e.span.end.on !== undefined && d?.granularity === 'month';
  if (!d || d.from === 'publication' || d.earliest !== undefined || d.latest !== undefined || (e!.span && !whole)) return false;
  // A year ('during 2017') frames a stretch, not one happening that later sentences go on with: it would
  // date them more coarsely than their own page does.
  if (COARSER_THAN_MONTH.has(d.granularity)) return false;
  const tense = ctx.readings[i].tense;
  if (tense === 'future' || tense === 'modal') return false;
  const today = reportDay(ctx);
  return !today || d.value.slice(0, 10) <= today;
}

/** Whether a sentence's own date puts its happening away from a day: a date of its words that neither is nor spans it. */
function elsewhere(d: SentenceDate | null, value: string): boolean {
  if (!d || d.from !== 'expression') return false;
  if (d.value === value) return false;
  if (d.earliest !== undefined || d.latest !== undefined) return !((d.earliest ?? '') <= value && value <= (d.latest ?? '9999'));
  const period = periodOf(d.value);
  return !period || !(period.first <= value && value <= period.last);
}

/** Only a narrative goes on with the happening before it: a past (or a verbless line), not a plan, a state or a possibility. */
const continues = (r: Reading): boolean => (r.tense === 'past' || r.tense === 'none' || r.tense === 'pluperfect') && !r.frameBreak;

export const CARRY_RULES: CarryRule[] = [
  {
    // 'At least 23 fighters died in the bombardment': the sentence before that told the raids.
    name: 'anaphora',
    source: (r, ctx) => {
      if (!r.anaphor || r.tense === 'future' || r.tense === 'modal') return null;
      for (let i = r.index - 1; i >= Math.max(0, r.index - ANAPHORA_REACH); i--) {
        if (ctx.readings[i].families.has(r.anaphor) && carriable(ctx, i)) return i;
      }
      return null;
    },
  },
  {
    // 'Warplanes pounded IS lines. The raids on Tuesday targeted checkpoints': a happening told
    // first and dated just after, by the anaphor that names it again.
    name: 'named-later',
    source: (r, ctx) => {
      if (!continues(r) || r.families.size === 0) return null;
      for (let j = r.index + 1; j <= Math.min(ctx.readings.length - 1, r.index + LOOKAHEAD); j++) {
        const later = ctx.readings[j];
        if (later.anaphor && r.families.has(later.anaphor) && carriable(ctx, j, ctx.own[j])) return j;
      }
      return null;
    },
  },
  {
    // The sentence before, in the same paragraph, told a dated happening this one goes on with.
    name: 'paragraph',
    source: (r, ctx) => {
      const prev = r.index - 1;
      if (prev < 0 || ctx.readings[prev].paragraph !== r.paragraph || r.reported || !continues(r)) return null;
      return carriable(ctx, prev) ? prev : null;
    },
  },
  {
    // The article's lead: a narrative with no date of its own goes on with the happening the lead dated.
    name: 'lead',
    source: (r, ctx) => {
      // A report may go on with the lead too ('Residents said the planes circled from dawn'): its clause is the happening's.
      if (!continues(r)) return null;
      for (let i = 0; i < r.index && ctx.readings[i].paragraph <= 1; i++) {
        if (carriable(ctx, i)) {
          // Not across a change of time frame: no sentence between may have dated itself elsewhere.
          const lead = ctx.dates[i].date!.value;
          for (let j = i + 1; j < r.index; j++) if (ctx.readings[j].frameBreak || elsewhere(ctx.dates[j].date, lead)) return null;
          return i;
        }
      }
      return null;
    },
  },
];

/** What the carried date becomes under this sentence's tense: a pluperfect lies before the happening it backgrounds. */
function carried(from: EventTime, r: Reading, source: number, rule: string): EventTime {
  const base = from.date!;
  const date: SentenceDate = { value: base.value, granularity: base.granularity, from: 'context', via: { sentence: source, rule } };
  if (base.text !== undefined) date.text = base.text;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(base.value) ? base.value : null;
  // A pluperfect that names the happening carried ('had taken buildings during the assault') or that only
  // backshifts reported speech ('the source said troops had taken') is that happening, not one before it.
  if (r.tense === 'pluperfect' && !r.intraDay && rule !== 'anaphora' && !r.reported) {
    if (day) return { date: { ...date, value: shift(day, -1), granularity: 'day', latest: shift(day, -1) } };
    const period = periodOf(base.value);
    if (period) return { date: { ...date, latest: shift(period.first, -1) } };
  }
  const whole = wholePeriod(r, date);
  return whole ? { date, span: whole } : { date };
}

/** The span of a measured change over the month it is dated to: from the month's first day to its last. */
function wholePeriod(r: Reading, date: SentenceDate): EventTime['span'] | undefined {
  if (!r.measured || date.granularity !== 'month' || date.earliest !== undefined || date.latest !== undefined) return undefined;
  if (r.tense !== 'past' && r.tense !== 'none' && r.tense !== 'present-perfect') return undefined;
  const period = /^\d{4}-\d{2}$/.test(date.value) ? periodOf(date.value) : null;
  return period ? { begin: { on: period.first }, end: { on: period.last } } : undefined;
}

/** Dates every sentence of an article, in order. Pure: the same sentences and date give the same answer. */
export function timeEvents(sentences: DatableSentence[], published: Reference | null): EventTime[] {
  const ctx: RuleContext = { readings: sentences.map(readSentence), own: [], dates: [], published };
  ctx.own = ctx.readings.map((r) => ownDate(r, ctx));
  for (const r of ctx.readings) ctx.dates.push(ctx.own[r.index] ?? dateOne(r, ctx));
  return ctx.dates;
}

function ownDate(r: Reading, ctx: RuleContext): EventTime | null {
  for (const rule of OWN_RULES) {
    const found = rule.apply(r, ctx);
    if (found) return { ...found, rule: rule.name };
  }
  return null;
}

function dateOne(r: Reading, ctx: RuleContext): EventTime {
  for (const rule of TENSE_RULES) {
    const found = rule.apply(r, ctx);
    if (found) return { ...found, rule: rule.name };
  }
  for (const rule of CARRY_RULES) {
    const source = rule.source(r, ctx);
    if (source !== null) return { ...carried(ctx.dates[source] ?? ctx.own[source]!, r, source, rule.name), rule: rule.name };
  }
  const date = publicationDate(ctx);
  const today = reportDay(ctx);
  // A pluperfect with nothing to lean on is still before the report.
  if (date && today && r.tense === 'pluperfect') return { date: { ...date, value: shift(today, -1), latest: shift(today, -1) }, rule: 'pluperfect' };
  return { date, rule: 'publication' };
}

/** The dates alone, as analyzeArticle stores them on the sentences. */
export function eventDates(sentences: DatableSentence[], published: Reference | null): (SentenceDate | null)[] {
  return timeEvents(sentences, published).map((e) => e.date);
}
