// TempEval-3 scoring of TIMEX3 annotations, computed as the task's official scorer does
// (evaluate_entities.py of the TempEval-3 toolkit, UzZaman et al. 2013; read in the copy kept in
// CogComp/cogcomp-nlp, temporal-normalizer/tools/evaluation-entities/):
// - the document creation time (tid t0 / functionInDocument CREATION_TIME) is not scored;
// - a system timex and a gold timex that overlap are one relaxed match (the toolkit's normaliser
//   gives them one id, so each gold and each system timex is matched at most once);
// - a relaxed match whose text is the same is a strict match;
// - counts are summed over all documents before P, R and F1 are taken (micro average);
// - attribute F1 (value, type) = relaxed F1 x (matches with the right attribute / relaxed matches).

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimemlDoc {
  id: string;
  /** The text inside <TEXT>, tags removed: every offset points into it. */
  text: string;
  /** The document creation time's value ('1998-11-20T19:30' or '1998-11-20'). */
  dct: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);
}

function attribute(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : '';
}

/** Reads a TimeML file: the DCT and the TIMEX3s of its TEXT, with offsets into the tag-free text. */
export function parseTimeml(id: string, xml: string): TimemlDoc {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dct = dctTag ? attribute(dctTag[0], 'value') : '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { start: number; type: string; value: string; creation: boolean } | null = null;
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (!piece.startsWith('<')) { text += decodeEntities(piece); continue; }
    if (piece.startsWith('<TIMEX3')) {
      open = { start: text.length, type: attribute(piece, 'type'), value: attribute(piece, 'value'), creation: /CREATION_TIME/.test(piece) };
    } else if (piece.startsWith('</TIMEX3') && open) {
      if (!open.creation) timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: open.type, value: open.value });
      open = null;
    }
  }
  return { id, text, dct, timexes };
}

export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 });

/** One document's counts: each gold timex takes the first unmatched system timex that overlaps it. */
export function countMatches(gold: Timex[], system: Timex[]): TimexCounts & { pairs: [Timex, Timex][] } {
  const used = new Set<number>();
  const pairs: [Timex, Timex][] = [];
  const counts = { ...emptyCounts(), gold: gold.length, system: system.length };
  for (const g of gold) {
    const j = system.findIndex((s, i) => !used.has(i) && s.start < g.end && g.start < s.end);
    if (j < 0) continue;
    used.add(j);
    const s = system[j];
    pairs.push([g, s]);
    counts.relaxed++;
    if (s.text.trim() === g.text.trim()) counts.strict++;
    if (s.value === g.value) counts.value++;
    if (s.type === g.type) counts.type++;
  }
  return { ...counts, pairs };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed, value: a.value + b.value, type: a.type + b.type,
  };
}

export interface TimexScores {
  strictP: number; strictR: number; strictF1: number;
  relaxedP: number; relaxedR: number; relaxedF1: number;
  valueF1: number; typeF1: number;
  valueAccuracy: number; typeAccuracy: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreCounts(c: TimexCounts): TimexScores {
  const strictP = ratio(c.strict, c.system);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.system);
  const relaxedR = ratio(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAccuracy = ratio(c.value, c.relaxed);
  const typeAccuracy = ratio(c.type, c.relaxed);
  return {
    strictP, strictR, strictF1: f1(strictP, strictR),
    relaxedP, relaxedR, relaxedF1,
    valueF1: relaxedF1 * valueAccuracy, typeF1: relaxedF1 * typeAccuracy,
    valueAccuracy, typeAccuracy,
  };
}
