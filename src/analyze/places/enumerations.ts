// Names listed together ('Mali, Niger and Chad') are read as one kind.

import type { Place } from '../../model.js';
import type { Choice, Span } from './resolution-types.js';

/** What may stand between two names of one enumeration ('Mali, Niger and Senegal'). */
export const ENUMERATION_GAP = /^\s*(?:,|;|,?\s+and|,?\s+or|&)\s*$/;
/** Share of an enumeration's other names that must be of one kind before a name is read as that kind too. */
export const ENUMERATION_MAJORITY = 0.5;
/** Kinds of place that enumerations hold: 'Mali, Niger and Senegal' are countries; 'Alberta, Manitoba, Ontario' provinces. */
export const ENUMERATION_KINDS: ReadonlySet<string> = new Set(['PCLI', 'ADM1']);

/**
 * Names listed together are of one kind: in 'Guinea, Mali, Niger and Senegal' each is a country, and in
 * 'Alberta, Manitoba, Ontario and New Brunswick' each a province of one country. A name whose choice breaks
 * from the kind most of its list shares takes its best candidate of that kind, where it has one.
 */
export function alignEnumerations(spans: Span[], choices: (Choice | null)[], text: string): (Choice | null)[] {
  const out = [...choices];
  const groups: number[][] = [];
  let group: number[] = [];
  // Given spans may come in any order; lists are read in text order.
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  for (const i of order) {
    if (choices[i] === null) continue;
    const last = group[group.length - 1];
    if (last !== undefined && !(spans[last].end <= spans[i].start && ENUMERATION_GAP.test(text.slice(spans[last].end, spans[i].start)))) {
      groups.push(group);
      group = [];
    }
    group.push(i);
  }
  groups.push(group);
  for (const members of groups) {
    if (members.length < 2) continue;
    for (const i of members) {
      const others = members.filter((j) => j !== i).map((j) => choices[j]!.entry.place);
      const kind = majorityKind(others);
      if (kind === null || choices[i]!.entry.place.featureCode === kind.featureCode && (kind.featureCode === 'PCLI' || choices[i]!.entry.place.countryCode === kind.countryCode)) continue;
      const fitting = spans[i].entries.find((e) => e.place.featureCode === kind.featureCode && (kind.featureCode === 'PCLI' || e.place.countryCode === kind.countryCode));
      if (fitting !== undefined) out[i] = { entry: fitting, margin: 0 };
    }
  }
  return out;
}

/** The kind ('PCLI', or 'ADM1' of one country) most of the places share, when more than half do. */
export function majorityKind(places: Place[]): { featureCode: string; countryCode: string } | null {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (!ENUMERATION_KINDS.has(p.featureCode)) continue;
    const key = p.featureCode === 'PCLI' ? 'PCLI|' : `ADM1|${p.countryCode}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) {
    if (n > places.length * ENUMERATION_MAJORITY) {
      const [featureCode, countryCode] = key.split('|');
      return { featureCode, countryCode };
    }
  }
  return null;
}
