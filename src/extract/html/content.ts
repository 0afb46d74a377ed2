// Where the article is: paragraphs vote for the elements around them (the idea of Readability's
// scoring, written anew over our blocks), the best-scored element and its like siblings hold the
// article, and ordered block rules then take out what sits inside it but is not article text.
import type { HtmlElement as Element } from './dom.js';
import type { TextBlock } from './blocks.js';
import { isArticleBodyMarked } from './boilerplate.js';

/** A block shorter than this says too little to vote (captions, labels, buttons). */
const MIN_VOTING_CHARS = 25;
/** A block more than this share links is a list of links, not prose, and does not vote. */
const MAX_VOTING_LINK_DENSITY = 0.5;
/** Levels of ancestors a paragraph votes for: its container, and a little for what contains that. */
const VOTE_LEVELS = 5;
/** Candidates this close to the best one that share an ancestor show the article is split; the ancestor is taken. */
const SHARED_ANCESTOR_SHARE = 0.75;
const SHARED_ANCESTOR_MIN_CANDIDATES = 3;
/** A sibling joins the article when its score reaches this share of the best (or the floor below). */
const SIBLING_SHARE = 0.2;
const SIBLING_FLOOR = 10;
/** A sibling paragraph this long with few links joins the article on its own. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;
/** Inside the article, a block more than this share links is a 'related' or 'tags' line. */
const MAX_BODY_LINK_DENSITY = 0.6;
/** An element marked as the article body is trusted when it holds at least this share of the voting text. */
const MARKED_BODY_MIN_SHARE = 0.5;

/** Levels above the top candidate the article may widen to, when what the wider element adds reads as prose. */
const WIDEN_LEVELS = 3;
/** An article this long already stands on its own: widening it only adds teasers. */
const WIDEN_MAX_ROOT_CHARS = 1500;
/** A block reads as prose when it is at least this long with few links. */
const PROSE_MIN_CHARS = 40;
const PROSE_MAX_LINK_DENSITY = 0.25;
/** Share of the text a wider element adds that must be prose for the article to widen to it. */
const WIDEN_MIN_PROSE_SHARE = 0.6;

/** Starting score by tag: containers of prose start higher, lists and headings lower. */
const TAG_PRIOR: Record<string, number> = {
  div: 5, article: 5, section: 3, main: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const CLASS_WEIGHT = 25;
/**
 * Prose under an element adds a point per this many characters, up to the cap: class words and tag
 * priors then cannot make a caption box or a gallery slide outrank the element that holds the text.
 */
const PROSE_CHARS_PER_POINT = 100;
const PROSE_BONUS_CAP = 100;
const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;
const NEGATIVE_CLASS = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;

export interface ContentChoice {
  /** For each block: null when it is article text, else the reason it was dropped. */
  reasons: (string | null)[];
  /** The elements taken to hold the article (empty when none stood out). */
  roots: Element[];
}

interface Candidate {
  el: Element;
  score: number;
  /** The score before the prose bonus: the scale on which split articles and siblings are compared. */
  base: number;
  chars: number;
  linkChars: number;
  /** Characters of prose beneath it: long, few links, no furniture. */
  prose: number;
}

function classWeight(el: Element): number {
  const s = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  if (!s.trim()) return 0;
  let w = 0;
  if (NEGATIVE_CLASS.test(s)) w -= CLASS_WEIGHT;
  if (POSITIVE_CLASS.test(s)) w += CLASS_WEIGHT;
  return w;
}

function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p.type === 'tag' ? p : null;
}

function voteOf(text: string): number {
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) commas++;
  }
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

function linkDensity(c: { chars: number; linkChars: number }): number {
  return c.chars > 0 ? c.linkChars / c.chars : 0;
}

