// Line rules: each one recognises one kind of page furniture from the line's own text. They are
// tried in order and the first that fires names the reason the line is dropped. Whether a line
// that no rule claims is article text is decided later, from its place among the prose lines.
import { doubledHeadline, isTitleCase, wordCount } from '../title.js';
import { TEXT_SETTINGS, type TextSettings } from './settings.js';

export interface LineRule {
  /** The DroppedBlock reason this rule gives. */
  reason: string;
  test(text: string, settings: TextSettings): boolean;
  /** The most words a line this rule claims can have; longer lines skip the rule unread, which keeps the cleaner fast. */
  maxWords?(settings: TextSettings): number;
  /**
   * Set on headings after which the article is over (a related-links list, a comment thread):
   * the reason given to the lines that follow them.
   */
  endsArticle?: string;
}

const short = (text: string, maxWords: number): boolean => wordCount(text) <= maxWords;

/** Words that appear on share/follow button rows and nowhere else in such numbers. */
const SOCIAL_WORDS = new Set(
  'شارك مشاركة share shares tweet email e-mail mail print reddit facebook twitter x whatsapp telegram pinterest linkedin tumblr vk pocket flipboard messenger bluesky instagram youtube rss mastodon threads tiktok copy link save comment comments this article story on via follow us social media partager teilen compartir condividi compartilhar delen'.split(' '),
);
/** Of those, the ones that show a button row on their own ('Social Media' alone is a heading). */
const SOCIAL_BUTTONS = new Set('شارك مشاركة share partager teilen compartir condividi compartilhar delen tweet email e-mail print reddit facebook twitter whatsapp telegram pinterest linkedin tumblr vk flipboard bluesky instagram youtube rss mastodon'.split(' '));

/** Single-line navigation labels, matched against the whole line. */
const NAVIGATION_LABELS =
  /^(?:home|homepage|menu|main menu|search|search for|next|previous|prev|next article|previous article|more|read more|load more|show more|continue reading|log ?in|sign in|register|my account|contact|contact us|about|about us|privacy|privacy policy|cookie policy|terms|terms of use|terms of service|sitemap|all news|archives?|header right|header left|close|back|accueil|startseite|inicio|início|home page|follow us|permalink|disclaimer|sections|read later|caption|expand|enlarge|fullscreen|view gallery|suivez-nous|folgen sie uns|síguenos|siga-nos|تابعنا|الرئيسية|اتصل بنا|من نحن|kontakt|impressum|datenschutz|mentions légales|aviso legal|contacto|nous contacter)$/iu;

/** Headings that open lists of other stories. */
const SECTION_HEADING =
  /^(?:related(?:\s+[\p{L}'’]+){0,5}|top (?:stories|news|headlines)|most (?:popular|read|viewed|shared|commented)(?:\s+[\p{L}]+){0,4}|popular(?: now| posts| stories| articles| news| today)?|latest(?: news| stories| posts| articles| headlines)?|more (?:news|stories|headlines|from [\p{L}\s]+|on this (?:story|topic)|in [\p{L}\s]+)|read (?:next|also)|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|trending(?: now)?|partner news|other news(?:\s+[\p{L}]+){0,4}|also (?:read|on [\p{L}\s]+)|see also|editor'?s? picks|what to read next|in other news|further reading|(?:primary |secondary )?sidebar|footer|(?:à )?lire aussi|sur le même sujet|articles? liés|auch interessant|mehr zum thema|das könnte sie auch interessieren|noticias relacionadas|te puede interesar|leggi anche|leia também|lees ook|meer nieuws|more (?:great )?[\p{L}\s]{0,40}(?:stories|news|articles|videos|posts|reads)|top stories in [\p{L}\s]+|you (?:may|might) (?:also )?(?:enjoy|want to read)|vous aimerez (?:aussi|également)|voir aussi|à voir aussi|ver también|también te puede interesar|lo más (?:leído|visto)|você pode gostar|veja também|leia mais|weitere artikel|das könnte dich auch interessieren|meistgelesen|potrebbe interessarti|ti potrebbe interessare|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|أخبار ذات صلة|الأكثر قراءة|читайте также|самые популярные(?:\s+[\p{L}]+)?|похожие статьи)\s*(?:\.\.\.|…)?\s*:?$/iu;

/** 'Related coverage from Money:', a longer related-links heading that ends in a colon. */
const RELATED_LEAD = /^(?:related|more|see more|read more|also read)\b[^.!?]{0,80}:$/i;
/** 'More Daily Planet', 'More World': a site or section name after 'More', written in capitals (no i flag on purpose). */
const MORE_FROM_NAME = /^More\s+\p{Lu}[\p{L}.'’&]*(?:\s+\p{Lu}[\p{L}.'’&]*){0,3}$/u;

/** 'About Jane Roe', 'Über den Autor': the author box that follows an article. */
const AUTHOR_BOX =
  /^(?:about|über|sobre|à propos de|a proposito di|acerca de|over)\s+(?:the author|den autor|die autorin|el autor|la autora|o autor|a autora|l['’]auteur|l['’]autrice|the writer|de auteur)$/iu;
const ABOUT_NAME = /^(?:About|Über|Sobre|À propos de|Acerca de)\s+\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3}$/u;

