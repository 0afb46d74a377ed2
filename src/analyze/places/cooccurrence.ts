// Co-occurrence: ambiguous names that have candidates beside each other settle each other, even when none
// of them is clear alone.

import type { Place } from '../../model.js';
import type { Gazetteer } from './gazetteer.js';
import { foldName } from './normalize.js';
import { distanceKm } from './distance.js';
import { NATURAL_OR_WIDE } from './place-kinds.js';
import type { Span } from './resolution-types.js';

/** How near another name's candidate must lie to count as beside it. */
export const COOCCURRENCE_RADIUS_KM = 60;

/** Names with more candidates than this ('Springfield') are too common to lend support. */
export const COOCCURRENCE_MAX_CANDIDATES = 80;

/**
 * For every point-like candidate, how many other names of the article (distinct spellings of distinct
 * places) have a candidate near it, or a division holding it. Ambiguous names settle each other this way
 * even when none of them is clear on its own.
 */
export function cooccurrenceSupport(spans: Span[], gazetteer: Gazetteer): Map<string, number> {
  const byName = new Map<string, Place[]>();
  for (const span of spans) {
    const key = foldName(span.text);
    if (byName.has(key) || span.entries.length === 0 || span.entries.length > COOCCURRENCE_MAX_CANDIDATES) continue;
    byName.set(key, span.entries.map((e) => e.place).filter((p) => p.featureCode !== 'PCLI' && !NATURAL_OR_WIDE.has(p.featureCode)));
  }
  const names = [...byName.values()];
  const support = new Map<string, number>();
  names.forEach((candidates, i) => {
    for (const place of candidates) {
      if (place.featureCode === 'ADM1' || support.has(place.id)) continue;
      const region = gazetteer.regionOf?.(place);
      let n = 0;
      names.forEach((others, j) => {
        if (j === i) return;
        const near = others.some((o) =>
          o.id !== place.id && (o.featureCode === 'ADM1' ? region !== undefined && gazetteer.regionOf?.(o) === region : distanceKm(o, place) <= COOCCURRENCE_RADIUS_KM),
        );
        if (near) n++;
      });
      if (n > 0) support.set(place.id, n);
    }
  });
  return support;
}
