// The visible text of a parsed page as blocks, one per paragraph-like element, in document order;
// each block knows the element that holds it, how much of it is link text, and the furniture rule
// (if any) that covers it.
import type { HtmlElement as Element, HtmlNode, HtmlParent as ParentNode } from './dom.js';
import { furnitureReason } from './boilerplate.js';

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'html', 'legend',
]);
/** Cells of one table row are read on one line, as a reader scans them. */
const CELL_TAGS = new Set(['td', 'th']);

/**
 * An element that a class or landmark rule marks as furniture but that holds at least this share of the
 * page's visible text is a layout wrapper ('l-outer--nav' around the whole page), not furniture.
 */
const WRAPPER_TEXT_SHARE = 0.5;
/**
 * Wrappers let through at most per page: measuring a marked element that turns out to be furniture ends
 * the measuring beneath it, but each wrapper let through measures its subtree again; real pages nest a few.
 */
const MAX_WRAPPERS = 12;
/** Tags whose text is never shown, skipped when visible text is measured. */
const UNSEEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

export interface TextBlock {
  text: string;
  /** Tag of the element that holds the block (p, li, h2, ...). */
  tag: string;
  /** The element that holds the block. */
  owner: Element | null;
  /** Characters of the block that sit inside links. */
  linkChars: number;
  /** Why the block is page furniture, when a furniture rule covers it. */
  furniture: string | null;
}

const SPACE_RUN = /[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/g;

export function normaliseSpace(text: string): string {
  return isNormalSpaced(text) ? text : text.replace(SPACE_RUN, ' ').trim();
}

/**
 * Whether a text already has its spacing normal (single ASCII spaces between words, none at the ends):
 * most paragraphs do, and a scan is cheaper than a replace that changes nothing. Anything that may be
 * a space of another kind (controls, no-break and wide spaces, zero-width marks) sends it to the replace.
 */
function isNormalSpaced(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      if (c !== 32 || previous === 32) return false;
    } else if (c >= 0xa0 && mayBeSpace(c)) return false;
    previous = c;
  }
  return true;
}

function mayBeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/** Only ASCII spaces and controls: the usual text between two tags of an indented page. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Characters of text a reader could see under a node (scripts and styles left out): summed by the parser as it closed each element. */
export function visibleChars(node: HtmlNode | ParentNode): number {
  if (node.type === 'text') return node.data.length;
  if (node.type === 'root') return node.visibleChars;
  return node.type === 'tag' && !UNSEEN_TAGS.has(node.name) ? node.visibleChars : 0;
}

/**
 * Walks with an explicit stack (nesting cannot overflow it). `soft` switches the class and landmark
 * furniture rules on; the hard ones (invisible, hidden) always hold.
 */
export function textBlocks(root: ParentNode, soft: boolean): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  let linkChars = 0;
  let owner: Element | null = null;
  let furniture: string | null = null;
  const flush = () => {
    if (current) {
      const text = normaliseSpace(current);
      if (text) blocks.push({ text, tag: owner?.name ?? 'body', owner, linkChars: Math.min(linkChars, text.length), furniture });
    }
    current = '';
    linkChars = 0;
  };
  // The walk's frames live in parallel arrays rather than one object each: a page has thousands of
  // nodes, and a frame object per visit was a large share of the garbage made per page.
  // Kind of each frame: a node to enter, the exit of an inline element, or the exit of one that
  // closes a block (the text so far is flushed and the outer owner and furniture come back).
  const ENTER = 0;
  const EXIT = 1;
  const EXIT_RESTORE = 2;
  const nodes: HtmlNode[] = [];
  const kinds: number[] = [];
  const frameFurniture: (string | null)[] = [];
  const frameLinks: number[] = [];
  const savedOwner: (Element | null)[] = [];
  const savedFurniture: (string | null)[] = [];
  let top = 0;
  const push = (node: HtmlNode, kind: number, inner: string | null, links: number, outerOwner: Element | null, outerFurniture: string | null) => {
    nodes[top] = node;
    kinds[top] = kind;
    frameFurniture[top] = inner;
    frameLinks[top] = links;
    savedOwner[top] = outerOwner;
    savedFurniture[top] = outerFurniture;
    top++;
  };
  // Page text is measured once, when a soft rule first fires; marked elements are measured only outside
  // other furniture, so apart from the wrappers let through each character is counted at most twice.
  let pageChars = -1;
  const pageText = () => (pageChars < 0 ? (pageChars = visibleChars(root)) : pageChars);
  let wrappers = 0;
  const children = root.children;
  for (let i = children.length - 1; i >= 0; i--) push(children[i], ENTER, null, 0, null, null);
  while (top > 0) {
    top--;
    const node = nodes[top];
    const kind = kinds[top];
    if (kind === EXIT_RESTORE) {
      flush();
      owner = savedOwner[top];
      furniture = savedFurniture[top];
      continue;
    }
    if (kind === EXIT) {
      if (CELL_TAGS.has((node as Element).name)) current += ' ';
      continue;
    }
    const frameFurnitureHere = frameFurniture[top];
    const frameLinksHere = frameLinks[top];
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      // The indentation between tags only separates words: one space says as much and is cheaper to normalise.
      current += isBlank(data) ? ' ' : data;
      if (frameLinksHere > 0) linkChars += countNonSpace(data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    let own = furnitureReason(el, soft);
    if (own === 'invisible' || own === 'hidden') continue;
    if (own && frameFurnitureHere === null && wrappers < MAX_WRAPPERS && visibleChars(el) >= pageText() * WRAPPER_TEXT_SHARE) {
      own = null;
      wrappers++;
    }
    const innerFurniture = frameFurnitureHere ?? own;
    const links = frameLinksHere + (el.name === 'a' ? 1 : 0);
    const isBlock = BLOCK_TAGS.has(el.name);
    // An inline element carrying its own furniture mark (a <span class="share">) is a block of its own.
    if (isBlock || innerFurniture !== furniture) {
      flush();
      push(node, EXIT_RESTORE, innerFurniture, links, owner, furniture);
      if (isBlock) owner = el;
      furniture = innerFurniture;
    } else push(node, EXIT, innerFurniture, links, null, null);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) push(kids[i], ENTER, innerFurniture, links, null, null);
  }
  flush();
  return blocks;
}
