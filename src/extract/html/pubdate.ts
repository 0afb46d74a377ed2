// The publication date of an HTML page. Two steps: gather the places a date can hide (meta tags,
// JSON-LD, <time>, elements whose class says 'date' or 'byline', the visible text) into plain
// DateSignals, then run an ordered list of small rules over them; the first rule that finds a
// date wins. Signals come from a parsed Doc (the pipeline) or from one streaming pass over the
// HTML (fast: no DOM is built). The original publication is preferred over the last update, and a
// date that cannot be trusted (a copyright year, a sidebar, the time of the run) is never taken.
import { Parser } from 'htmlparser2';
import type { Evidence, PublishedDate } from '../../model.js';
import { parseDateText, type DateOrder, type ParsedDate } from '../date.js';
import { isBlank, normaliseSpace } from './blocks.js';
import type { Doc } from './metadata.js';

/** Confidence of each rule: structured data is written for machines, a URL or a visible line only hints. */
const CONFIDENCE = { url: 0.9, 'json-ld': 0.95, meta: 0.9, time: 0.8, byline: 0.6, text: 0.4 } as const;

/** Meta tags that carry the original publication date, most specific first; modified dates are deliberately absent. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'published_time', 'dc.date.issued', 'dcterms.issued', 'date', 'dc.date', 'dcterms.created',
  'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'article_date_original', 'cxenseparse:recs:publishtime',
  'originalpublicationdate', 'displaydate', 'citation_publication_date', 'citation_date', 'prism.publicationdate', 'dc.created',
  'created', 'date_published', 'release_date', 'datecreated', 'og:updated_time', 'article:modified_time', 'last-modified', 'dcterms.modified',
];
/** Meta names that say 'last changed': only believed when nothing else dates the page. */
const UPDATE_META = new Set(['og:updated_time', 'article:modified_time', 'last-modified', 'dcterms.modified', 'datemodified']);
/** Tags that say only 'date', with no word for which date. */
const GENERIC_META = new Set(['date', 'dc.date', 'dcterms.date']);
/** Meta names outside the known list that still say which date they hold. */
const PUBLICATION_WORD_KEY = /publish|upload|created|issued/i;
const UPDATE_KEY = /updat|modif/i;
const SHARE_IMAGE_KEYS = new Set(['og:image', 'twitter:image', 'twitter:image:src', 'og:image:url', 'og:image:secure_url']);
const META_RANK = new Map(PUBLISHED_META.map((name, i) => [name, i]));

/** Classes and ids of elements that hold a byline date; 'update' and 'comment' ones are skipped. */
const DATE_MARK = /date|time|byline|posted|published|datum|fecha|data|meta|info|entry|article-header|author/i;
const NOT_PUBLICATION_MARK = /updat|modif|comment|copyright|footer|sidebar|widget|related|archive|calendar|event|weather|clock/i;
/** A byline is short; longer elements are paragraphs that may mention any date. */
const MAX_BYLINE_CHARS = 120;
/** Visible text blocks scanned by the last-resort rule. */
const MAX_TEXT_BLOCK_CHARS = 300;
/** A visible date counts as a dateline when it opens its block or the block is barely more than the date. */
const MAX_DATELINE_OFFSET = 20;
const MAX_DATELINE_CHARS = 60;
/** Pages older than this are rare in news; earlier 'dates' are product numbers or history. */
const MIN_PAGE_YEAR = 1995;
/** Words that say a line carries the date of a revision, not of the publication. */
const REVISION_WORDS = /modified|updated|geändert|aktualisiert|mis à jour|actualizado|last edited|zuletzt/i;
const COPYRIGHT_WORDS = /©|\(c\)|copyright/i;
/** A clock time right after a date: how far to look, and what one looks like (10:39, 10.39 Uhr, 9:05 pm). */
const CLOCK_WINDOW = 16;
const CLOCK_TIME = /^\W{0,6}(?:um\s+|at\s+|à\s+)?\d{1,2}[:.]\d{2}\b/i;
/** What a block must hold to name a copyright (the bound rule's own pattern starts with one of these). */
const COPYRIGHT_HINT = /©|\(c\)|copyright/i;
/** Words that say a line carries a copyright or a revision date rather than the publication. */
const UPDATE_WORDS = /©|\(c\)|copyright|updated|aktualisiert|mis à jour|actualizado/i;

