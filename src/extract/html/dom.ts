// The HTML parser front: htmlparser2's parse events built straight into our own light node tree,
// with the work bounded (input size and nesting depth), and a small query view of that tree for the
// metadata and date rules. The tree is ours rather than domhandler's because each node carries only
// what the rules read (no sibling links or source offsets), the elements come out in page order with
// no second walk, and each element's visible text length is summed as the parse closes it.
import { Parser, type Handler } from 'htmlparser2';
import { selectAll } from 'css-select';
import type { Doc, El } from './metadata.js';

/** Characters parsed at most: a news article fits in far less; past this a page is markup spam and only its head matters. */
export const MAX_HTML_CHARS = 6_000_000;
/** Nesting kept at most; deeper tags are flattened into their ancestor so no walk (ours or a library's) can blow the stack. */
export const MAX_DEPTH = 160;
/**
 * Open elements at which parsing stops: htmlparser2's own stack of open tags costs time quadratic in
 * its depth (100,000 nested divs take it half a minute), so a page this deep is read up to that point.
 * Real pages stay far below; thousands of unclosed <font> tags on an old page still fit.
 */
export const MAX_PARSE_DEPTH = 4000;

class TooDeep extends Error {}

/** Tags whose text is never shown: left out of an element's visible text length. */
const UNSEEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** An element. Its type says 'script' and 'style' apart from every other tag ('tag'), as domhandler did. */
export class HtmlElement {
  readonly type: 'tag' | 'script' | 'style';
  readonly children: HtmlNode[] = [];
  /** Characters of text beneath it a reader could see (unseen tags left out), complete once the parse has closed it. */
  visibleChars = 0;
  constructor(
    readonly name: string,
    readonly attribs: Record<string, string>,
    readonly parent: HtmlParent,
  ) {
    this.type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
  }
}

/** A run of text; adjacent runs (split by entities or skipped markup) are one node. */
export class HtmlText {
  readonly type = 'text' as const;
  constructor(
    public data: string,
    readonly parent: HtmlParent,
  ) {}
}

export class HtmlDocument {
  readonly type = 'root' as const;
  readonly children: HtmlNode[] = [];
  readonly parent = null;
  visibleChars = 0;
}

export type HtmlNode = HtmlElement | HtmlText;
export type HtmlParent = HtmlElement | HtmlDocument;

/**
 * Another reader of the same parse events (the date signals): it sees every tag and text as the
 * streaming parser emits them, so that a page is tokenised once for the tree and for the dates.
 */
