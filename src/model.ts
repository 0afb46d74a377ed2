// The domain types every stage speaks. Stages import this file and their own helpers only.
//
// Offsets: every span (paragraph, sentence, time expression, mention) is a [start, end) pair of
// UTF-16 indices into `Article.text`, the cleaned article (paragraphs joined by "\n\n"), so any
// output can be highlighted inside the clean page. Paragraphs of plain-text pages also carry the
// 1-based line number of the original page they came from.

/** How precise a date is. 'time' means a clock time within a day. */
/** 'quarter' and 'season' name calendar periods TimeML writes as 2017-Q3 and 2017-SU. */
export type Granularity = 'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade';

export type PageKind = 'html' | 'text';

/** One input document as read from a source: bytes decoded, nothing interpreted yet. */
export interface Page {
  /** sha256 (hex, first 16 chars) of the page's decoded content: ingesting twice changes nothing. */
  id: string;
  /** Where it came from: a file path, `file.jsonl#12`, or a URL. */
  source: string;
  kind: PageKind;
  /** The decoded content: HTML source for 'html', the visible text for 'text'. */
  content: string;
  /** The encoding the bytes were decoded from (utf-8, windows-1256, utf-16le, ...). */
  encoding: string;
  url?: string;
  /** Metadata given by the source itself (a JSONL record), trusted above what extraction finds. */
  given?: { title?: string; published?: string };
}

/** Where a piece of metadata was found, so a user can check it. */
export interface Evidence {
  /** The kind of place: 'line' (a line of a text page), 'json-ld', 'meta', 'time', 'url', 'title-tag', 'h1', 'given'. */
  source: string;
  /** 1-based line of the original page, for text pages. */
  line?: number;
  /** The exact text the value was read from. */
  text: string;
}

export interface PublishedDate {
  /** ISO date: YYYY-MM-DD (or YYYY-MM for month granularity). */
  value: string;
  granularity: Granularity;
  evidence: Evidence;
  /** 0..1, how much the extractor trusts it. */
  confidence: number;
}

export interface Paragraph {
  text: string;
  start: number;
  end: number;
  /** 1-based line of the original page (plain-text pages). */
  line?: number;
}

/** A piece of the page that is not article text, kept with the reason it was dropped. */
export interface DroppedBlock {
  text: string;
  line?: number;
  /** Short machine-readable rule name, such as 'menu', 'repeated-title', 'copyright', 'css', 'script'. */
  reason: string;
}