export interface DateSignals {
  /** Meta tags (name, property, itemprop or http-equiv, lower-cased) and their content, in page order. */
  metas: { key: string; content: string }[];
  /** Raw text of every JSON-LD script. */
  jsonLd: string[];
  /** Every <time> element: its datetime attribute, its text, and whether it is marked as the publication. */
  times: { datetime: string; text: string; published: boolean; updated: boolean }[];
  /** Short texts of elements whose class or id says they hold a date, and whether they follow the page's headline. */
  marked: { text: string; afterTitle: boolean }[];
  /** Visible text blocks, in order (scripts and styles left out); normalised only when a rule first reads them. */
  blocks: string[];
  /** The blocks that name a copyright (the page's upper date bound), normalised as they are read. */
  copyrightLines: string[];
  /** Publication-named fields ("publishedDate": "…") found in inline scripts other than JSON-LD (app state, player data). */
  scriptDates: { key: string; value: string }[];
  /** Machine dates in the title attribute of elements marked as dates (a '3 hours ago' label whose tooltip is the instant). */
  titleDates: string[];
}

// ---------------------------------------------------------------------------------------------
// Gathering the signals

const SKIPPED_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'time', 'a', 'section', 'article', 'header', 'footer', 'br', 'dd', 'dt', 'small', 'em', 'strong', 'b', 'i', 'abbr', 'address', 'figcaption', 'blockquote', 'ul', 'ol', 'table', 'tr', 'nav', 'aside', 'main', 'body', 'label', 'font']);
/** Microdata and RDFa properties that name the original publication on any element, not only <meta>. */
const PUBLISHED_PROPS = new Set(['datepublished', 'datecreated', 'schema:datepublished', 'schema:datecreated']);

type Attrs = Record<string, string | undefined>;

/** A full date with a clock time, as machines write it: what a tooltip must hold to be read as a date. */
const MACHINE_INSTANT = /^\s*(?:19|20)\d\d-\d\d-\d\d[T ]\d\d:\d\d/;
/** Inline scripts can be huge bundles; publication fields of page state sit early, and reading further costs time. */
const MAX_SCRIPT_CHARS = 200_000;
/** Field names that, in a page's own script data, hold the original publication (or upload) instant; most specific first. */
const SCRIPT_DATE_KEYS = ['datePublished', 'publishedDate', 'published_at', 'publishedAt', 'publishDate', 'publish_date', 'firstPublished', 'uploadDate', 'created_at', 'createdAt', 'dateCreated'];
const SCRIPT_DATE_FIELD = new RegExp(`["'](${SCRIPT_DATE_KEYS.join('|')})["']\\s*:\\s*["']((?:19|20)\\d\\d-\\d\\d-\\d\\d[^"']*)["']`, 'g');

/** A page that prints its date with a script ('showDate("2020/04/17 01:43")') holds the date as the call's argument. */
// (The word may start before 'date' — 'showDate(' — but only the argument is kept, so matching from 'date' finds the
// same arguments without the regex engine trying every word start.)
const SCRIPT_DATE_CALL = /date\w*\(\s*["']((?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?\b[^"']*)["']/gi;

/**
 * Both script patterns need a quoted year ('"2020', "'19"): most scripts hold none, and four plain
 * searches for one cost far less than running the patterns over a bundle.
 */
function hasQuotedYear(text: string): boolean {
  return text.includes('"20') || text.includes("'20") || text.includes('"19') || text.includes("'19");
}

function scriptDateFields(text: string): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  if (!hasQuotedYear(text)) return out;
  for (const m of text.matchAll(SCRIPT_DATE_FIELD)) out.push({ key: m[1], value: m[2] });
  for (const m of text.matchAll(SCRIPT_DATE_CALL)) out.push({ key: 'call', value: m[1] });
  return out;
}

/**
 * Class-and-id strings already judged: a page repeats a few class names on most of its elements.
 * Cleared past this size, so that a long-running worker holds no more than about a page's worth.
 */
