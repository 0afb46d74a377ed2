import type { Gazetteer } from '../../../src/analyze/places/gazetteer.js';
import { resolveSpans } from '../../../src/analyze/places/resolve.js';

/** Resolves every occurrence of each phrase, as a gold annotation would mark it. */
export function resolvePhrases(text: string, phrases: string[], gazetteer: Gazetteer) {
  const spans = phrases.flatMap((p) => {
    const out: { start: number; end: number }[] = [];
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) out.push({ start: at, end: at + p.length });
    return out;
  });
  return resolveSpans(text, spans, gazetteer);
}
