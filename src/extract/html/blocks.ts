// The visible text of a DOM subtree as blocks, one per paragraph-like element, in document order.

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
/** Elements whose text a reader never sees. */
const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
/** Landmarks that mark page furniture; their blocks carry the landmark as a reason when dropped. */
const LANDMARK_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

export interface TextBlock {
  text: string;
  /** Tag of the element that holds the block (P, LI, H2, ...). */
  tag: string;
  /** The nearest furniture landmark around it, lowercased ('nav', 'footer', ...), if any. */
  landmark?: string;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Walks iteratively so that deeply nested markup cannot overflow the stack. */
export function textBlocks(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  let currentTag = 'DIV';
  let currentLandmark: string | undefined;
  const flush = () => {
    const text = normaliseSpace(current);
    if (text) blocks.push(currentLandmark ? { text, tag: currentTag, landmark: currentLandmark } : { text, tag: currentTag });
    current = '';
  };
  type Frame = { node: DomNode; exit: boolean; landmark?: string; outer?: string };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { node } = frame;
    const tag = node.nodeName.toUpperCase();
    if (frame.exit) {
      if (BLOCK_TAGS.has(tag)) {
        flush();
        currentTag = 'DIV';
        currentLandmark = frame.outer;
      }
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (INVISIBLE_TAGS.has(tag)) continue;
    const landmark = LANDMARK_TAGS.has(tag) ? tag.toLowerCase() : frame.landmark;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      currentTag = tag;
      currentLandmark = landmark;
    }
    stack.push({ node, exit: true, landmark, outer: frame.landmark });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false, landmark });
  }
  flush();
  return blocks;
}