/** Headings and counters that open a comment thread, in several languages. */
const COMMENT_HEADING =
  /^(?:[\[(]?\s*\d+\s+(?:comments?|responses?|replies|reactions|commentaires?|kommentare?|comentarios?|comentários?|commenti|reacties|комментари\p{L}*|تعليق\p{L}*)\b.*|(?:top rated|latest|newest|oldest|view|show|read|see|all|load|hide)\s+comments?.*|(?:commentaires|kommentare|comentarios|comentários|commenti|reacties|комментарии|отзывы|التعليقات|تعليقات)\s*(?:\(\d+\))?)\s*:?$/iu;
/** 'Alex on September 17, 2018 at 6:34 am said:': the header of one comment. */
const COMMENT_SIGNATURE = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?:said|says|wrote|a dit|schrieb|dijo|disse)\s*:?$/i;

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
    maxWords: (s) => s.maxFurnitureWords * 2,
    test: (t, s) => short(t, s.maxFurnitureWords * 2) && /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved/i.test(t),
  },
  {
    reason: 'cookies',
    maxWords: () => 40,
    test: (t) =>
      short(t, 40) &&
      ((/\bcookies?\b/i.test(t) &&
        /\b(?:use|uses|accept|consent|policy|settings|agree|browsing|experience|preferences|utilise|utilisons|accepter|accepte|verwendet|verwenden|akzeptieren|zustimmen|utiliza|utilizamos|usamos|aceptar|acepto)\b/i.test(t)) ||
        /ملفات تعريف الارتباط|الكوكيز/u.test(t)),
  },
  {
    reason: 'newsletter',
    maxWords: (s) => s.maxFurnitureWords * 2,
    test: (t, s) =>
      short(t, s.maxFurnitureWords * 2) &&
      ((/\b(?:newsletters?|subscribe|subscription|sign[ -]?up)\b/i.test(t) && /\b(?:newsletters?|inbox|e-?mail|updates|offers|subscribe|our|free)\b/i.test(t)) ||
        /\b(?:inscrivez-vous|abonnez-vous|s'abonner|abonnieren|suscr[ií]b(?:e|ete|irse)|suscripción)\b.*\b(?:newsletter|lettre|infolettre|boletín|noticias|e-?mail|courriel)\b|النشرة البريدية|اشترك في/iu.test(t)),
  },
  {
    reason: 'share-buttons',
    maxWords: (s) => s.maxFurnitureWords,
    test: (t, s) => {
      if (!short(t, s.maxFurnitureWords)) return false;
      const words = t.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
      if (/^click to (?:share|email|print|tweet|pin)\b/i.test(t) || (/^share (?:this|your|on)\b/i.test(t) && short(t, 8))) return true;
      return words.length > 0 && short(t, s.maxFurnitureWords) && words.every((w) => SOCIAL_WORDS.has(w)) && words.some((w) => SOCIAL_BUTTONS.has(w));
    },
  },
  {
    reason: 'comment-form',
    maxWords: (s) => s.maxFurnitureWords * 2,
    endsArticle: 'comments',
    test: (t, s) =>
      /^(?:leave a (?:reply|comment)|post (?:a )?comment|add (?:a |your )?comment|\d+ comments?|comments?|reply|be the first to comment|laisser un commentaire|laissez un commentaire|réagir|kommentar (?:schreiben|verfassen)|schreiben sie einen kommentar|deja (?:un|tu) comentario|dejar un comentario|escribe un comentario|أضف تعليق(?:ا|اً)?|اترك تعليق(?:ا|اً)?|اكتب تعليق(?:ا|اً)?)[^\p{L}\p{N}]*$/iu.test(t) ||
      (/your email address will not be published|required fields are marked|notify me of (?:new|follow-up)|log in to (?:comment|reply)|you must be logged in/i.test(t) && short(t, s.maxFurnitureWords * 2)) ||
      (COMMENT_HEADING.test(t) && short(t, s.maxFurnitureWords + 4)) ||
      (COMMENT_SIGNATURE.test(t) && short(t, s.maxFurnitureWords)),
  },
  {
    reason: 'photo-credit',
    maxWords: (s) => s.maxFurnitureWords,
    test: (t, s) =>
      short(t, s.maxFurnitureWords) &&
      (/^(?:image|photo|picture|slide|foto|bild)\s+\d+\s+(?:of|de|von|sur|di)\b/i.test(t) ||
        /^(?:photo|photos|image|images|picture|credit|photo credit|image credit|foto|fotos|bild|crédit photo|crédito|quelle|الصورة)\s*:\s*\S/iu.test(t) ||
        /\b(?:getty images|shutterstock|istockphoto|ap photo|afp photo)\b/i.test(t)),
  },
  {
    reason: 'advert',
    maxWords: (s) => s.maxFurnitureWords,
    test: (t) =>
      /^[^\p{L}\p{N}]*(?:advertisements?|advertising|ads?|sponsored(?: content)?|report this ad|promoted|partner content|publicité|annonce|anzeige|werbung|publicidad|anuncio|publicidade|pubblicità|إعلان|اعلان|إعلانات|реклама)[^\p{L}\p{N}]*$/iu.test(t),
  },
  {
    reason: 'navigation',
    maxWords: (s) => s.maxFurnitureWords,
    test: (t, s) =>
      NAVIGATION_LABELS.test(t.replace(/^[•·▪▫◦‣►▸*\s]+|[\s»›→▸>|]+$/gu, '')) ||
      (/^(?:[•·▪▫◦‣►▸*]\s*)?(?:skip to|jump to|back to top|go to top|return to top)\b/i.test(t) && short(t, 6)) ||
      (/\shomepage$/i.test(t) && short(t, s.maxSiteWords + 1)),
  },
  {
    reason: 'call-to-action',
    maxWords: () => 20,
    test: (t) => /\bclick here\b/i.test(t) && short(t, 20),
  },
  {
    reason: 'donation',
    maxWords: () => 30,
    test: (t) =>
      short(t, 30) &&
      /^(?:please\s+)?donate\b|\bdonate (?:now|today|via|here|to us|online)\b|\bpaypal\b|support (?:independent|our|quality) journalism|make (?:the )?checks? out|checks? should be made (?:out|payable)/i.test(t),
  },
  {
    reason: 'address',
    maxWords: () => 10,
    test: (t) =>
      short(t, 10) &&
      (/\bP\.?\s?O\.?\s?Box\b/i.test(t) || /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/.test(t) || /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/.test(t)),
  },
  {
    reason: 'tags',
    test: (t) =>
      /^(?:filed under|tags?|tagged(?: with)?|categor(?:y|ies)|posted in|topics?|keywords?|schlagwörter|schlagworte|étiquettes|mots-clés|etiquetas|palabras clave|الوسوم)\s*:/iu.test(t) ||
      /^(?:tags|schlagwörter|étiquettes|mots-clés|etiquetas|الوسوم)$/iu.test(t),
  },
  {
    reason: 'menu',
    maxWords: (s) => s.maxMenuItemWords,
    test: (t, s) => /^[•·▪▫◦‣►▸*]\s*\S/u.test(t) && short(t, s.maxMenuItemWords),
  },
  {
    reason: 'related',
    maxWords: (s) => s.maxSectionHeadingWords * 2,
    endsArticle: 'related',
    test: (t, s) =>
      (short(t, s.maxSectionHeadingWords) && (SECTION_HEADING.test(t.replace(/^[^\p{L}\p{N}]+/u, '')) || MORE_FROM_NAME.test(t))) ||
      (short(t, s.maxSectionHeadingWords * 2) && RELATED_LEAD.test(t)),
  },
  {
    reason: 'author-box',
    maxWords: (s) => s.maxSectionHeadingWords,
    endsArticle: 'author-box',
    test: (t) => AUTHOR_BOX.test(t) || ABOUT_NAME.test(t),
  },
];

/** The first rule that claims the line, or null when the line may be article text. */
export function matchLineRule(text: string, settings: TextSettings = TEXT_SETTINGS, rules: LineRule[] = LINE_RULES): LineRule | null {
  const words = wordCount(text);
  for (const rule of rules) if ((!rule.maxWords || words <= rule.maxWords(settings)) && rule.test(text, settings)) return rule;
  return null;
}

export function ruleByReason(reason: string): LineRule {
  const rule = LINE_RULES.find((r) => r.reason === reason);
  if (!rule) throw new Error(`no line rule named '${reason}'`);
  return rule;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** A cheap first look: Han and kana all sit at or above U+2E80. */
const CJK_RANGE = /[\u2e80-\u9fff\uf900-\ufaff]/;
const TEASER_END = /(?:\.\.\.|…)\s*(?:\p{Lu}[\p{L}\s]{0,15})?$/u;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/**
 * Prose is what an article is made of: a sentence of a few words that ends like a sentence, or a
 * line long enough to be a paragraph that lost its full stop. Title Case lines are headlines.
 */
export function isProse(text: string, settings: TextSettings = TEXT_SETTINGS): boolean {
  // Chinese and Japanese do not space words; two characters stand in for one word.
  // A line cut off with an ellipsis is a teaser for another page, not a paragraph of this one.
  if (TEASER_END.test(text)) return false;
  let words = wordCount(text);
  if (CJK_RANGE.test(text)) words = Math.max(words, Math.floor((text.match(CJK)?.length ?? 0) / 2));
  if (words >= settings.minRunOnWords) return words >= settings.maxHeadlineWords || !isTitleCase(text) || SENTENCE_END.test(text);
  return words >= settings.minSentenceWords && SENTENCE_END.test(text);
}