/** Scores every element a paragraph votes for; returns the candidates by element. */
function scoreCandidates(blocks: TextBlock[]): Map<Element, Candidate> {
  const candidates = new Map<Element, Candidate>();
  const candidate = (el: Element) => {
    let c = candidates.get(el);
    if (!c) candidates.set(el, (c = { el, score: (TAG_PRIOR[el.name] ?? 0) + classWeight(el), base: 0, chars: 0, linkChars: 0, prose: 0 }));
    return c;
  };
  for (const block of blocks) {
    if (block.furniture || !block.owner || block.text.length < MIN_VOTING_CHARS) continue;
    if (block.linkChars / block.text.length > MAX_VOTING_LINK_DENSITY) continue;
    const vote = voteOf(block.text);
    // A paragraph votes for its container; text standing loose in a div votes for the div itself.
    let el: Element | null = block.tag === 'p' || block.tag === 'pre' || block.tag === 'li' || /^h\d$/.test(block.tag) ? parentElement(block.owner) : block.owner;
    for (let level = 0; el && level < VOTE_LEVELS; level++, el = parentElement(el)) {
      candidate(el).score += vote / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  // Text and link totals of each candidate, from every block beneath it.
  for (const block of blocks) {
    for (let el = block.owner; el; el = parentElement(el)) {
      const c = candidates.get(el);
      if (!c) continue;
      c.chars += block.text.length;
      c.linkChars += block.linkChars;
      if (!block.furniture && block.text.length >= PROSE_MIN_CHARS && block.linkChars / block.text.length <= PROSE_MAX_LINK_DENSITY) c.prose += block.text.length;
    }
  }
  for (const c of candidates.values()) {
    c.score *= 1 - linkDensity(c);
    c.base = c.score;
    c.score += Math.min(c.prose / PROSE_CHARS_PER_POINT, PROSE_BONUS_CAP);
  }
  return candidates;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let e: Element | null = el; e; e = parentElement(e)) if (e === ancestor) return true;
  return false;
}

/** The best candidate, moved up to a shared ancestor when the article is split into several close ones. */
function topCandidate(candidates: Map<Element, Candidate>): Candidate | null {
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (!top || top.score <= 0) return null;
  const close = [...candidates.values()]
    .sort((a, b) => b.base - a.base)
    .slice(0, 6)
    .filter((c) => c !== top && c.base >= top.base * SHARED_ANCESTOR_SHARE && !isInside(c.el, top.el));
  if (close.length >= SHARED_ANCESTOR_MIN_CANDIDATES - 1) {
    for (let anc = parentElement(top.el); anc && anc.name !== 'body'; anc = parentElement(anc)) {
      if (close.filter((c) => isInside(c.el, anc!)).length >= SHARED_ANCESTOR_MIN_CANDIDATES - 1) {
        return candidates.get(anc) ?? { el: anc, score: top.score, base: top.base, chars: 0, linkChars: 0, prose: 0 };
      }
    }
  }
  return top;
}

function textStats(el: Element, blocks: TextBlock[]): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  for (const b of blocks) {
    if (b.owner && isInside(b.owner, el)) {
      chars += b.text.length;
      linkChars += b.linkChars;
    }
  }
  return { chars, linkChars };
}

/** The top candidate and those of its siblings that read like more of the same article. */
function contentRoots(top: Candidate, candidates: Map<Element, Candidate>, blocks: TextBlock[]): Set<Element> {
  const roots = new Set<Element>([top.el]);
  const parent = parentElement(top.el);
  if (!parent) return roots;
  const threshold = Math.max(SIBLING_FLOOR, top.base * SIBLING_SHARE);
  const topClass = top.el.attribs.class ?? '';
  for (const node of parent.children) {
    if (node.type !== 'tag' || node === top.el) continue;
    const sib = node as Element;
    const c = candidates.get(sib);
    const bonus = topClass && sib.attribs.class === topClass ? top.base * SIBLING_SHARE : 0;
    if (c && c.base + bonus >= threshold) {
      roots.add(sib);
      continue;
    }
    if (sib.name === 'p') {
      const stats = textStats(sib, blocks);
      const density = linkDensity(stats);
      if (stats.chars > SIBLING_PARAGRAPH_CHARS && density < SIBLING_PARAGRAPH_LINK_DENSITY) roots.add(sib);
      else if (stats.chars > 0 && stats.chars <= SIBLING_PARAGRAPH_CHARS && density === 0) roots.add(sib);
    }
  }
  return roots;
}