const MAX_CACHED_HINTS = 5000;
/** For each class or id string: bit 1 when it names a date, bit 2 when it names something else dated (an update, a comment). */
const hintVerdicts = new Map<string, number>();
const NAMES_DATE = 1;
const NAMES_OTHER = 2;

/**
 * The same bits word by word: a class string new to the cache is mostly words seen before, and no
 * mark contains a space, so a string names what its words name and the patterns need not run again.
 */
const wordBits = new Map<string, number>();

function hintWordBits(word: string): number {
  let bits = wordBits.get(word);
  if (bits === undefined) {
    bits = (DATE_MARK.test(word) ? NAMES_DATE : 0) | (NOT_PUBLICATION_MARK.test(word) ? NAMES_OTHER : 0);
    if (wordBits.size >= MAX_CACHED_HINTS) wordBits.clear();
    wordBits.set(word, bits);
  }
  return bits;
}

function hintBits(hint: string | undefined): number {
  if (hint === undefined || hint === '') return 0;
  let bits = hintVerdicts.get(hint);
  if (bits === undefined) {
    bits = 0;
    for (const word of hint.split(/\s+/)) if (word !== '') bits |= hintWordBits(word);
    if (hintVerdicts.size >= MAX_CACHED_HINTS) hintVerdicts.clear();
    hintVerdicts.set(hint, bits);
  }
  return bits;
}

/** An element whose class or id names a date, and neither names an update, a comment or another non-publication date. */
function marksDate(cls: string | undefined, id: string | undefined): boolean {
  if (cls === undefined && id === undefined) return false;
  const bits = hintBits(cls) | hintBits(id);
  return (bits & NAMES_DATE) !== 0 && (bits & NAMES_OTHER) === 0;
}

/**
 * Collects the signals from a stream of open/text/close events, so that the streaming parser and
 * the walk over an already parsed tree give the same signals in one linear pass each (and the
 * extractor can collect them during its own parse: dom.ts's ParseListener).
 */
