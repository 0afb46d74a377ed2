// Sentences that report something happening, merged across pages into events with their sources.
import { createHash } from 'node:crypto';
import type { AnalyzedArticle, Event, Sentence, SourceRef } from '../model.js';
import { contentWords } from '../text/words.js';
import { figuresOf, type Figure } from './numbers.js';
import { disagreementsOf, eventFigures, fatalitiesOf } from './disagreements.js';
import { conceptsOf } from './concepts.js';
import { classifyEvent, type EventKind } from './types.js';
import { type EventVerdict, type LeftOutReason } from './event-like.js';
import { kindOf, verdictOf } from './verdicts.js';
import { leadInLength } from './lead-in.js';

export { eventScore, eventVerdict, EVENT_SCORE_RULES, MIN_EVENT_SCORE, type EventVerdict, type LeftOutReason } from './event-like.js';

/**
 * Two dated sentences report the same happening when the shorter one's features are this much
 * covered by the other's, each feature weighted by its rarity in the story: rewrites share the rare
 * words ('engineers', 'explosive devices'), not the common ones ('said', 'forces'). Measured on the
 * examples: rewrites of one report score 0.49-0.93, different reports of one day at most 0.44 (measured
 * before MAX_FEATURE_WEIGHT; the examples' events and disagreements are unchanged by it).
 */
const SAME_EVENT_SIMILARITY = 0.45;
/** A sentence dated only by its page may report something of the days just before it. */
const FALLBACK_REACH_DAYS = 2;
/**
 * A sentence with no date at all (a page without a publication date, and no date of its own) can be
 * placed by nothing but its words: it meets only other undated reports, and joins one when their
 * features agree more than dated reports must, since no date tells two happenings of one kind apart.
 */
const UNDATED_SIMILARITY = 0.25;
/** How many of a story's latest undated drafts an undated report is compared with. */
const MAX_UNDATED_CANDIDATES = 200;
/** Drafts of one batch that agree this much (dated as a sentence must, undated as loosely as an undated sentence) become one. */
const SAME_DRAFT_SIMILARITY = SAME_EVENT_SIMILARITY;
const SAME_UNDATED_DRAFT_SIMILARITY = UNDATED_SIMILARITY;
/**
 * No feature counts more than this: a word found once in a story ('notorious', 'heavily') says
 * little about which happening a sentence tells, yet weighed by its full rarity it outweighs the
 * names, places and actions two reports of one happening share.
 */
const MAX_FEATURE_WEIGHT = 2;

export interface PageInfo {
  source: string;
  site: string | null;
  title: string | null;
  duplicateOf?: string;
}

/** The date a sentence is placed by. */
export type SentenceDate = NonNullable<Sentence['date']>;

/** The lead of an event: the sentence that tells it, with what ranks it against later members. */
export interface DraftLead {
  ref: SourceRef;
  score: number;
  rank: number;
  /** Null for a report with no date at all. */
  date: SentenceDate | null;
  /** Its sentence's ACLED kind, as read when it became the lead (absent in drafts kept by older versions). */
  kind?: { type: string; subType: string };
}

/**
 * An event in the making, as kept between batches: what the next sentences are compared with and
 * what its event is rendered from, without its members (those are stored one by one, see DraftMember).
 */
export interface Draft {
  /** Creation order: among equally similar drafts the later one wins, as it always has. */
  order: number;
  /** The date of the sentence that opened it: the draft is found by this date; null when it had none (an undated page). */
  date: SentenceDate | null;
  words: Set<string>;
  lead: DraftLead;
  /** Members so far, and the distinct pages among them that copy no other page. */
  size: number;
  independent: number;
  placeIds: Set<string>;
  actorIds: Set<string>;
  /** The ACLED sub-event type of the sentence that opened it, where it has one, and its event type. */
  kind?: string;
  kindType?: string;
}

