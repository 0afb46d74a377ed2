// Line rules: each one recognises one kind of page furniture from the line's own text. They are
// tried in order and the first that fires names the reason the line is dropped. Whether a line
// that no rule claims is article text is decided later, from its place among the prose lines.
import { doubledHeadline, isTitleCase, wordCount } from '../title.js';
import { TEXT_SETTINGS, type TextSettings } from './settings.js';

export interface LineRule {
  /** The DroppedBlock reason this rule gives. */
  reason: string;
  test(text: string, settings: TextSettings): boolean;
  /**
   * Set on headings after which the article is over (a related-links list, a comment thread):
   * the reason given to the lines that follow them.
   */
  endsArticle?: string;
}

const short = (text: string, maxWords: number): boolean => wordCount(text) <= maxWords;

/** Words that appear on share/follow button rows and nowhere else in such numbers. */
const SOCIAL_WORDS = new Set(
  'share shares tweet email e-mail mail print reddit facebook twitter x whatsapp telegram pinterest linkedin tumblr vk pocket flipboard messenger bluesky instagram youtube rss mastodon threads tiktok copy link save comment comments this article story on via follow us social media partager teilen compartir condividi compartilhar delen'.split(' '),
);
/** Of those, the ones that show a button row on their own ('Social Media' alone is a heading). */
const SOCIAL_BUTTONS = new Set('share partager teilen compartir condividi compartilhar delen tweet email e-mail print reddit facebook twitter whatsapp telegram pinterest linkedin tumblr vk flipboard bluesky instagram youtube rss mastodon'.split(' '));

/** Single-line navigation labels, matched against the whole line. */
const NAVIGATION_LABELS =
  /^(?:home|homepage|menu|main menu|search|search for|next|previous|prev|next article|previous article|more|read more|load more|show more|continue reading|log ?in|sign in|register|my account|contact|contact us|about|about us|privacy|privacy policy|cookie policy|terms|terms of use|terms of service|sitemap|all news|archives?|header right|header left|close|back|accueil|startseite|inicio|início|home page)$/i;