export interface ParseListener {
  open(name: string, attribs: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * Subtrees never built into the tree: no rule reads inside them (a reader never sees them), and icon
 * sets make them a large share of a page's elements. The listener still sees their events.
 */
const UNBUILT_SUBTREES = new Set(['svg', 'math']);
/** Elements whose text is never read from the tree; a script's text is kept only when it is JSON-LD. */
const UNREAD_TEXT = new Set(['style', 'script']);
const JSON_LD_TYPE = 'application/ld+json';

/**
 * Builds the tree from the parser's events. It stops opening elements past MAX_DEPTH (their text lands
 * in the deepest kept ancestor) and leaves out what no rule reads: comments, doctype, styles, scripts
 * other than JSON-LD, and svg or math subtrees.
 */
class TreeBuilder implements Partial<Handler> {
  readonly document = new HtmlDocument();
  /** Every element built, in page order (the order they open). */
  readonly elements: HtmlElement[] = [];
  /** The built elements still open, innermost last; the document sits beneath them. */
  private readonly open: HtmlElement[] = [];
  private current: HtmlParent = this.document;
  /** The text node that a further text event extends: none once an element has opened or closed. */
  private lastText: HtmlText | null = null;
  private depth = 0;
  /** Depth of the unbuilt subtree being passed over, 0 when none. */
  private unbuiltFrom = 0;
  /** Whether the element opened at each depth was built, so that its close is matched. */
  private readonly built = new Uint8Array(MAX_PARSE_DEPTH + 2);
  private skipText = false;
  constructor(private readonly listener: ParseListener | null) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    const depth = ++this.depth;
    if (depth > MAX_PARSE_DEPTH) throw new TooDeep();
    this.listener?.open(name, attribs);
    if (this.unbuiltFrom === 0 && UNBUILT_SUBTREES.has(name)) this.unbuiltFrom = depth;
    const build = this.unbuiltFrom === 0 && depth <= MAX_DEPTH;
    this.built[depth] = build ? 1 : 0;
    if (build) {
      const el = new HtmlElement(name, attribs, this.current);
      this.current.children.push(el);
      this.elements.push(el);
      this.open.push(el);
      this.current = el;
      this.lastText = null;
    }
    if (UNREAD_TEXT.has(name)) this.skipText = name === 'style' || (attribs.type ?? '').trim().toLowerCase() !== JSON_LD_TYPE;
  }

  onclosetag(name: string): void {
    this.listener?.close(name);
    const depth = this.depth--;
    if (this.built[depth] === 1) this.closeBuilt();
    if (this.unbuiltFrom === depth) this.unbuiltFrom = 0;
    this.skipText = false;
  }

  ontext(data: string): void {
    this.listener?.text(data);
    if (this.skipText || this.unbuiltFrom !== 0) return;
    const parent = this.current;
    if (this.lastText) this.lastText.data += data;
    else parent.children.push((this.lastText = new HtmlText(data, parent)));
    parent.visibleChars += data.length;
  }

  /** Closes every element still open (a page cut short), so that their text lengths are complete. */
  closeAll(): void {
    while (this.open.length) this.closeBuilt();
  }

  private closeBuilt(): void {
    const el = this.open.pop()!;
    const parent = el.parent;
    if (el.type === 'tag' && !UNSEEN_TAGS.has(el.name)) parent.visibleChars += el.visibleChars;
    this.current = parent;
    this.lastText = null;
  }
}

export interface ParsedHtml {
  document: HtmlDocument;
  /** Every element of the tree in page order. */
  elements: HtmlElement[];
  /** Only the start of the page was read: it was longer than MAX_HTML_CHARS or nested deeper than MAX_PARSE_DEPTH. */
  truncated: boolean;
}

export function parseHtml(html: string, listener: ParseListener | null = null): ParsedHtml {
  let truncated = html.length > MAX_HTML_CHARS;
  const builder = new TreeBuilder(listener);
  const parser = new Parser(builder, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  try {
    parser.end(truncated ? html.slice(0, MAX_HTML_CHARS) : html);
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
    truncated = true; // the tree built so far is kept: every node is attached as soon as it opens
  }
  builder.closeAll();
  return { document: builder.document, elements: builder.elements, truncated };
}

export function isElement(node: HtmlNode | HtmlDocument): node is HtmlElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** All text under a node, in order, walked with an explicit stack. */
export function textOf(node: HtmlNode | HtmlDocument): string {
  if (node.type === 'text') return node.data;
  // Most elements read this way (a title, a JSON-LD script, a heading) hold a single text node.
  if (node.children.length === 1 && node.children[0].type === 'text') return node.children[0].data;
  let out = '';
  const stack: HtmlNode[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** One attribute condition of a simple selector: [name], [name="v"], [name*="v" i], [name^=v]. */
interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
  fold: boolean;
}
interface SimpleSelector {
  tag: string | null;
  attrs: AttrTest[];
}

const SIMPLE_PART = /^([a-z][a-z0-9-]*)?((?:\[[^\]]+\])*)$/i;
const ATTR_PART = /\[\s*([\w:-]+)\s*(?:([*^$~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(i)?)?\s*\]/gi;

/** A selector list of tag-and-attribute selectors, or null when it needs more (descendants, pseudo-classes): css-select then runs it. */
function parseSimple(selector: string): SimpleSelector[] | null {
  const out: SimpleSelector[] = [];
  for (const raw of selector.split(',')) {
    const part = raw.trim();
    const m = SIMPLE_PART.exec(part);
    if (!m || !part) return null;
    const attrs: AttrTest[] = [];
    for (const a of (m[2] ?? '').matchAll(ATTR_PART)) {
      const fold = Boolean(a[6]);
      const value = a[3] ?? a[4] ?? a[5] ?? '';
      attrs.push({ name: a[1].toLowerCase(), op: (a[2] ?? '') as AttrTest['op'], value: fold ? value.toLowerCase() : value, fold });
    }
    out.push({ tag: m[1]?.toLowerCase() ?? null, attrs });
  }
  return out;
}

function attrMatches(el: HtmlElement, t: AttrTest): boolean {
  const raw = el.attribs[t.name];
  if (raw === undefined) return false;
  const v = t.fold ? raw.toLowerCase() : raw;
  switch (t.op) {
    case '': return true;
    case '=': return v === t.value;
    case '*=': return t.value !== '' && v.includes(t.value);
    case '^=': return t.value !== '' && v.startsWith(t.value);
    case '$=': return t.value !== '' && v.endsWith(t.value);
    case '~=': return v.split(/\s+/).includes(t.value);
  }
}

/** A DOM-shaped view of a node (nodeType, localName, attributes, childNodes), built as it is walked: the date rules walk the page through it. */
interface WalkView {
  nodeType: number;
  localName?: string;
  data?: string;
  readonly attributes?: { name: string; value: string }[];
  readonly childNodes?: WalkView[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const OTHER_NODE = 8;

function walkView(node: HtmlNode): WalkView {
  if (node.type === 'text') return { nodeType: TEXT_NODE, data: node.data };
  if (!isElement(node)) return { nodeType: OTHER_NODE };
  return {
    nodeType: ELEMENT_NODE,
    localName: node.name,
    get attributes() {
      return Object.entries(node.attribs).map(([name, value]) => ({ name, value }));
    },
    get childNodes() {
      return node.children.map(walkView);
    },
  };
}

/**
 * The querySelector subset the metadata and date rules use, over the parsed tree. Tag-and-attribute
 * selectors run over one flat list of the page's elements; anything else goes to css-select. Each
 * selector runs once per page, and each element's text is read once.
 */
export function queryView(parsed: ParsedHtml): Doc {
  const { document, elements } = parsed;
  const cache = new Map<string, El[]>();
  const views = new Map<HtmlElement, El>();
  let byTag: Map<string, HtmlElement[]> | null = null;
  const view = (el: HtmlElement) => {
    let v = views.get(el);
    if (!v) {
      let text: string | null = null;
      v = {
        getAttribute: (name: string) => el.attribs[name.toLowerCase()] ?? null,
        get textContent() {
          return (text ??= textOf(el));
        },
      };
      views.set(el, v);
    }
    return v;
  };
  const all = (selector: string): El[] => {
    let found = cache.get(selector);
    if (found) return found;
    const simple = parseSimple(selector);
    if (simple) {
      if (!byTag) {
        byTag = new Map();
        for (const el of elements) {
          const list = byTag.get(el.name);
          if (list) list.push(el);
          else byTag.set(el.name, [el]);
        }
      }
      // A selector that names its tags looks only at elements of those tags (kept in page order).
      const pool = simple.every((s) => s.tag !== null)
        ? simple.length === 1
          ? (byTag.get(simple[0].tag!) ?? [])
          : elements.filter((el) => simple.some((s) => s.tag === el.name))
        : elements;
      found = pool.filter((el) => simple.some((s) => (s.tag === null || s.tag === el.name) && s.attrs.every((a) => attrMatches(el, a)))).map(view);
    } else {
      try {
        // Our nodes have the fields css-select's default adapter reads (type, name, attribs, children, parent);
        // having no sibling links, sibling combinators (a + b, a ~ b) match nothing. No rule of ours uses them.
        found = selectAll(selector, document.children as never).map((el) => view(el as unknown as HtmlElement));
      } catch {
        found = []; // a selector css-select does not know matches nothing rather than failing the page
      }
    }
    cache.set(selector, found);
    return found;
  };
  const root = document.children.find((n): n is HtmlElement => isElement(n) && n.name === 'html') ?? null;
  return {
    querySelector: (selector: string) => all(selector)[0] ?? null,
    querySelectorAll: (selector: string) => all(selector),
    // The root element also answers as a DOM node, so that code written for a DOM can walk the page.
    documentElement: root ? Object.assign(walkView(root), view(root)) : null,
  };
}