/** One sentence of an event, as its source list and its disagreements need it. */
export interface DraftMember {
  draft: number;
  ref: SourceRef;
  /** The value of an explicit date (not one taken from the page), for date disagreements. */
  dateValue?: string;
  /** The counts it gives; members stored by older versions have no bound (read as exact) and no text. */
  figures: (Pick<Figure, 'unit' | 'value'> & Partial<Pick<Figure, 'bound' | 'high' | 'text'>>)[];
}

/**
 * Everything a story's events are built from: the drafts, and the rarity counts of features over
 * the story's dated sentences. Kept in the store, so that a batch adds only its new articles.
 */
export interface EventState {
  drafts: Draft[];
  /** Sentences seen (the name is older than undated events: undated ones count too), and how many of them have each feature. */
  dated: number;
  df: Map<string, number>;
}

export function emptyEventState(): EventState {
  return { drafts: [], dated: 0, df: new Map() };
}

/** What one call of addToEvents changed: the drafts to save, and the new members in the order they joined. */
export interface EventUpdate {
  changed: Draft[];
  members: DraftMember[];
  /** Features whose counts changed. */
  features: string[];
}

/** How much the way a sentence was dated adds to its claim to represent an event: its own words best, the page's date least. */
const DATE_RANK: Record<SentenceDate['from'], number> = { expression: 1, context: 0.5, publication: 0 };

/**
 * A sentence whose date came by anaphora ('the bombardment', 'the strikes') names the happening an
 * earlier sentence of its page reports: it joins that sentence's event, also when it adds only a
 * count ('at least 23 fighters died in the bombardment' reports no action of its own).
 */
function continuedDraft(s: Sentence, verdict: EventVerdict, draftOfSentence: (index: number) => Draft | undefined): Draft | undefined {
  if (s.date?.from !== 'context' || s.date.via?.rule !== 'anaphora') return undefined;
  if (!verdict.kept && !(verdict.reason === 'not-an-event' && figuresOf(s.text).length > 0)) return undefined;
  return draftOfSentence(s.date.via.sentence);
}

/**
 * Reports of one happening share its kind, date and place while their words differ ('jets struck' /
 * 'aircraft bombed', 'broke the siege' / 'joined up with the garrison'): a sentence dated by the text
 * (its own words or its context), whose date the draft's date allows (the same day, or a day and the
 * month holding it), that names a place of the draft and tells the same kind of happening, joins it
 * whatever its wording. The same kind is the same ACLED sub-type, a shared concept (concepts.ts), or
 * violence against the same actor. This is ACLED's own unit (one event per type, location and day);
 * other events of the kind, on another day or in another place, get nothing. Among several such
 * drafts the one with the most shared words wins.
 */
const SAME_HAPPENING_BONUS = SAME_EVENT_SIMILARITY;
const CONCEPTS_OF_ONE_HAPPENING = 2;

function sameHappeningBonus(s: Sentence, kind: { subType: string; type: string }, words: Set<string>, d: Draft): number {
  const date = s.date;
  if (!date || !d.date) return 0;
  if (date.from === 'publication' || d.date.from === 'publication') return onceOnlyBonus(s, kind, d);
  const concepts = [...words].filter((w) => w.startsWith('~') && d.words.has(w)).length;
  // Two concepts together name the happening itself ('broke' + 'siege', 'entered' + 'killed'), even where a sentence names no place ('the enclave').
  if (concepts >= CONCEPTS_OF_ONE_HAPPENING) return SAME_HAPPENING_BONUS;
  if (!s.mentions.some((m) => m.kind === 'place' && d.placeIds.has(m.entityId))) return 0;
  const sameSubType = !!kind.subType && kind.subType !== 'Other' && d.kind === kind.subType;
  const sharedConcept = concepts > 0;
  // Writers name one happening's means differently ('the raids' / 'aircraft bombed'): violence against the same actor counts as the same kind.
  const sameViolence = VIOLENT_TYPES.has(kind.type) && VIOLENT_TYPES.has(d.kindType ?? '') && s.mentions.some((m) => m.kind === 'actor' && d.actorIds.has(m.entityId));
  return sameSubType || sharedConcept || sameViolence ? SAME_HAPPENING_BONUS : 0;
}

