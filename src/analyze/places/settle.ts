// Settling an article's spans together: a first pass alone, the clear winners lent to the context, a second
// pass with their help, then lists and holders.

import type { Place } from '../../model.js';
import type { Gazetteer } from './gazetteer.js';
import { addMajorityContext } from './article-context.js';
import { CONFIDENT_MARGIN } from './confidence.js';
import { cooccurrenceSupport } from './cooccurrence.js';
import { alignEnumerations } from './enumerations.js';
import { placedInHolders } from './holders.js';
import { BROAD_FEATURES, isNamedArea } from './place-kinds.js';
import { choose } from './scoring.js';
import type { ArticleContext, Choice, Span } from './resolution-types.js';

/** A state or country written by its own name is rarely a namesake town ('Virginia', not Virginia, Free
 *  State): a smaller lead suffices for it to set the article's country and state. */
export const AREA_CONFIDENT_MARGIN = 0.3;

/**
 * Resolve recognised spans together. Pass 1 chooses for each span alone; the clear winners then lend their
 * countries, divisions and positions to the article context, and pass 2 chooses again with that help.
 */
export function settle(spans: Span[], ctx: ArticleContext, gazetteer: Gazetteer): (Choice | null)[] {
  ctx.support = cooccurrenceSupport(spans, gazetteer);
  const first = spans.map((span) => (span.entries.length > 0 ? choose(span, ctx, [], gazetteer) : null));
  addMajorityContext(first, ctx, gazetteer);
  const anchors: Place[] = [];
  first.forEach((choice, i) => {
    if (choice === null || spans[i].position !== 'free') return;
    if (choice.margin < (isNamedArea(choice.entry) ? AREA_CONFIDENT_MARGIN : CONFIDENT_MARGIN)) return;
    const place = choice.entry.place;
    if (place.countryCode !== '') ctx.countries.add(place.countryCode);
    // A town or state chosen with confidence is independent evidence for its country; the country itself is not.
    if (place.featureCode !== 'PCLI') ctx.namedOnly.delete(place.countryCode);
    if (place.featureCode === 'ADM1') {
      const region = gazetteer.regionOf?.(place);
      if (region !== undefined) ctx.regions.add(region);
    }
    if (!BROAD_FEATURES.has(place.featureCode) && !anchors.some((a) => a.id === place.id)) anchors.push(place);
  });
  const second = spans.map((span) => (span.entries.length > 0 ? choose(span, ctx, anchors, gazetteer) : null));
  return placedInHolders(spans, alignEnumerations(spans, second, ctx.text), ctx, gazetteer);
}
