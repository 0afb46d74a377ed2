// Which subtrees of a page are furniture rather than article: an ordered list of small named rules,
// each looking at one element (its tag and attributes) and returning the reason it is dropped, or null.
// 'Hard' rules hold always (a reader never sees the text); 'soft' rules read class names and landmarks,
// and are switched off when the article would otherwise come out nearly empty.
import type { HtmlElement as Element } from './dom.js';

/** Elements whose text a reader never sees. */
const INVISIBLE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'head', 'title', 'meta', 'link',
  'button', 'select', 'option', 'input', 'textarea', 'canvas', 'video', 'audio', 'map', 'dialog',
  // Ruby annotations (furigana) are reading aids printed above the words; inline they would split them.
  'rt', 'rp',
]);
/**
 * Landmarks of page furniture. <form> is absent because some sites wrap the whole page in one, <header>
 * because articles put their standfirst in one; a page header's menus fall to the other rules.
 */
const LANDMARK_TAGS = new Set(['nav', 'aside', 'footer']);
/** ARIA roles of page furniture. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);

/** Class or id words that mark furniture even when the word 'article' stands beside them ('related-articles'). */
const STRONG_FURNITURE =
  /related|caption|share|sharing|social|newsletter|cookie|consent|gdpr|promo|recommend|most-?read|most-?popular|popular|trending|outbrain|taboola|disqus|comment|sponsor|advert|signup|sign-up|subscribe|donate|read-?more|more-?stories|also-?read|you-?may|next-?article|prev-?article/;
/** Class or id words that mark furniture unless the same word also says content ('article-header' is kept). */
const WEAK_FURNITURE =
  /^(nav|navbar|menu|footer|header|masthead|sidebar|side-?bar|breadcrumbs?|pagination|pager|banner|widget|toolbar|tags?|tag-?list|topics|byline|author|bio|meta|dateline|timestamp|skip|sr-only|visually-?hidden|screen-?reader|print|modal|popup|overlay|alert|login|search|rail|right-?rail|left-?rail|ad|ads|ad-.*|.*-ads?|advertisement|teaser|caption|credit)$|^(nav|menu|footer|sidebar|breadcrumb|masthead|toolbar|widget|byline|author|rail)[-_]|[-_](nav|menu|footer|sidebar|breadcrumbs?|toolbar|widget|byline|rail|meta|tags)$/;
/** Words that say 'this is the content'. */
const CONTENT_WORD = /article|body|content|main|story|entry|post|text|prose|column/;
/** Class or id tokens that name the article body itself; an element carrying one is never furniture. */
const ARTICLE_BODY = /^(article-?body|articlebody|article__body|story-?body|story__body|entry-?content|post-?content|post-?body|article-?content|article__content|article-?text|story-?content|main-?content|body-?text|rich-?text|articletext|td-post-content)$/;

export interface FurnitureRule {
  name: string;
  hard: boolean;
  test(el: Element): string | null;
}

/**
 * Class and id strings remembered with their verdicts: a page repeats the same few class names on
 * hundreds of elements. Each attribute is judged on its own (a class string and an id string, never
 * the two joined), so a lookup hashes a string the parser already made rather than a new one. Cleared
 * when it grows past this size, so a worker reading a million pages holds no more than one page's worth.
 */
const MAX_CACHED_CLASS_STRINGS = 5000;
interface ClassVerdict {
  articleBody: boolean;
  furniture: string | null;
}
const NO_VERDICT: ClassVerdict = { articleBody: false, furniture: null };
const classVerdicts = new Map<string, ClassVerdict>();
/**
 * The same verdicts word by word: most class strings are new combinations of words seen before
 * ('col-md-6 clearfix'), so a string not yet judged is judged from its words without running the
 * patterns again. Bounded like the strings.
 */
const MAX_CACHED_CLASS_WORDS = 5000;
const wordVerdicts = new Map<string, ClassVerdict>();

