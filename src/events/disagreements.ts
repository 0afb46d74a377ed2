// What the sources of one event say that can be compared: the counts they give, and where they
// disagree (dates or counts that cannot all be true), each value with the sentences that give it.
import type { Disagreement, EventFigure, SentenceRef } from '../model.js';
import { figuresCompatible } from './numbers.js';
import type { DraftMember } from './index.js';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function figureOf(m: DraftMember, f: DraftMember['figures'][number]): EventFigure {
  const out: EventFigure = { unit: f.unit, value: f.value, bound: f.bound ?? 'exact', text: f.text ?? `${f.value} ${f.unit}`, source: { pageId: m.ref.pageId, sentence: m.ref.sentence } };
  if (f.high !== undefined) out.high = f.high;
  return out;
}

/** How a figure is shown among disagreeing values: '23 killed', 'at least 23 killed', '20-30 wounded'. */
function figureLabel(f: EventFigure): string {
  const qualifier = { exact: '', 'at-least': 'at least ', 'at-most': 'up to ', about: 'about ' }[f.bound];
  return `${qualifier}${f.value}${f.high !== undefined ? `-${f.high}` : ''} ${f.unit}`;
}

export function eventFigures(members: DraftMember[]): EventFigure[] {
  return members.flatMap((m) => m.figures.map((f) => figureOf(m, f)));
}

/**
 * Dates that differ, and counts of one thing that cannot all be true ('at least 23' and 17 killed;
 * not 'at least 17' and 23), between different pages: each value with the sources that give it.
 */
export function disagreementsOf(members: DraftMember[], figures: EventFigure[]): Disagreement[] {
  const out: Disagreement[] = [];
  const dates = new Map<string, SentenceRef[]>();
  for (const m of members) {
    const ref = { pageId: m.ref.pageId, sentence: m.ref.sentence };
    if (m.dateValue !== undefined) dates.set(m.dateValue, [...(dates.get(m.dateValue) ?? []), ref]);
  }
  // '2017-09' and '2017-09-05' can both be true (a month and a day inside it); '2017-09-05' and '2017-09-06' cannot.
  const values = [...dates.keys()];
  const clash = values.some((a, i) => values.some((b, j) => j > i && !a.startsWith(b) && !b.startsWith(a)));
  if (clash) out.push({ kind: 'date', values: [...dates].map(([value, sources]) => ({ value, sources })) });
  const byUnit = new Map<string, EventFigure[]>();
  for (const f of figures) push(byUnit, f.unit, f);
  for (const [, list] of [...byUnit].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const clash = list.some((a, i) => list.some((b, j) => j > i && a.source.pageId !== b.source.pageId && !figuresCompatible(a, b)));
    if (!clash) continue;
    const byLabel = new Map<string, SentenceRef[]>();
    for (const f of list) push(byLabel, figureLabel(f), f.source);
    out.push({ kind: 'number', values: [...byLabel].map(([value, sources]) => ({ value, sources })) });
  }
  return out;
}

/** ACLED codes the most conservative report: the lowest count of the killed that any source allows. */
export function fatalitiesOf(figures: EventFigure[]): EventFigure | undefined {
  return figures.filter((f) => f.unit === 'killed').sort((a, b) => a.value - b.value)[0];
}