/** Headings that open lists of other stories. */
const SECTION_HEADING =
  /^(?:related(?:\s+[\p{L}'’]+){0,5}|top (?:stories|news|headlines)|most (?:popular|read|viewed|shared|commented)(?:\s+[\p{L}]+){0,4}|popular(?: now| posts| stories| articles| news| today)?|latest(?: news| stories| posts| articles| headlines)?|more (?:news|stories|headlines|from [\p{L}\s]+|on this (?:story|topic)|in [\p{L}\s]+)|read (?:next|also)|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|trending(?: now)?|partner news|other news(?:\s+[\p{L}]+){0,4}|also (?:read|on [\p{L}\s]+)|see also|editor'?s? picks|what to read next|in other news|further reading|(?:primary |secondary )?sidebar|footer|(?:à )?lire aussi|sur le même sujet|articles? liés|auch interessant|mehr zum thema|das könnte sie auch interessieren|noticias relacionadas|te puede interesar|leggi anche|leia também|lees ook|meer nieuws)\s*:?$/iu;

export const LINE_RULES: LineRule[] = [
  {
    reason: 'css',
    test: (t) => /^@(?:page|media|font-face|import|charset|keyframes|supports)\b/i.test(t) || /^[^{}]{1,80}\{\s*[\w-]+\s*:[^{}]*\}?\s*$/.test(t) && short(t.split('{')[0], 5),
  },
  {
    reason: 'script',
    test: (t) =>
      /^(?:\/\/|\/\*|<\/?script)/i.test(t) ||
      /\bfunction\s*\([\w$,\s]*\)\s*\{/.test(t) ||
      /^(?:var|let|const)\s+[\w$]+\s*=/.test(t) ||
      /^[\w$]+(?:\.[\w$]+)+\s*\(.*\)\s*;?\s*$/.test(t) ||
      /\b(?:document|window)\.[\w$]+\s*[.(=]/.test(t) ||
      /=>\s*\{/.test(t),
  },
  {
    reason: 'separator',
    test: (t) => /^[\p{P}\p{S}\s_]+$/u.test(t),
  },
  {
    reason: 'doubled-headline',
    test: (t) => doubledHeadline(t) !== null,
  },
  {
    reason: 'copyright',
    test: (t, s) => /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved/i.test(t) && short(t, s.maxFurnitureWords * 2),
  },
  {
    reason: 'cookies',
    test: (t) => /\bcookies?\b/i.test(t) && /\b(?:use|uses|accept|consent|policy|settings|agree|browsing|experience|preferences)\b/i.test(t) && short(t, 40),
  },
  {
    reason: 'newsletter',
    test: (t, s) =>
      /\b(?:newsletters?|subscribe|subscription|sign[ -]?up)\b/i.test(t) &&
      /\b(?:newsletters?|inbox|e-?mail|updates|offers|subscribe|our|free)\b/i.test(t) &&
      short(t, s.maxFurnitureWords * 2),
  },
  {
    reason: 'share-buttons',
    test: (t, s) => {
      const words = t.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
      return words.length > 0 && short(t, s.maxFurnitureWords) && words.every((w) => SOCIAL_WORDS.has(w)) && words.some((w) => SOCIAL_BUTTONS.has(w));
    },
  },
  {
    reason: 'comment-form',
    endsArticle: 'comments',
    test: (t, s) =>
      /^(?:leave a (?:reply|comment)|post (?:a )?comment|add (?:a |your )?comment|\d+ comments?|comments?|reply|be the first to comment)\W*$/i.test(t) ||
      (/your email address will not be published|required fields are marked|notify me of (?:new|follow-up)|log in to (?:comment|reply)|you must be logged in/i.test(t) && short(t, s.maxFurnitureWords * 2)),
  },
  {
    reason: 'advert',
    test: (t) => /^[\W_]*(?:advertisements?|advertising|ads?|sponsored(?: content)?|report this ad|promoted|partner content)[\W_]*$/i.test(t),
  },
  {
    reason: 'navigation',
    test: (t, s) =>
      NAVIGATION_LABELS.test(t.replace(/^[•·▪▫◦‣►▸*\s]+|[\s»›→▸>|]+$/gu, '')) ||
      (/^(?:[•·▪▫◦‣►▸*]\s*)?(?:skip to|jump to|back to top|go to top|return to top)\b/i.test(t) && short(t, 6)) ||
      (/\shomepage$/i.test(t) && short(t, s.maxSiteWords + 1)),
  },
  {
    reason: 'call-to-action',
    test: (t) => /\bclick here\b/i.test(t) && short(t, 20),
  },
  {
    reason: 'donation',
    test: (t) =>
      short(t, 30) &&
      /^(?:please\s+)?donate\b|\bdonate (?:now|today|via|here|to us|online)\b|\bpaypal\b|support (?:independent|our|quality) journalism|make (?:the )?checks? out|checks? should be made (?:out|payable)/i.test(t),
  },
  {
    reason: 'address',
    test: (t) =>
      short(t, 10) &&
      (/\bP\.?\s?O\.?\s?Box\b/i.test(t) || /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/.test(t) || /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/.test(t)),
  },
  {
    reason: 'tags',
    test: (t) => /^(?:filed under|tags?|tagged(?: with)?|categor(?:y|ies)|posted in|topics?|keywords?)\s*:/i.test(t),
  },
  {
    reason: 'menu',
    test: (t, s) => /^[•·▪▫◦‣►▸*]\s*\S/u.test(t) && short(t, s.maxMenuItemWords),
  },
  {
    reason: 'related',
    endsArticle: 'related',
    test: (t, s) => short(t, s.maxSectionHeadingWords) && SECTION_HEADING.test(t.replace(/^[\W_]+/u, '')),
  },
];

/** The first rule that claims the line, or null when the line may be article text. */
export function matchLineRule(text: string, settings: TextSettings = TEXT_SETTINGS, rules: LineRule[] = LINE_RULES): LineRule | null {
  for (const rule of rules) if (rule.test(text, settings)) return rule;
  return null;
}

export function ruleByReason(reason: string): LineRule {
  const rule = LINE_RULES.find((r) => r.reason === reason);
  if (!rule) throw new Error(`no line rule named '${reason}'`);
  return rule;
}

const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/**
 * Prose is what an article is made of: a sentence of a few words that ends like a sentence, or a
 * line long enough to be a paragraph that lost its full stop. Title Case lines are headlines.
 */
export function isProse(text: string, settings: TextSettings = TEXT_SETTINGS): boolean {
  // Chinese and Japanese do not space words; two characters stand in for one word.
  const words = Math.max(wordCount(text), Math.floor((text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) / 2));
  if (words >= settings.minRunOnWords) return words >= settings.maxHeadlineWords || !isTitleCase(text) || SENTENCE_END.test(text);
  return words >= settings.minSentenceWords && SENTENCE_END.test(text);
}