/** An element marked as the article body (itemprop, well-known class) that holds most of the voting text. */
function markedBody(blocks: TextBlock[], totalVoting: number): Element | null {
  const seen = new Map<Element, number>();
  for (const block of blocks) {
    if (block.furniture || block.text.length < MIN_VOTING_CHARS) continue;
    for (let el = block.owner; el; el = parentElement(el)) {
      if (isArticleBodyMarked(el)) {
        seen.set(el, (seen.get(el) ?? 0) + block.text.length);
        break;
      }
    }
  }
  let best: Element | null = null;
  let bestChars = 0;
  for (const [el, chars] of seen) if (chars > bestChars) [best, bestChars] = [el, chars];
  return best && bestChars >= totalVoting * MARKED_BODY_MIN_SHARE ? best : null;
}

function withinRoots(block: TextBlock, roots: Set<Element>): boolean {
  for (let el = block.owner; el; el = parentElement(el)) if (roots.has(el)) return true;
  return false;
}

/**
 * Walks up from the top candidate while each wider element adds mostly prose: pages that split one
 * article (or a recipe, a product page) over several boxes keep all of them.
 */
function widenRoots(top: Element, roots: Set<Element>, blocks: TextBlock[]): Set<Element> {
  let current = roots;
  let rootChars = 0;
  for (const b of blocks) if (!b.furniture && withinRoots(b, roots)) rootChars += b.text.length;
  if (rootChars >= WIDEN_MAX_ROOT_CHARS) return roots;
  let anc = parentElement(top);
  for (let level = 0; anc && level < WIDEN_LEVELS && anc.name !== 'body' && anc.name !== 'html'; level++, anc = parentElement(anc)) {
    let added = 0;
    let prose = 0;
    for (const b of blocks) {
      if (b.furniture || !b.owner || withinRoots(b, current) || !isInside(b.owner, anc)) continue;
      added += b.text.length;
      if (b.text.length >= PROSE_MIN_CHARS && b.linkChars / b.text.length <= PROSE_MAX_LINK_DENSITY) prose += b.text.length;
    }
    if (added > 0 && prose < added * WIDEN_MIN_PROSE_SHARE) break;
    current = new Set([anc]);
  }
  return current;
}

/** Blocks before the article scanned for its lead: the standfirst sits right under the headline. */
const MAX_LEAD_SCAN = 12;
/** A lead is a full sentence or two; shorter lines there are datelines, bylines and labels. */
const MIN_LEAD_CHARS = 80;
/**
 * Levels above the article's root within which a lead may sit: the standfirst is in the article's
 * header, a sibling of the body or of its wrapper; further out begin the page's other teasers.
 */
const MAX_LEAD_LEVELS = 3;
/** A block that repeats the page's own description is its lead wherever the layout puts it, within these levels. */
const MAX_DESCRIBED_LEAD_LEVELS = 8;
/** Characters of the description compared: descriptions are often cut short with an ellipsis. */
const DESCRIPTION_PREFIX_CHARS = 50;
const MIN_DESCRIPTION_CHARS = 30;

function levelsToShared(el: Element, root: Element): number {
  let level = 0;
  for (let anc: Element | null = root; anc; anc = parentElement(anc), level++) if (isInside(el, anc)) return level;
  return Infinity;
}