export function signalCollector() {
  const signals: DateSignals = { metas: [], jsonLd: [], times: [], marked: [], blocks: [], copyrightLines: [], scriptDates: [], titleDates: [] };
  // Most pages are dated by their metadata before any rule reads the visible text, so the blocks are kept raw until then.
  const rawBlocks: string[] = [];
  let skipDepth = 0;
  let jsonLd: string | null = null;
  let script: string | null = null;
  let block = '';
  let time: { datetime: string; text: string; published: boolean; updated: boolean } | null = null;
  // Open elements, and whether each one's class/id marks a date: marked ones collect their text until they close.
  // Kept as the tag names alone, with the marked elements' records beside them (most elements are not marked).
  const markTags: string[] = [];
  const markRecords: ({ text: string } | null)[] = [];
  // Only the marked ones among them, so that text is not offered to every open element of a deep page.
  const openMarked: { text: string }[] = [];
  const addToMarked = (text: string) => {
    for (let i = 0; i < openMarked.length; i++) if (openMarked[i].text.length <= MAX_BYLINE_CHARS) openMarked[i].text += text;
  };
  // The headline has been read: a byline after it belongs to the article, one before it is the site's header (often today's date).
  let afterTitle = false;
  const flush = () => {
    if (block === '') return;
    rawBlocks.push(block);
    if (COPYRIGHT_HINT.test(block)) {
      const text = normaliseSpace(block);
      if (text) signals.copyrightLines.push(text);
    }
    block = '';
  };
  return {
    open(name: string, attrs: Attrs): void {
      if (BLOCK_TAGS.has(name)) flush();
      if (name === 'meta') {
        const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase();
        if (key && attrs.content) signals.metas.push({ key, content: attrs.content.trim() });
        return;
      }
      if (name === 'script') {
        if ((attrs.type ?? '').toLowerCase() === 'application/ld+json') jsonLd = '';
        else script = '';
      }
      if (SKIPPED_TEXT.has(name)) { skipDepth++; return; }
      const prop = (attrs.itemprop ?? attrs.property ?? '').toLowerCase();
      if (PUBLISHED_PROPS.has(prop)) {
        const value = attrs.content ?? attrs.datetime;
        if (value) signals.metas.push({ key: prop.replace(/^schema:/, ''), content: value.trim() });
      }
      if (name === 'time') {
        const hint = `${attrs.class ?? ''} ${attrs.id ?? ''} ${prop}`;
        time = {
          datetime: attrs.datetime ?? '', text: '',
          published: 'pubdate' in attrs || /publish|datepublished|created/i.test(hint),
          updated: /updat|modif/i.test(hint),
        };
      }
      addToMarked(' ');
      const marked = marksDate(attrs.class, attrs.id);
      if (marked && attrs.title && MACHINE_INSTANT.test(attrs.title)) signals.titleDates.push(attrs.title.trim());
      // Every element is pushed so that the stack follows the nesting.
      const mark = marked ? { text: '' } : null;
      markTags.push(name);
      markRecords.push(mark);
      if (mark) openMarked.push(mark);
    },
    text(text: string): void {
      if (jsonLd !== null) { jsonLd += text; return; }
      if (script !== null) { if (script.length < MAX_SCRIPT_CHARS) script += text; return; }
      if (skipDepth > 0) return;
      block += isBlank(text) ? ' ' : text;
      if (time) time.text += text;
      addToMarked(text);
    },
    close(name: string): void {
      if (name === 'script' && jsonLd !== null) { signals.jsonLd.push(jsonLd); jsonLd = null; }
      if (name === 'script' && script !== null) { signals.scriptDates.push(...scriptDateFields(script)); script = null; }
      if (SKIPPED_TEXT.has(name)) { skipDepth = Math.max(0, skipDepth - 1); return; }
      if (BLOCK_TAGS.has(name)) flush();
      if (name === 'h1') afterTitle = true;
      if (name === 'time' && time) {
        signals.times.push({ ...time, text: normaliseSpace(time.text) });
        time = null;
      }
      addToMarked(' ');
      if (markTags.length === 0 || markTags[markTags.length - 1] !== name) return;
      markTags.pop();
      const mark = markRecords.pop();
      if (!mark) return;
      openMarked.pop();
      const text = normaliseSpace(mark.text);
      if (text && text.length <= MAX_BYLINE_CHARS) signals.marked.push({ text, afterTitle });
    },
    finish(): DateSignals {
      flush();
      let blocks: string[] | null = null;
      Object.defineProperty(signals, 'blocks', {
        get: () => (blocks ??= rawBlocks.map(normaliseSpace).filter(Boolean)),
        enumerable: true,
      });
      return signals;
    },
  };
}

/** One streaming pass over the HTML: no tree is built, which keeps this several times faster than a DOM. */
export function signalsFromHtml(html: string): DateSignals {
  const collector = signalCollector();
  const parser = new Parser({
    onopentag: (name, attrs) => collector.open(name, attrs),
    ontext: (text) => collector.text(text),
    onclosetag: (name) => collector.close(name),
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return collector.finish();
}

/** The shape of a DOM node that the walk needs (linkedom and browsers both provide it). */
interface WalkNode {
  nodeType: number;
  localName?: string;
  data?: string;
  childNodes?: ArrayLike<WalkNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The same signals read from an already parsed document: one walk over its nodes, each visited
 * once, with the same collector as the streaming pass (reading textContent per element would read
 * nested text again and again).
 */
export function signalsFromDoc(doc: Doc): DateSignals {
  const collector = signalCollector();
  const root = doc.documentElement as unknown as WalkNode | null;
  // An explicit stack instead of recursion: deeply nested pages must not overflow the call stack.
  const stack: { node: WalkNode; closing: boolean }[] = root ? [{ node: root, closing: false }] : [];
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) { collector.text(node.data ?? ''); continue; }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = (node.localName ?? '').toLowerCase();
    if (closing) { collector.close(name); continue; }
    const attrs: Attrs = {};
    const list = node.attributes;
    if (list) for (let i = 0; i < list.length; i++) attrs[list[i].name.toLowerCase()] = list[i].value;
    collector.open(name, attrs);
    stack.push({ node, closing: true });
    const children = node.childNodes;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], closing: false });
  }
  return collector.finish();
}

// ---------------------------------------------------------------------------------------------
// The rules

