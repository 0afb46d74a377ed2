// How sure a mention's resolution is, from the kind of match, the lead over the runner-up and where the
// name stands.

import type { MatchKind } from './gazetteer.js';
import type { Choice, Span } from './resolution-types.js';

/** A name whose best candidate leads the next by this much is unambiguous and anchors the second pass. */
export const CONFIDENT_MARGIN = 0.8;

/** Confidence by kind of match, before ambiguity and position lower it. */
export const MATCH_CONFIDENCE: Record<MatchKind, number> = { name: 0.95, alternate: 0.9, 'article-free': 0.8, skeleton: 0.65 };
/** 'Deir ez-Zor province' resolves to the city (cities500 has no provinces): right area, not the exact entity. */
export const REGION_CONFIDENCE_FACTOR = 0.6;
/** Sentence-initial words and words inside a longer capitalised run might be ordinary words or people. */
export const WEAK_POSITION_CONFIDENCE_FACTOR = 0.8;

export function confidenceOf(span: Span, choice: Choice): number {
  let c = MATCH_CONFIDENCE[choice.entry.matchedBy];
  if (choice.margin !== Infinity) c *= 0.75 + 0.25 * Math.min(1, choice.margin / CONFIDENT_MARGIN);
  if (span.hint === 'region' && choice.entry.place.featureCode.startsWith('PPL')) c *= REGION_CONFIDENCE_FACTOR;
  if (span.position !== 'free') c *= WEAK_POSITION_CONFIDENCE_FACTOR;
  return Math.round(c * 100) / 100;
}
