// The visible text of a parsed page as blocks, one per paragraph-like element, in document order;
// each block knows the element that holds it, how much of it is link text, and the furniture rule
// (if any) that covers it.
import type { AnyNode, Element, ParentNode } from 'domhandler';
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

export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/g, ' ').trim();
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

/** Characters of text a reader could see under a node (scripts and styles left out), walked with an explicit stack. */
export function visibleChars(node: AnyNode): number {
  let n = 0;
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const cur = stack.pop()!;
    if (cur.type === 'text') n += (cur as unknown as { data: string }).data.length;
    else if (cur.type === 'tag' || cur.type === 'root') {
      if (cur.type === 'tag' && UNSEEN_TAGS.has((cur as Element).name)) continue;
      const kids = (cur as ParentNode).children;
      for (let i = 0; i < kids.length; i++) stack.push(kids[i]);
    }
  }
  return n;
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
  /** An exit frame with `restore` closes a block: the text so far is flushed and the outer owner and furniture come back. */
  type Frame = { node: AnyNode; exit: boolean; restore?: boolean; owner?: Element | null; outerFurniture?: string | null; furniture: string | null; links: number };
  const stack: Frame[] = [];
  // Page text is measured once, when a soft rule first fires; marked elements are measured only outside
  // other furniture, so apart from the wrappers let through each character is counted at most twice.
  let pageChars = -1;
  const pageText = () => (pageChars < 0 ? (pageChars = visibleChars(root as AnyNode)) : pageChars);
  let wrappers = 0;
  const children = root.children;
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false, furniture: null, links: 0 });
  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      if (frame.restore) {
        flush();
        owner = frame.owner ?? null;
        furniture = frame.outerFurniture ?? null;
      } else if (CELL_TAGS.has((node as Element).name)) current += ' ';
      continue;
    }
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      // The indentation between tags only separates words: one space says as much and is cheaper to normalise.
      current += isBlank(data) ? ' ' : data;
      if (frame.links > 0) linkChars += countNonSpace(data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    let own = furnitureReason(el, soft);
    if (own === 'invisible' || own === 'hidden') continue;
    if (own && frame.furniture === null && wrappers < MAX_WRAPPERS && visibleChars(el) >= pageText() * WRAPPER_TEXT_SHARE) {
      own = null;
      wrappers++;
    }
    const innerFurniture = frame.furniture ?? own;
    const links = frame.links + (el.name === 'a' ? 1 : 0);
    const isBlock = BLOCK_TAGS.has(el.name);
    // An inline element carrying its own furniture mark (a <span class="share">) is a block of its own.
    if (isBlock || innerFurniture !== furniture) {
      flush();
      stack.push({ node, exit: true, restore: true, owner, outerFurniture: furniture, furniture: innerFurniture, links });
      if (isBlock) owner = el;
      furniture = innerFurniture;
    } else stack.push({ node, exit: true, furniture: innerFurniture, links });
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false, furniture: innerFurniture, links });
  }
  flush();
  return blocks;
}