interface RuleContext {
  signals: DateSignals;
  order: DateOrder;
  url?: string;
  /** No page is published after the end of its latest copyright year: an upper bound that needs no clock. */
  latest: string | null;
}

interface PubdateRule {
  name: string;
  find(ctx: RuleContext): PublishedDate | null;
}

function trusted(parsed: ParsedDate | null): ParsedDate | null {
  if (!parsed || parsed.granularity !== 'day') return null;
  if (Number(parsed.value.slice(0, 4)) < MIN_PAGE_YEAR) return null;
  return parsed;
}

/**
 * Loose text may name any date, future events included: there the copyright year is a ceiling.
 * A date stamped with a clock time ('5 November 2021, 10:39') is a publication stamp, not an
 * event, and stale footers are common, so the ceiling does not apply to it.
 */
function trustedInText(parsed: ParsedDate | null, ctx: RuleContext, text: string): ParsedDate | null {
  const found = trusted(parsed);
  if (!found || !ctx.latest || found.value <= ctx.latest) return found;
  const after = text.slice(found.index + found.matched.length, found.index + found.matched.length + CLOCK_WINDOW);
  return CLOCK_TIME.test(after) ? found : null;
}

function published(parsed: ParsedDate, source: keyof typeof CONFIDENCE, evidence: Evidence): PublishedDate {
  return { value: parsed.value, granularity: parsed.granularity, evidence, confidence: CONFIDENCE[source] };
}

/** Dates in article URLs: /2017/10/16/, /2017-10-16-, /20171016/. */
const URL_DATE_PATTERNS = [
  /\/(?<y>(?:19|20)\d\d)\/(?<m>\d{1,2})\/(?<d>\d{2}(?=[/_-])|\d{1,2}(?=\/|$))/,
  /[/_-](?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)(?:[/_.-]|$)/,
  /\/(?<y>(?:19|20)\d\d)(?<m>\d\d)(?<d>\d\d)(?:\/|[-_])/,
  // A day-first date as a whole path segment (/29-10-2021): no other order writes the year last with dashes.
  /\/(?<d>\d\d)-(?<m>\d\d)-(?<y>(?:19|20)\d\d)(?:[/.]|$)/,
  // The month by its name as a path segment (The Guardian /2013/aug/02/, the LA Times archive /2005/nov/28/).
  /\/(?<y>(?:19|20)\d\d)\/(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(?<d>\d{1,2})(?=\/|$)/i,
];

const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function dateFromUrl(url: string): PublishedDate | null {
  // An archive's own timestamp (web.archive.org/web/2011...) dates the copy, not the page.
  const path = url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+\//, '');
  for (const pattern of URL_DATE_PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const month = m.groups!.m;
    const [y, mo, d] = [Number(m.groups!.y), /^\d+$/.test(month) ? Number(month) : URL_MONTHS.indexOf(month.toLowerCase()) + 1, Number(m.groups!.d)];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) continue;
    const value = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { value, granularity: 'day', evidence: { source: 'url', text: url }, confidence: CONFIDENCE.url };
  }
  return null;
}

const ARTICLE_TYPES = /article|posting|report|blog|webpage|creativework/i;

/** Each JSON-LD object's value for `pick`, found through @graph and mainEntity, article types first. */
function jsonLdDates(raw: string[], pick: (obj: Record<string, unknown>) => unknown): { value: string; type: string }[] {
  const out: { value: string; type: string }[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) { value.forEach(visit); return; }
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    const date = pick(obj);
    if (typeof date === 'string') out.push({ value: date, type: String(obj['@type'] ?? '') });
    if (obj['@graph']) visit(obj['@graph']);
    if (obj['mainEntity']) visit(obj['mainEntity']);
  };
  for (const text of raw) {
    try {
      visit(JSON.parse(text));
    } catch {
      // A page's broken JSON-LD says nothing; other evidence remains.
    }
  }
  // Articles first: a page's Organization or Product objects may carry dates of their own.
  return out.sort((a, b) => Number(!ARTICLE_TYPES.test(a.type)) - Number(!ARTICLE_TYPES.test(b.type)));
}