export interface Article {
  pageId: string;
  title: string | null;
  titleEvidence?: Evidence;
  site: string | null;
  author: string | null;
  /** ISO 639-1 code, 'und' where unknown. */
  language: string;
  published: PublishedDate | null;
  /** The page's last update, kept apart so that it never stands in for the publication date. */
  lastModified?: PublishedDate | null;
  /** The page's own summary (meta description, og:description, JSON-LD description). */
  description?: string | null;
  /** The URL the page names as its canonical address. */
  canonicalUrl?: string | null;
  /** Paragraphs joined by "\n\n": every offset points into this string. */
  text: string;
  paragraphs: Paragraph[];
  dropped: DroppedBlock[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression, TimeML TIMEX3 style. */
export interface TimeRef {
  text: string;
  start: number;
  end: number;
  type: TimexType;
  /** TIMEX3 value: '2017-10-16', '2017-09', '2017', 'P2M', 'PT24H', 'XXXX-WXX-1', 'PRESENT_REF', or 'XXXX-10-16' when unresolved. */
  value: string;
  /** Set for DATE/TIME values that name a calendar period. */
  granularity?: Granularity;
  /** What the value was resolved against. */
  anchor: 'absolute' | 'document' | 'previous' | 'none';
  /** Name of the rule that recognised it. */
  rule: string;
}

/** The date of what a sentence reports. */
export interface SentenceDate {
  value: string;
  granularity: Granularity;
  /**
   * 'expression': read from a time expression in the sentence; 'context': carried from the happening
   * the sentence continues (an earlier sentence, the article's lead), see `via`; 'publication': the
   * page's date, the last resort, used because neither the sentence nor its context names one.
   */
  from: 'expression' | 'context' | 'publication';
  /** The expression's text when from = 'expression' or 'context' (the words the date was read from). */
  text?: string;
  /**
   * The interval the happening lies in, as inclusive ISO days, where the text gives a range or a
   * bound ('since March', 'over the past week', 'before Friday'); either side may be open.
   */
  earliest?: string;
  latest?: string;
  /** For 'context': the sentence (index in the article) the date was carried from, and the rule that carried it. */
  via?: { sentence: number; rule: string };
}

export type MentionKind = 'place' | 'actor';

export interface Mention {
  kind: MentionKind;
  /** The words as written in the source. */
  text: string;
  start: number;
  end: number;
  /** The resolved entity: 'geonames:170794', 'country:SY', 'actor:islamic-state'. */
  entityId: string;
  confidence: number;
}

export interface Place {
  id: string;
  name: string;
  lat: number;
  lon: number;
  countryCode: string;
  /** First-level division code as GeoNames writes it ('US.TX' style: country code, dot, admin-1 code), where known. */
  admin1?: string;
  /** The name of that division ('Deir ez-Zor' for the governorate), where the gazetteer holds it. */
  admin1Name?: string;
  /** GeoNames feature code (PPLA, PPL, PCLI, ...). */
  featureCode: string;
  population: number;
  geonameId?: number;
}

export interface Actor {
  id: string;
  name: string;
  /** 'armed-forces', 'armed-group', 'government', 'agency', 'media', 'monitor', 'person', 'other'. */
  type: string;
  aliases: string[];
}

export interface Sentence {
  /** Position within the article, 0-based. */
  index: number;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  timeRefs: TimeRef[];
  date: SentenceDate | null;
  mentions: Mention[];
  /** Set when an earlier sentence (in this or another page) says the same thing. */
  duplicateOf?: SentenceRef;
  /**
   * The event layer's reading of a dated sentence, made once when its page is analysed (events/verdicts.ts):
   * whether it reports a happening (else why not, and the words that decided), its score and its ACLED kind.
   * Absent on pages analysed by older versions: the event layer then reads the sentence itself.
   */
  verdict?: SentenceVerdict;
}

export interface SentenceVerdict {
  kept: boolean;
  score: number;
  reason?: string;
  cue?: string;
  type: string;
  subType: string;
}

export interface SentenceRef {
  pageId: string;
  sentence: number;
}

export interface AnalyzedArticle extends Article {
  sentences: Sentence[];
  /** Places and actors mentioned anywhere in the article, keyed by entity id. */
  places: Place[];
  actors: Actor[];
  /** Set when an earlier page is a near-copy of this one. */
  duplicateOf?: string;
}

/** A sentence quoted as evidence: where it is and what it says. */
export interface SourceRef extends SentenceRef {
  text: string;
  start: number;
  end: number;
  site: string | null;
  title: string | null;
  source: string;
}

export interface Story {
  id: string;
  label: string;
  pageIds: string[];
}

export interface Disagreement {
  /** 'number', 'date' or 'place'. */
  kind: string;
  /** What each source says, one entry per distinct value. */
  values: { value: string; sources: SentenceRef[] }[];
}

/** A count one source gives for an event: 'at least 23 fighters died' is killed, 23, at-least. */
export interface EventFigure {
  /** What is counted: 'killed', 'wounded', 'captured', 'arrested', 'displaced', 'missing', or the noun counted ('explosive device'). */
  unit: string;
  value: number;
  /** 'exact', 'at-least' ('at least', 'more than'), 'at-most' ('up to', 'nearly') or 'about'. */
  bound: 'exact' | 'at-least' | 'at-most' | 'about';
  /** The upper end of a range ('20 to 30'). */
  high?: number;
  /** The figure as written. */
  text: string;
  source: SentenceRef;
}

export interface Event {
  id: string;
  storyId: string;
  /**
   * ISO date of the happening; '' for an event none of whose sources is dated (pages without a date):
   * such events are kept for merging reports but never enter a timeline, and carry granularity 'decade'.
   */
  date: string;
  granularity: Granularity;
  /** True when the date is the page's publication date because the sentences name none. */
  dateFromPublication: boolean;
  /** The representative sentence, as its source wrote it. */
  text: string;
  /** ACLED-style event type where one applies ('Battles', 'Explosions/Remote violence', ...), else 'Other'. */
  type: string;
  /** ACLED's sub-event type ('Air/drone strike', 'Government regains territory', ...); '' where none applies. */
  subType?: string;
  /** The interval the happening lies in, inclusive ISO days, where its date is a range or a bound. */
  earliest?: string;
  latest?: string;
  /** Every count its sources give (killed, wounded, explosive devices, ...), each with its sentence. */
  figures?: EventFigure[];
  /** ACLED's fatalities: the most conservative count of the killed that a source gives, with its sentence. */
  fatalities?: EventFigure;
  placeIds: string[];
  actorIds: string[];
  sources: SourceRef[];
  /** Pages among the sources that copy no other page: how many outlets independently report it. */
  independentSources?: number;
  disagreements: Disagreement[];
  score: number;
}

export interface Timeline {
  storyId: string;
  entries: Event[];
}

export interface Summary {
  storyId: string;
  sentences: SourceRef[];
}

/** An error is a value: what went wrong, and which input caused it. */
export interface PageError {
  source: string;
  message: string;
}

/** A place or actor as a story sees it: one row however many spellings the sources used. */
export interface EntityTally<T> {
  entity: T;
  /** How many mentions across the story's pages. */
  mentions: number;
  /** Every distinct spelling seen, most frequent first. */
  spellings: string[];
  /** How many of the story's events involve it. */
  events: number;
}

/** The source page of a story, as listed in reports. */
export interface SourceInfo {
  pageId: string;
  source: string;
  url?: string;
  title: string | null;
  site: string | null;
  published: PublishedDate | null;
  duplicateOf?: string;
}

/** Everything known about one story: what exports and reports render. */
export interface StoryBundle {
  story: Story;
  timeline: Timeline;
  summary: Summary;
  sources: SourceInfo[];
  places: EntityTally<Place>[];
  actors: EntityTally<Actor>[];
  /** Dated sentences the event layer left out of the timeline (predictions, plans, background...), each with its reason. */
  leftOut?: LeftOutSentence[];
}

/** A sentence kept out of the timeline, with why: as extraction keeps its dropped lines. */
export interface LeftOutSentence {
  ref: SourceRef;
  /** 'prediction', 'plan', 'conditional', 'negation', 'generic', 'background', 'opinion', 'not-an-event', ... */
  reason: string;
  /** The words that decided it, where one cue did. */
  cue?: string;
}