function wordVerdict(word: string): ClassVerdict {
  let verdict = wordVerdicts.get(word);
  if (verdict) return verdict;
  const lower = word.toLowerCase();
  const articleBody = ARTICLE_BODY.test(lower);
  const furniture = furnitureToken(lower) ? `class:${lower.slice(0, 40)}` : null;
  verdict = articleBody || furniture ? { articleBody, furniture } : NO_VERDICT;
  if (wordVerdicts.size >= MAX_CACHED_CLASS_WORDS) wordVerdicts.clear();
  wordVerdicts.set(word, verdict);
  return verdict;
}

function attributeVerdict(raw: string | undefined): ClassVerdict {
  if (raw === undefined || raw === '') return NO_VERDICT;
  let verdict = classVerdicts.get(raw);
  if (verdict) return verdict;
  // A body word anywhere clears the string; otherwise the first furniture word names the reason.
  let articleBody = false;
  let furniture: string | null = null;
  for (const word of raw.split(/\s+/)) {
    if (word === '') continue;
    const v = wordVerdict(word);
    if (v.articleBody) articleBody = true;
    else if (furniture === null) furniture = v.furniture;
  }
  if (articleBody) furniture = null;
  verdict = articleBody || furniture ? { articleBody, furniture } : NO_VERDICT;
  if (classVerdicts.size >= MAX_CACHED_CLASS_STRINGS) classVerdicts.clear();
  classVerdicts.set(raw, verdict);
  return verdict;
}

/**
 * The verdict on an element's class and id words read together (class words first): a body mark
 * in either clears the element, else the first furniture word found names the reason.
 */
function classVerdict(el: Element): ClassVerdict {
  const { class: cls, id } = el.attribs;
  const byClass = attributeVerdict(cls);
  if (id === undefined) return byClass;
  const byId = attributeVerdict(id);
  if (byId === NO_VERDICT) return byClass;
  if (byClass === NO_VERDICT) return byId;
  if (byClass.articleBody || byId.articleBody) return { articleBody: true, furniture: null };
  return byClass.furniture ? byClass : byId;
}

export function isArticleBodyMarked(el: Element): boolean {
  if (el.attribs.itemprop === 'articleBody') return true;
  return classVerdict(el).articleBody;
}

function furnitureToken(token: string): boolean {
  if (STRONG_FURNITURE.test(token)) return true;
  return WEAK_FURNITURE.test(token) && !CONTENT_WORD.test(token);
}

export const FURNITURE_RULES: FurnitureRule[] = [
  { name: 'invisible', hard: true, test: (el) => (INVISIBLE_TAGS.has(el.name) ? 'invisible' : null) },
  {
    name: 'hidden',
    hard: true,
    test: (el) => {
      const a = el.attribs;
      if ('hidden' in a || a['aria-hidden'] === 'true') return 'hidden';
      const style = a.style;
      return style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) ? 'hidden' : null;
    },
  },
  // A caption describes a picture the text does not show; read alone it is a stray line in the story.
  { name: 'caption', hard: false, test: (el) => (el.name === 'figcaption' ? 'caption' : null) },
  { name: 'landmark', hard: false, test: (el) => (LANDMARK_TAGS.has(el.name) ? `landmark:${el.name}` : null) },
  { name: 'role', hard: false, test: (el) => (el.attribs.role && FURNITURE_ROLES.has(el.attribs.role) ? `role:${el.attribs.role}` : null) },
  {
    name: 'class',
    hard: false,
    test: (el) => {
      if (el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article') return null;
      return classVerdict(el).furniture;
    },
  },
];

/** The reason an element's subtree is furniture, or null; soft rules only when `soft` is on. */
export function furnitureReason(el: Element, soft: boolean): string | null {
  for (const rule of FURNITURE_RULES) {
    if (!rule.hard && !soft) continue;
    const reason = rule.test(el);
    if (reason) return reason;
  }
  return null;
}