const publishedInJsonLd = (obj: Record<string, unknown>): unknown => obj['datePublished'] ?? obj['dateCreated'];
const modifiedInJsonLd = (obj: Record<string, unknown>): unknown => obj['dateModified'];

function metaDate(ctx: RuleContext, keep: (key: string) => boolean): PublishedDate | null {
  const ranked = ctx.signals.metas
    .filter((m) => META_RANK.has(m.key) && !UPDATE_META.has(m.key) && keep(m.key))
    .sort((a, b) => META_RANK.get(a.key)! - META_RANK.get(b.key)!);
  for (const m of ranked) {
    const parsed = trusted(parseDateText(m.content, 'ymd')) ?? trusted(parseDateText(m.content, ctx.order));
    if (parsed) return published(parsed, 'meta', { source: 'meta', text: `${m.key}: ${m.content}` });
  }
  return null;
}

const BASE_RULES: PubdateRule[] = [
  {
    // A full date in the article's address is set once, when the page is first published.
    name: 'url',
    find: (ctx) => {
      const found = ctx.url ? dateFromUrl(ctx.url) : null;
      return found && trusted({ value: found.value, granularity: 'day', matched: '', index: 0 }) ? found : null;
    },
  },
  {
    name: 'json-ld',
    find: (ctx) => {
      for (const d of jsonLdDates(ctx.signals.jsonLd, publishedInJsonLd)) {
        const parsed = trusted(parseDateText(d.value, 'ymd'));
        if (parsed) return published(parsed, 'json-ld', { source: 'json-ld', text: `datePublished: ${d.value}` });
      }
      return null;
    },
  },
  {
    name: 'meta',
    find: (ctx) => metaDate(ctx, (key) => !GENERIC_META.has(key)),
  },
  {
    // <time pubdate> or a <time> marked 'published' first, then the first <time> not marked 'updated'.
    name: 'time',
    find: (ctx) => {
      const times = [...ctx.signals.times.filter((t) => t.published), ...ctx.signals.times.filter((t) => !t.published && !t.updated)];
      for (const t of times) {
        const parsed = trusted(parseDateText(t.datetime, 'ymd')) ?? trusted(parseDateText(t.text, ctx.order));
        if (parsed) return published(parsed, 'time', { source: 'time', text: `<time datetime="${t.datetime}">${t.text}` });
      }
      return null;
    },
  },
  {
    name: 'byline',
    find: (ctx) => {
      for (const { text } of ctx.signals.marked) {
        if (UPDATE_WORDS.test(text)) continue;
        const parsed = trusted(parseDateText(text, ctx.order));
        if (parsed) return published(parsed, 'byline', { source: 'byline', text });
      }
      return null;
    },
  },
  {
    // A bare 'date' tag is as often the day the page was generated or revised: it comes after the visible byline.
    name: 'genericMeta',
    find: (ctx) => metaDate(ctx, (key) => GENERIC_META.has(key)),
  },
  {
    name: 'updateMeta',
    find: (ctx) => {
      for (const m of ctx.signals.metas.filter((x) => UPDATE_META.has(x.key))) {
        const parsed = trusted(parseDateText(m.content, 'ymd'));
        if (parsed) return published(parsed, 'meta', { source: 'meta', text: `${m.key}: ${m.content}` });
      }
      return null;
    },
  },
  {
    // Last resort: the first short block of visible text that starts with or holds a full date.
    name: 'text',
    find: (ctx) => {
      for (const block of ctx.signals.blocks) {
        // A long paragraph counts only when it opens with its date ('27.1.2022 - The council...').
        const long = block.length > MAX_TEXT_BLOCK_CHARS;
        const text = long ? block.slice(0, MAX_DATELINE_CHARS) : block;
        if (REVISION_WORDS.test(text) || COPYRIGHT_WORDS.test(text)) continue;
        const parsed = trustedInText(parseDateText(text, ctx.order), ctx, text);
        if (!parsed || (long && parsed.index > 0)) continue;
        // A date deep inside a sentence is what the sentence is about, not when it was written.
        if (parsed.index <= MAX_DATELINE_OFFSET || text.length <= MAX_DATELINE_CHARS) return published(parsed, 'text', { source: 'text', text: block.slice(0, MAX_BYLINE_CHARS) });
      }
      return null;
    },
  },
  {
    // A page whose only date is its last revision ('Updated: 30.12.2016') was at least online by then.
    name: 'revisionText',
    find: (ctx) => {
      for (const { text } of ctx.signals.marked) {
        if (!REVISION_WORDS.test(text) || COPYRIGHT_WORDS.test(text)) continue;
        const parsed = trusted(parseDateText(text, ctx.order));
        if (parsed) return published(parsed, 'byline', { source: 'byline', text });
      }
      for (const text of ctx.signals.blocks) {
        if (text.length > MAX_DATELINE_CHARS * 2 || !REVISION_WORDS.test(text) || COPYRIGHT_WORDS.test(text)) continue;
        const parsed = trustedInText(parseDateText(text, ctx.order), ctx, text);
        if (parsed) return published(parsed, 'text', { source: 'text', text });
      }
      return null;
    },
  },
  {
    // A meta tag under a site's own name that still says 'published', 'uploaded' or 'created' (not in the known list).
    name: 'namedMeta',
    find: (ctx) => {
      for (const m of ctx.signals.metas) {
        if (META_RANK.has(m.key) || !PUBLICATION_WORD_KEY.test(m.key) || UPDATE_KEY.test(m.key)) continue;
        const parsed = trusted(parseDateText(m.content, 'ymd'));
        if (parsed) return published(parsed, 'meta', { source: 'meta', text: `${m.key}: ${m.content}` });
      }
      return null;
    },
  },
  {
    // Apps render the page from a state object in a script; its publication field is the same date the article shows.
    name: 'scriptData',
    find: (ctx) => {
      // Named fields first, in the order of SCRIPT_DATE_KEYS; a date-printing call ('call') comes last.
      const rank = (key: string) => (key === 'call' ? SCRIPT_DATE_KEYS.length : SCRIPT_DATE_KEYS.indexOf(key));
      const fields = [...ctx.signals.scriptDates].sort((a, b) => rank(a.key) - rank(b.key));
      for (const f of fields) {
        const parsed = trusted(parseDateText(f.value, 'ymd'));
        if (parsed) return published(parsed, 'meta', { source: 'meta', text: `script ${f.key}: ${f.value}` });
      }
      return null;
    },
  },
  {
    // A relative label ('2 hours ago') that keeps the exact instant in its tooltip.
    name: 'titleDate',
    find: (ctx) => {
      for (const title of ctx.signals.titleDates) {
        const parsed = trusted(parseDateText(title, 'ymd'));
        if (parsed) return published(parsed, 'time', { source: 'time', text: `title="${title}"` });
      }
      return null;
    },
  },
  {
    // The share image is uploaded with the article, and upload folders are often dated (/files/2016/05/04/).
    name: 'imageUrl',
    find: (ctx) => {
      for (const m of ctx.signals.metas) {
        if (!SHARE_IMAGE_KEYS.has(m.key)) continue;
        const found = dateFromUrl(m.content);
        if (found && trusted({ value: found.value, granularity: 'day', matched: '', index: 0 })) {
          return { ...found, evidence: { source: 'url', text: `${m.key}: ${m.content}` }, confidence: CONFIDENCE.text };
        }
      }
      return null;
    },
  },
  {
    // A footer stamped with a full date and a clock time ('© 19.12.2019 - 12:14') is written when the page is generated.
    name: 'copyrightStamp',
    find: (ctx) => {
      for (const text of ctx.signals.blocks) {
        if (text.length > MAX_TEXT_BLOCK_CHARS || !COPYRIGHT_WORDS.test(text)) continue;
        const parsed = trusted(parseDateText(text, ctx.order));
        if (!parsed) continue;
        const after = text.slice(parsed.index + parsed.matched.length, parsed.index + parsed.matched.length + CLOCK_WINDOW);
        if (CLOCK_TIME.test(after)) return published(parsed, 'text', { source: 'text', text });
      }
      return null;
    },
  },
];

