// Recognition: the longest capitalised span at a point that passes the span rules and has a believable
// candidate; how believable a candidate must be depends on where the word stands and on the article's countries.

import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { articleFreeTokens, foldName } from './normalize.js';
import { REGION_WORDS, SETTLEMENT_WORDS } from './words.js';
import { SPAN_RULES } from './span-rules.js';
import { containerAfter, hintAround, isCapitalised, isDateline, isSentenceInitial } from './text-reading.js';
import type { ArticleContext, Span, Token } from './resolution-types.js';

/** Longest place name tried, in words ('Ras al Ain' is 3; nothing we need is longer than 'Deir ez Zor city'). */
export const MAX_NAME_TOKENS = 4;
/** A lone capitalised word is a town of at least this many people before we believe it out of the article's countries. */
export const MIN_POPULATION_SINGLE_WORD = 5_000;
/** A lone word at a sentence start may be an ordinary word: a real city, or a sizeable town in the article's countries. */
export const MIN_POPULATION_SENTENCE_START = 100_000;
export const MIN_POPULATION_SENTENCE_START_IN_CONTEXT = 10_000;
/** A lone word inside a longer capitalised run is most often part of a person's or body's name ('Dean Heller',
 *  'Missiles Hit Israeli Refinery'): only a great city, or a city of the article's countries, spelled exactly. */
export const MIN_POPULATION_INSIDE_RUN = 1_000_000;
export const MIN_POPULATION_INSIDE_RUN_IN_CONTEXT = 100_000;
/** Loose (article-free, skeleton) single-word matches collide with names from everywhere: out of context, only great cities. */
export const MIN_POPULATION_LOOSE_OUT_OF_CONTEXT = 1_000_000;
/** Words that open a sentence rather than a name ('In Deir Ez Zour'): a span starting with one must match exactly. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set('the in on at of for with from by to and or but a an this that as after before'.split(' '));

/** Whether a candidate is believable for this span at all, before comparing candidates. */
export function admissible(entry: GazetteerEntry, span: Span, ctx: ArticleContext): boolean {
  const { place, matchedBy } = entry;
  const inContext = ctx.countries.has(place.countryCode);
  const exact = matchedBy === 'name' || matchedBy === 'alternate';
  if (place.featureCode === 'PCLI') return exact || inContext;
  if (span.startsWithFunctionWord && !exact) return false;
  if (span.words > 1) {
    // Two name words spelled alike are rarely a coincidence: loose spellings of real towns pass without context.
    if (exact || inContext) return true;
    return matchedBy === 'article-free' ? place.population >= MIN_POPULATION_SINGLE_WORD : place.population >= MIN_POPULATION_SENTENCE_START;
  }
  if (span.position === 'inside-run') {
    return exact && (place.population >= MIN_POPULATION_INSIDE_RUN || (inContext && place.population >= MIN_POPULATION_INSIDE_RUN_IN_CONTEXT));
  }
  if (!exact && !inContext) return span.position === 'free' && place.population >= MIN_POPULATION_LOOSE_OUT_OF_CONTEXT;
  if (span.position === 'sentence-start') {
    // 'There' is loosely 'Tire': at a sentence start only exact spellings, or the article-free form of a place in context.
    if (!exact && matchedBy !== 'article-free') return false;
    return place.population >= MIN_POPULATION_SENTENCE_START || (inContext && place.population >= MIN_POPULATION_SENTENCE_START_IN_CONTEXT);
  }
  return inContext || place.population >= MIN_POPULATION_SINGLE_WORD;
}

/** The longest span starting at run[i] that passes the rules and has an admissible candidate, or null. */
export function longestPlaceAt(run: Token[], i: number, ctx: ArticleContext, gazetteer: Gazetteer): Span | null {
  const first = run[i];
  if (!isCapitalised(first.text) && ctx.text[first.end] !== '-') return null;
  for (let n = Math.min(MAX_NAME_TOKENS, run.length - i); n >= 1; n--) {
    const tokens = run.slice(i, i + n);
    if (!isCapitalised(tokens[n - 1].text)) continue;
    const start = first.start;
    const end = tokens[n - 1].end;
    const words = articleFreeTokens(foldName(ctx.text.slice(start, end))).length;
    // Region and settlement words ('Idlib Province', 'Raqqa City') do not make a run a longer name.
    const runWords = run.filter((t) => !REGION_WORDS.has(t.text.toLowerCase()) && !SETTLEMENT_WORDS.has(t.text.toLowerCase())).length;
    const position = words > 1 ? 'free' : runWords > n ? 'inside-run' : isSentenceInitial(ctx.text, start) ? 'sentence-start' : 'free';
    const span: Span = {
      start,
      end,
      text: ctx.text.slice(start, end),
      tokens,
      hint: hintAround(ctx.text, start, end),
      dateline: isDateline(ctx.text, start, end),
      container: containerAfter(ctx.text, end, gazetteer),
      words,
      position,
      startsWithFunctionWord: n > 1 && FUNCTION_WORDS.has(first.text.toLowerCase()),
      entries: [],
    };
    if (SPAN_RULES.some((rule) => rule.rejects(span, ctx))) continue;
    span.entries = gazetteer.lookup(span.text).filter((e) => admissible(e, span, ctx));
    if (span.entries.length > 0) return span;
  }
  return null;
}
