// Tokenised corpora (MEANTIME and SemEval CAT files, ECB+) back to the prose a page would print, with
// each token's offset in it, so that the pipeline reads text as it reads pages and gold tokens can be
// found in our sentences.
import type { Article } from '../src/model.js';
import { joinParagraphs } from '../src/extract/paragraphs.js';

/** Tokens written without a space before them: closing punctuation and clitics. */
const NO_SPACE_BEFORE = /^([.,;:!?%)\]}/-]|\.\.\.|''|”|’|'(s|re|ve|ll|d|m)?|n't)$/i;
/** Tokens written without a space after them: opening brackets, currency signs, opening quotes, joiners. */
const NO_SPACE_AFTER = /^([([{$£€#/-]|US\$|``|“|‘)$/;
/** What follows a split apostrophe ('Lohan ’ s', 'that ’ s'). */
const CLITIC = /^(s|t|re|ve|ll|d|m)$/i;

/** PTB quote tokens written as the quotes a page shows. */
function surface(token: string): string {
  return token === '``' || token === "''" ? '"' : token;
}

/**
 * Joins one sentence's tokens as a page would print them. A plain '"' opens or closes a quotation in
 * turn; a split apostrophe before a clitic, a hyphen, a slash and the colon of a clock time join their
 * neighbours; the full stops of split initials ('a . m .') join too.
 */
export function joinTokens(tokens: string[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let quoteOpen = false;
  let glue = true;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    const plainQuote = t === '"';
    const apostrophe = (t === '’' || t === "'") && CLITIC.test(next);
    const clockColon = t === ':' && /^\d+$/.test(prev) && /^\d/.test(next);
    const closes = NO_SPACE_BEFORE.test(t) || (plainQuote && quoteOpen) || apostrophe || (CLITIC.test(t) && (prev === '’' || prev === "'") && glue);
    if (text && !glue && !closes) text += ' ';
    offsets.push(text.length);
    text += surface(t);
    glue = NO_SPACE_AFTER.test(t) || (plainQuote && !quoteOpen) || apostrophe || clockColon || (t === '.' && /^\p{L}$/u.test(prev) && /^\p{L}$/u.test(next));
    if (plainQuote) quoteOpen = !quoteOpen;
  });
  return { text, offsets };
}

/** The Article a crawled copy of a corpus document would give: its lines as paragraphs, its creation date as given. */
export function articleFromLines(pageId: string, lines: string[], meta: { title: string | null; site: string | null; dct: string | null }): Article {
  const { text, paragraphs } = joinParagraphs(lines.map((t) => ({ text: t })));
  const published = meta.dct ? { value: meta.dct, granularity: 'day' as const, evidence: { source: 'given', text: meta.dct }, confidence: 1 } : null;
  return { pageId, title: meta.title, site: meta.site, author: null, language: 'en', published, text, paragraphs, dropped: [] };
}