/**
 * Ground changes hands, or an agreement is signed, once: a report dated only by its page (the date
 * index lets it reach the days just before) of the same such sub-type at the same place is that
 * happening ('Damascus has announced full control of Deir Ezzor' / 'announced on Friday that Deir
 * ez-Zor had been recaptured'). Repeated kinds (strikes, clashes) get nothing: they recur daily.
 */
const ONCE_ONLY_KINDS: ReadonlySet<string> = new Set(['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory', 'Agreement']);

function onceOnlyBonus(s: Sentence, kind: { subType: string }, d: Draft): number {
  if (!ONCE_ONLY_KINDS.has(kind.subType) || d.kind !== kind.subType) return 0;
  return s.mentions.some((m) => m.kind === 'place' && m.entityId.startsWith('geonames:') && d.placeIds.has(m.entityId)) ? SAME_HAPPENING_BONUS : 0;
}

/** ACLED's types of political violence. */
const VIOLENT_TYPES: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/** Outcomes whose count belongs to the violent happening of its day. */
const COUNTED_OUTCOMES = new Set(['killed', 'wounded', 'captured', 'missing']);
/** How much wording a page's count must share with one of its events of the same day, when it could join several. */
const COUNT_SIMILARITY = 0.1;

/**
 * A page's count of the dead or wounded on a day ('17 militants were killed in Tuesday's raids') belongs
 * to the violent happening that page has reported for that day, if it has reported one: the count is
 * what that event cost, not an event of its own. Among several, the one with most shared words.
 */
function countedDraft(s: Sentence, verdict: EventVerdict, joined: Set<Draft>, words: Set<string>, weight: (w: string) => number): Draft | undefined {
  const date = s.date;
  if (!date || date.from === 'publication' || date.granularity !== 'day') return undefined;
  if (!verdict.kept && verdict.reason !== 'not-an-event') return undefined;
  if (!figuresOf(s.text).some((f) => COUNTED_OUTCOMES.has(f.unit))) return undefined;
  let best: Draft | undefined;
  let bestSim = COUNT_SIMILARITY;
  for (const d of joined) {
    if (!d.date || d.date.from === 'publication' || d.date.value !== date.value || !VIOLENT_TYPES.has(d.kindType ?? '')) continue;
    const sim = weightedOverlap(words, d.words, weight);
    if (sim >= bestSim) {
      bestSim = sim;
      best = d;
    }
  }
  return best;
}

/** How a source is quoted: the sentence, from after a dateline run into an article's opening sentence. */
function refOf(article: AnalyzedArticle, s: Sentence, info: PageInfo): SourceRef {
  const opens = s.paragraph <= 1 && article.paragraphs[s.paragraph]?.start === s.start;
  const skip = opens ? leadInLength(s.text, article.site) : 0;
  return { pageId: article.pageId, sentence: s.index, text: s.text.slice(skip), start: s.start + skip, end: s.end, site: info.site, title: info.title, source: info.source };
}

function dayNumber(value: string): number | null {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(`${value.slice(0, 10)}T00:00:00Z`) / 86_400_000 : null;
}

function exactDateKey(d: SentenceDate): string {
  return `${d.value}|${d.granularity}`;
}

/**
 * Drafts indexed by their first member's date, so a sentence meets only the drafts whose dates are
 * compatible with its own: the same date and granularity, or one side dated only by its page a day
 * or two after the other. Looking up instead of scanning keeps a story's events near-linear in its sentences.
 */
class DraftsByDate {
  private byExact = new Map<string, Draft[]>();
  private byDay = new Map<string, Draft[]>();
  /** Text-dated drafts by their month ('2017-09'): a month date ('early September') and a day inside it can be one happening. */
  private byMonth = new Map<string, Draft[]>();
  /** Drafts opened by a sentence with no date: they meet only sentences with none. */
  private undated: Draft[] = [];