function foldForCompare(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The standfirst: prose just before the article, under the headline, that the layout puts in a
 * header box beside the body (or that repeats the page's description). Walks back from the first
 * article block to the headline; furniture and short lines on the way are passed over, not taken.
 */
function leadBlocks(blocks: TextBlock[], reasons: (string | null)[], roots: Set<Element>, description: string | null): number[] {
  const first = reasons.indexOf(null);
  if (first <= 0) return [];
  const root = [...roots][0];
  const described = description && description.length >= MIN_DESCRIPTION_CHARS ? foldForCompare(description).slice(0, DESCRIPTION_PREFIX_CHARS) : null;
  const leads: number[] = [];
  for (let i = first - 1, scanned = 0; i >= 0 && scanned < MAX_LEAD_SCAN; i--, scanned++) {
    const block = blocks[i];
    if (block.tag === 'h1') break;
    if (reasons[i] !== 'outside-main-content' || !block.owner) continue;
    const isDescription = described !== null && block.text.length >= MIN_DESCRIPTION_CHARS && foldForCompare(block.text).startsWith(described);
    if (!isDescription && (block.text.length < MIN_LEAD_CHARS || block.linkChars / block.text.length > PROSE_MAX_LINK_DENSITY)) continue;
    const levels = levelsToShared(block.owner, root);
    if (levels > (isDescription ? MAX_DESCRIBED_LEAD_LEVELS : MAX_LEAD_LEVELS)) break;
    leads.push(i);
  }
  return leads;
}

export function chooseContent(blocks: TextBlock[], hints: { description?: string | null } = {}): ContentChoice {
  const candidates = scoreCandidates(blocks);
  const top = topCandidate(candidates);
  let roots: Set<Element> | null = null;
  if (top) {
    let votingChars = 0;
    for (const b of blocks) if (!b.furniture && b.text.length >= MIN_VOTING_CHARS) votingChars += b.text.length;
    const marked = markedBody(blocks, Math.min(votingChars, textStats(top.el, blocks).chars));
    roots =
      marked && (isInside(marked, top.el) || isInside(top.el, marked))
        ? new Set([marked])
        : widenRoots(top.el, contentRoots(top, candidates, blocks), blocks);
  }
  const reasons = blocks.map((block) => {
    if (roots && !withinRoots(block, roots)) return block.furniture ? `outside-main-content:${block.furniture}` : 'outside-main-content';
    if (block.furniture) return block.furniture;
    return null;
  });
  if (roots) for (const i of leadBlocks(blocks, reasons, roots, hints.description ?? null)) reasons[i] = null;
  return { reasons, roots: roots ? [...roots] : [] };
}

/** Ordered rules for blocks inside the article that are still not article text. */
export interface BlockRule {
  name: string;
  test(block: TextBlock, context: { titleKey: string | null }): boolean;
}

/**
 * Lines that are the page talking about itself, not the story: ad and share labels, 'related' and
 * 'more' headings, rating and comment prompts, in the languages of the pages we read. Matched whole.
 */
const LABEL = new RegExp(
  '^[-–*(\\s]*(' +
    [
      'advertisement', 'advertising', 'anzeige', 'werbung', 'publicidad', 'publicité', 'pubblicità', 'reklama', 'sponsored', 'ad',
      'share', 'share this( article| story| post)?', 'tweet', 'email', 'print', 'comments?', 'read more', 'more', 'continue reading',
      'related( articles| stories| content| posts)?', 'see also', 'click here.*', 'sign up.*', 'subscribe.*', 'follow us.*',
      'like it\\? share it', 'jetzt teilen', 'teilen', 'artikel teilen', 'möchten sie den artikel teilen\\?',
      'das könnte (sie|dich) auch interessieren', 'ähnliche (beiträge|artikel)', 'weitere (informationen|artikel|beiträge)', 'neueste (artikel|beiträge)',
      'zum weiterlesen', 'mehr zum thema', 'lesen sie auch', 'auch interessant', 'czytaj (też|także)', 'lee también', 'leer más', 'lire aussi', 'à lire aussi', 'leggi anche',
      'kommentare?( schreiben| verfassen)?', 'kommentar verfassen', 'keine kommentare( \\(.*\\))?', 'leave a (comment|reply)', 'no comments( yet)?',
      'war (der|dieser) artikel (nützlich|hilfreich)\\?', 'wie bewerten sie diesen artikel\\?', 'was this (article|page) helpful\\?',
      '\\(?noch keine bewertungen\\)?', 'wird geladen', 'loading',
    ].join('|') +
    ')[-–*\\s.:!)]*$',
  'i',
);
/** Words that open a picture credit or a source line ('Foto: …', 'Photograph by …', 'Crédits photos : …'). */
const CREDIT =
  /^\(?\s*(foto|fotos|photo|photos|photograph|photography|bild|bilder|bildquelle|titelbild|beitragsbild|headerbild|quelle|quellen|quellenangaben|source|sources|credit|credits|crédits?|image|images|abbildung|grafik|illustration|fuente|fotografía)\b[^:]{0,20}?(:|\bby\b|\bvia\b|\bvon\b|$)/i;
/** A credit line is short; a paragraph that opens with 'Source:' and goes on is text. */
const MAX_CREDIT_CHARS = 120;
/** A short line carrying a copyright sign is a picture or page credit. */
const MAX_COPYRIGHT_LINE_CHARS = 150;

/** The paywall and the account talking: subscribe prompts, 'you are not logged in'. */
const SUBSCRIPTION = /\b(subscrib\w*|subscription|abonnier\w*|abonnent\w*|eingeloggt|einloggen|log in|suscr[ií]b\w*|suscripci[oó]n|newsletter)\b/i;
/** A paywall or account line is a sentence or two; an article about subscriptions runs longer. */
const MAX_SUBSCRIPTION_CHARS = 200;
/** The blog engine's line about the post itself: where it was filed, when it was changed. */
const POST_META =
  /^(this (entry|article|post) was (posted|published)|posted in\b|filed under|dieser (eintrag|beitrag|artikel) wurde|der (beitrag|artikel) wurde am|erstellt am .*(abgelegt|veröffentlicht)|bookmark the permalink|(zuletzt )?aktualisiert( am)?:?\s|last (modified|updated)|release date)/i;
const MAX_POST_META_CHARS = 600;
/** A line that points the reader to another story ('Read also: …'); the words are followed by a space, a colon or the end. */
const READ_ALSO =
  /^(czytaj (też|także)|lesen sie (auch|mehr)|lee también|lea también|lire aussi|à lire aussi|read also|also read|read more|see also|mehr zum thema|auch interessant|leggi anche)(?=[\s:.!]|$)/i;
const MAX_READ_ALSO_CHARS = 200;
/** A numbered or labelled figure caption set as a paragraph ('Abbildung 4: …', 'Figure 2: …'). */
const FIGURE_LABEL = /^(abbildung|abb\.|figure|fig\.|grafik|tabelle|table)\s*\d*\s*:/i;
const MAX_FIGURE_LABEL_CHARS = 400;
/** Calls to follow the site elsewhere or to install its app. */
const FOLLOW_US =
  /\b(download|herunterladen|descarga)\b.*\bapps?\b|\b(follow|folgen sie|folge)\b.*\b(twitter|facebook|instagram|telegram)\b|\b(únete|join)\b.*\b(telegram|whatsapp|canal)\b/i;
const MAX_FOLLOW_US_CHARS = 250;

export const BODY_BLOCK_RULES: BlockRule[] = [
  { name: 'link-list', test: (b) => b.text.length > 0 && b.linkChars / b.text.length > MAX_BODY_LINK_DENSITY },
  { name: 'title', test: (b, ctx) => ctx.titleKey !== null && b.text.toLowerCase() === ctx.titleKey },
  { name: 'label', test: (b) => b.text.length < 60 && LABEL.test(b.text) },
  { name: 'subscription', test: (b) => b.text.length <= MAX_SUBSCRIPTION_CHARS && SUBSCRIPTION.test(b.text) },
  { name: 'post-meta', test: (b) => b.text.length <= MAX_POST_META_CHARS && POST_META.test(b.text) },
  { name: 'follow-us', test: (b) => b.text.length <= MAX_FOLLOW_US_CHARS && FOLLOW_US.test(b.text) },
  { name: 'read-also', test: (b) => b.text.length <= MAX_READ_ALSO_CHARS && READ_ALSO.test(b.text) },
  { name: 'figure-label', test: (b) => b.text.length <= MAX_FIGURE_LABEL_CHARS && FIGURE_LABEL.test(b.text) },
  { name: 'credit', test: (b) => (b.text.length <= MAX_CREDIT_CHARS && CREDIT.test(b.text)) || (b.text.length <= MAX_COPYRIGHT_LINE_CHARS && b.text.includes('©')) },
];
