// Where the article is: paragraphs vote for the elements around them (the idea of Readability's
// scoring, written anew over our blocks), the best-scored element and its like siblings hold the
// article, and ordered block rules then take out what sits inside it but is not article text.
import type { Element, ParentNode } from 'domhandler';
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
  const p = el.parent as ParentNode | null;
  return p && p.type === 'tag' ? (p as Element) : null;
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

export function chooseContent(blocks: TextBlock[]): ContentChoice {
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
  return { reasons, roots: roots ? [...roots] : [] };
}

/** Ordered rules for blocks inside the article that are still not article text. */
export interface BlockRule {
  name: string;
  test(block: TextBlock, context: { titleKey: string | null }): boolean;
}

const LABEL = /^(advertisement|advertising|anzeige|publicidad|publicité|sponsored|share|share this( article| story)?|tweet|email|print|comments?|read more|more|continue reading|related( articles| stories| content)?|see also|click here.*|sign up.*|subscribe.*|follow us.*)[.:!]?$/i;

export const BODY_BLOCK_RULES: BlockRule[] = [
  { name: 'link-list', test: (b) => b.text.length > 0 && b.linkChars / b.text.length > MAX_BODY_LINK_DENSITY },
  { name: 'title', test: (b, ctx) => ctx.titleKey !== null && b.text.toLowerCase() === ctx.titleKey },
  { name: 'label', test: (b) => b.text.length < 60 && LABEL.test(b.text) },
];