  add(draft: Draft): void {
    const date = draft.date;
    if (!date) {
      this.undated.push(draft);
      return;
    }
    push(this.byExact, exactDateKey(date), draft);
    const day = dayNumber(date.value);
    if (day !== null && Number.isFinite(day)) push(this.byDay, `${date.from === 'publication' ? 'publication' : 'text'}|${day}`, draft);
    if (date.from !== 'publication' && (date.granularity === 'day' || date.granularity === 'month')) push(this.byMonth, date.value.slice(0, 7), draft);
  }

  /** The drafts a sentence of this date may join, in the order they were made. */
  compatible(date: SentenceDate | null): Draft[] {
    // Bounded: an undated report is compared with the latest undated drafts only, so a story of many
    // undated pages costs the same per page however many came before (follow-ups come close together).
    if (!date) return this.undated.slice(-MAX_UNDATED_CANDIDATES);
    const found = new Set<Draft>(this.byExact.get(exactDateKey(date)) ?? []);
    if (date.from !== 'publication' && (date.granularity === 'month' || date.granularity === 'day')) {
      // A month meets the days inside it, and a day its month; two different days never meet this way.
      for (const d of this.byMonth.get(date.value.slice(0, 7)) ?? []) if (d.date!.granularity !== date.granularity) found.add(d);
    }
    const day = dayNumber(date.value);
    if (day !== null && Number.isFinite(day)) {
      // A page-dated sentence reaches back to explicit dates; an explicit date reaches forward to page dates.
      // Dates read from the text (the sentence's own or its context's) reach page dates, and back.
      const [other, lo, hi] = date.from === 'publication' ? (['text', day - FALLBACK_REACH_DAYS, day] as const) : (['publication', day, day + FALLBACK_REACH_DAYS] as const);
      for (let d = lo; d <= hi; d++) for (const draft of this.byDay.get(`${other}|${d}`) ?? []) found.add(draft);
    }
    return [...found].sort((a, b) => a.order - b.order);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * What a sentence is about, for comparing reports: its content words, with each place and actor
 * replaced by its entity id (so 'Deir Ezzor' and 'Deir al-Zour' agree) and each figure's unit
 * ('#explosive') standing in for the number, which sources often give differently.
 */
export function eventFeatures(s: Sentence): Set<string> {
  let text = s.text;
  for (const m of s.mentions) {
    const from = m.start - s.start;
    const to = m.end - s.start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  const words = contentWords(text);
  return new Set([...words, ...conceptsOf(words), ...s.mentions.map((m) => m.entityId), ...figuresOf(s.text).map((f) => `#${f.unit}`)]);
}

/** Weighted overlap coefficient: how much of the lighter feature set the other one covers. */
function weightedOverlap(a: Set<string>, b: Set<string>, weight: (w: string) => number): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter += weight(w);
  if (inter === 0) return 0;
  const lighter = Math.min(weightSum(a, weight), weightSum(b, weight));
  return lighter > 0 ? inter / lighter : 0;
}

/**
 * Weight sums of feature sets, kept while the set and the weights stay the same: a sentence is compared
 * with every draft of its dates, and a draft's sum over hundreds of words would otherwise be redone each
 * time. Sets only grow, so an unchanged size is an unchanged set.
 */
const SUMS = new WeakMap<Set<string>, { weight: (w: string) => number; size: number; sum: number }>();

function weightSum(set: Set<string>, weight: (w: string) => number): number {
  const known = SUMS.get(set);
  if (known && known.weight === weight && known.size === set.size) return known.sum;
  let sum = 0;
  for (const w of set) sum += weight(w);
  SUMS.set(set, { weight, size: set.size, sum });
  return sum;
}

/** Where an earlier batch put a sentence: the order of its draft, if it joined one. */
export type DraftLookup = (pageId: string, sentence: number) => number | undefined;

/**
 * Adds articles (in the order they should be preferred as sources, earliest first) to a story's
 * events: the one code path for a whole story and for a batch of new pages. Each dated sentence is
 * compared with the drafts of compatible dates, an undated one (a page with no date) with the undated
 * drafts, its features weighed by their rarity (at most MAX_FEATURE_WEIGHT) over the story's
 * sentences up to and including this batch; then the drafts the batch opened may join earlier ones
 * (absorbNewDrafts). Copies marked by dedupe join the event of what they copy, found in this batch
 * or, through `earlier`, in the batches before. Mutates `state`.
 */
export function addToEvents(state: EventState, articles: AnalyzedArticle[], info: Map<string, PageInfo>, earlier: DraftLookup = () => undefined): EventUpdate {
  const features = new Map<Sentence, Set<string>>();
  const touchedFeatures = new Set<string>();
  for (const a of articles) {
    for (const s of a.sentences) {
      const words = eventFeatures(s);
      features.set(s, words);
      state.dated++;
      for (const w of words) {
        state.df.set(w, (state.df.get(w) ?? 0) + 1);
        touchedFeatures.add(w);
      }
    }
  }
  const n = state.dated;
  const weights = new Map<string, number>();
  const weight = (w: string) => {
    let x = weights.get(w);
    if (x === undefined) weights.set(w, (x = Math.min(MAX_FEATURE_WEIGHT, Math.log((n + 1) / ((state.df.get(w) ?? 0) + 0.5)))));
    return x;
  };
  const newFrom = state.drafts.length;
  const byDate = new DraftsByDate();
  for (const d of state.drafts) byDate.add(d);
  const byOrder = new Map(state.drafts.map((d) => [d.order, d]));
  const draftOf = new Map<string, Draft>();
  const changed = new Set<Draft>();
  const members: DraftMember[] = [];
  for (const article of articles) {
    const pageInfo = info.get(article.pageId) ?? { source: article.pageId, site: null, title: null };
    const independentPage = !info.get(article.pageId)?.duplicateOf;
    // A page is added once, so the drafts holding one of its sentences are those it joined just now.
    // A later sentence of the page may join one of them by its words too: a page often tells its
    // happening again further down ('The treasurer was arrested at his home'), and ECB+'s annotators
    // put such sentences in the event of the first.
    const joined = new Set<Draft>();
    for (const sentence of article.sentences) {
      const verdict = verdictOf(sentence);
      const score = verdict.score;
      const copyOf = sentence.duplicateOf;
      let copied: Draft | undefined;
      if (copyOf) {
        copied = draftOf.get(`${copyOf.pageId}#${copyOf.sentence}`);
        if (!copied) {
          const order = earlier(copyOf.pageId, copyOf.sentence);
          copied = order === undefined ? undefined : byOrder.get(order);
        }
      }
      const words = features.get(sentence)!;
      const continued = continuedDraft(sentence, verdict, (index) => draftOf.get(`${article.pageId}#${index}`))
        ?? countedDraft(sentence, verdict, joined, words, weight);
      if (!verdict.kept && !copied && !continued) continue;
      const classified = kindOf(sentence);
      const kind = { subType: classified.subType, type: classified.type };
      let draft = copied ?? continued;
      if (!draft) {
        let best = sentence.date ? SAME_EVENT_SIMILARITY : UNDATED_SIMILARITY;
        for (const d of byDate.compatible(sentence.date)) {
          const sim = weightedOverlap(words, d.words, weight) + sameHappeningBonus(sentence, kind, words, d);
          if (sim >= best) {
            best = sim;
            draft = d;
          }
        }
      }
      const ref = refOf(article, sentence, pageInfo);
      const rank = score + (sentence.date ? DATE_RANK[sentence.date.from] : 0);
      if (!draft) {
        draft = { order: state.drafts.length, date: sentence.date, words: new Set(), lead: { ref, score, rank, date: sentence.date, kind }, size: 0, independent: 0, placeIds: new Set(), actorIds: new Set() };
        if (kind.subType) {
          draft.kind = kind.subType;
          draft.kindType = kind.type;
        }
        state.drafts.push(draft);
        byOrder.set(draft.order, draft);
        byDate.add(draft);
      } else if (rank > draft.lead.rank) {
        // The representative is the best-dated, highest-scoring sentence (an explicit date beats a fallback); the first such stays.
        draft.lead = { ref, score, rank, date: sentence.date, kind };
      }
      draft.size++;
      if (independentPage && !joined.has(draft)) draft.independent++;
      joined.add(draft);
      for (const w of words) draft.words.add(w);
      for (const m of sentence.mentions) {
        if (m.kind === 'place') draft.placeIds.add(m.entityId);
        else if (m.kind === 'actor') draft.actorIds.add(m.entityId);
      }
      draftOf.set(`${article.pageId}#${sentence.index}`, draft);
      changed.add(draft);
      const member: DraftMember = { draft: draft.order, ref, figures: figuresOf(sentence.text) };
      if (sentence.date?.from === 'expression') member.dateValue = sentence.date.value;
      members.push(member);
    }
  }
  absorbNewDrafts(state, newFrom, members, changed, weight, info);
  return { changed: [...changed].sort((a, b) => a.order - b.order), members, features: [...touchedFeatures] };
}

/**
 * Drafts grow one sentence at a time, so two that tell one happening may both have opened before
 * either had the words the other shares (the first reports of two outlets). Once a batch is in,
 * each draft it opened joins an earlier draft of a compatible date when their features agree as
 * much as a sentence's must. Only drafts of this batch are absorbed: their members are all new, and
 * are pointed at the draft they join; the drafts left are numbered on from the earlier ones.
 */
function absorbNewDrafts(state: EventState, newFrom: number, members: DraftMember[], changed: Set<Draft>, weight: (w: string) => number, info: Map<string, PageInfo>): void {
  const pagesOf = new Map<number, Set<string>>();
  for (const m of members) {
    const set = pagesOf.get(m.draft) ?? new Set<string>();
    set.add(m.ref.pageId);
    pagesOf.set(m.draft, set);
  }
  const kept = state.drafts.slice(0, newFrom);
  const byDate = new DraftsByDate();
  for (const d of kept) byDate.add(d);
  const target = new Map<number, Draft>();
  for (const d of state.drafts.slice(newFrom)) {
    let best: Draft | undefined;
    let bestSim = d.date ? SAME_DRAFT_SIMILARITY : SAME_UNDATED_DRAFT_SIMILARITY;
    for (const e of byDate.compatible(d.date)) {
      const sim = weightedOverlap(d.words, e.words, weight);
      if (sim >= bestSim) {
        bestSim = sim;
        best = e;
      }
    }
    if (!best) {
      kept.push(d);
      byDate.add(d);
      target.set(d.order, d);
      continue;
    }
    target.set(d.order, best);
    const into = pagesOf.get(best.order) ?? new Set<string>();
    for (const page of pagesOf.get(d.order) ?? []) {
      if (!into.has(page) && !info.get(page)?.duplicateOf) best.independent++;
      into.add(page);
    }
    pagesOf.set(best.order, into);
    best.size += d.size;
    for (const w of d.words) best.words.add(w);
    for (const id of d.placeIds) best.placeIds.add(id);
    for (const id of d.actorIds) best.actorIds.add(id);
    if (d.lead.rank > best.lead.rank) best.lead = d.lead;
    changed.delete(d);
    changed.add(best);
  }
  if (kept.length === state.drafts.length) return;
  const before = state.drafts;
  const draftOfMember = members.map((m) => target.get(m.draft) ?? before[m.draft]);
  kept.forEach((d, i) => (d.order = i));
  members.forEach((m, i) => (m.draft = draftOfMember[i].order));
  state.drafts = kept;
}

/**
 * A draft's event. Without `members` it is the event as the timeline and summary rank it (its lead as
 * its only source, no disagreements): the work per batch is then bounded by events, not by sources.
 */
export function renderEvent(storyId: string, draft: Draft, members?: DraftMember[]): Event {
  const lead = draft.lead;
  const isLead = (m: DraftMember) => m.ref.pageId === lead.ref.pageId && m.ref.sentence === lead.ref.sentence;
  const sources = members ? [lead.ref, ...members.filter((m) => !isLead(m)).map((m) => m.ref)] : [lead.ref];
  const id = 'ev-' + createHash('sha256').update(`${storyId}|${lead.ref.pageId}|${lead.ref.sentence}`).digest('hex').slice(0, 12);
  const figures = members ? eventFigures(members) : [];
  // The kind read when the lead was chosen: rendering every draft at each update would otherwise type each lead again.
  const kind = (lead.kind as Pick<EventKind, 'type' | 'subType'> | undefined) ?? classifyEvent(lead.ref.text);
  const event: Event = {
    id,
    storyId,
    // An undated event has no day to stand on: the timeline, which places events by date, leaves it out.
    date: lead.date?.value ?? '',
    granularity: lead.date?.granularity ?? 'decade',
    dateFromPublication: lead.date?.from === 'publication',
    text: lead.ref.text,
    type: kind.type,
    subType: kind.subType,
    placeIds: [...draft.placeIds].sort(),
    // In the order sources first named them: the first actor of a report is most often who acted (ACLED's actor1).
    actorIds: [...draft.actorIds],
    sources,
    disagreements: members ? disagreementsOf(members, figures) : [],
    score: lead.score + Math.log2(Math.max(1, draft.independent)),
    independentSources: draft.independent,
  };
  if (lead.date?.earliest) event.earliest = lead.date.earliest;
  if (lead.date?.latest) event.latest = lead.date.latest;
  if (figures.length) {
    event.figures = figures;
    const killed = fatalitiesOf(figures);
    if (killed) event.fatalities = killed;
  }
  return event;
}

/**
 * Builds a story's events from its analysed articles (in the order they should be preferred as
 * sources, earliest first). Copies marked by dedupe join the event of what they copy.
 */
export function buildEvents(storyId: string, articles: AnalyzedArticle[], info: Map<string, PageInfo>): Event[] {
  const state = emptyEventState();
  const { members } = addToEvents(state, articles, info);
  const byDraft = new Map<number, DraftMember[]>();
  for (const m of members) push(byDraft, m.draft, m);
  return state.drafts.map((d) => renderEvent(storyId, d, byDraft.get(d.order) ?? []));
}

/** What the event layer made of one sentence: kept as a report of a happening, or left out and why. */
export interface CandidateVerdict {
  sentence: number;
  text: string;
  kept: boolean;
  /** Why it was left out: a LeftOutReason, or 'undated' for a sentence with no date at all (a page without one). */
  reason?: LeftOutReason | 'undated';
  /** The words that decided it, where one cue did. */
  cue?: string;
  date?: SentenceDate;
}

/**
 * Every sentence of an article with the event layer's verdict on it, as `show`, the API and the
 * report list them beside the dropped lines: the same decision addToEvents makes.
 */
export function eventCandidates(article: AnalyzedArticle): CandidateVerdict[] {
  return article.sentences.map((s) => {
    if (!s.date) return { sentence: s.index, text: s.text, kept: false, reason: 'undated' };
    const verdict = verdictOf(s);
    const out: CandidateVerdict = { sentence: s.index, text: s.text, kept: verdict.kept, date: s.date };
    if (!verdict.kept) {
      out.reason = verdict.reason;
      if (verdict.cue) out.cue = verdict.cue;
    }
    return out;
  });
}