/** The first date in a byline that follows the headline and does not announce an update. */
function bylineAfterTitle(ctx: RuleContext): PublishedDate | null {
  for (const { text, afterTitle } of ctx.signals.marked) {
    if (!afterTitle || UPDATE_WORDS.test(text)) continue;
    const parsed = trusted(parseDateText(text, ctx.order));
    if (parsed) return published(parsed, 'byline', { source: 'byline', text });
  }
  return null;
}

const STRUCTURED_RULES = new Set(['json-ld', 'meta', 'time', 'genericMeta']);

/**
 * Machine-readable dates are often written when the draft is created, or as a UTC instant that
 * falls on the day before; the date the publisher prints under the headline is the one readers
 * see. So a byline date after the headline that is later than the structured date wins over it.
 * (An earlier byline date is more often a teaser or an event than the article's own date.)
 */
const VISIBLE_LATER: PubdateRule = {
  name: 'visibleLater',
  find: (ctx) => {
    const visible = bylineAfterTitle(ctx);
    if (!visible) return null;
    for (const rule of BASE_RULES) {
      if (!STRUCTURED_RULES.has(rule.name)) continue;
      const found = rule.find(ctx);
      if (found) return found.value < visible.value ? visible : null;
    }
    return null;
  },
};

export const PUBDATE_RULES: readonly PubdateRule[] = [BASE_RULES[0], VISIBLE_LATER, ...BASE_RULES.slice(1)];

/** The end of the latest year named in a copyright line, if the page has one. */
function copyrightBound(lines: string[]): string | null {
  let latest = 0;
  for (const text of lines) {
    const m = /(?:©|\(c\)|copyright)\s*(?:[^\d\n]{0,40})?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?/i.exec(text);
    if (m) latest = Math.max(latest, Number(m[2] ?? m[1]));
  }
  return latest > 0 ? `${latest}-12-31` : null;
}

export function publishedDateFromSignals(signals: DateSignals, order: DateOrder, url?: string, rules: readonly PubdateRule[] = PUBDATE_RULES): PublishedDate | null {
  const ctx: RuleContext = { signals, order, url, latest: copyrightBound(signals.copyrightLines) };
  for (const rule of rules) {
    const found = rule.find(ctx);
    if (found) return found;
  }
  return null;
}

export function publishedDate(doc: Doc, order: DateOrder, url?: string): PublishedDate | null {
  return publishedDateFromSignals(signalsFromDoc(doc), order, url);
}

/** The same answer as publishedDate, read straight from the HTML without building a DOM. */
export function publishedDateFromHtml(html: string, order: DateOrder, url?: string): PublishedDate | null {
  return publishedDateFromSignals(signalsFromHtml(html), order, url);
}

// ---------------------------------------------------------------------------------------------
// The last modification, kept apart from the publication: read only from the places that name it.

/** JSON-LD fields and meta names that say 'last changed', most specific first. */
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

const MODIFIED_RULES: readonly { name: string; find(signals: DateSignals): PublishedDate | null }[] = [
  {
    name: 'json-ld',
    find: (signals) => {
      for (const found of jsonLdDates(signals.jsonLd, modifiedInJsonLd)) {
        const parsed = trusted(parseDateText(found.value, 'ymd'));
        if (parsed) return published(parsed, 'json-ld', { source: 'json-ld', text: `dateModified: ${found.value}` });
      }
      return null;
    },
  },
  {
    name: 'meta',
    find: (signals) => {
      for (const key of MODIFIED_META) {
        for (const m of signals.metas) {
          if (m.key !== key) continue;
          const parsed = trusted(parseDateText(m.content, 'ymd'));
          if (parsed) return published(parsed, 'meta', { source: 'meta', text: `${m.key}: ${m.content}` });
        }
      }
      return null;
    },
  },
  {
    name: 'time',
    find: (signals) => {
      for (const t of signals.times) {
        if (!t.updated) continue;
        const parsed = trusted(parseDateText(t.datetime, 'ymd'));
        if (parsed) return published(parsed, 'time', { source: 'time', text: t.datetime });
      }
      return null;
    },
  },
];

/** The page's last modification (JSON-LD dateModified, a modified-time meta, a <time> marked as updated), or null. */
export function modifiedDateFromSignals(signals: DateSignals): PublishedDate | null {
  for (const rule of MODIFIED_RULES) {
    const found = rule.find(signals);
    if (found) return found;
  }
  return null;
}
