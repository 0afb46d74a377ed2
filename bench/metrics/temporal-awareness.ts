// Temporal awareness (UzZaman & Allen, ACL 2011; the TempEval-3 form, UzZaman et al. 2013) of
// SemEval-2015 Task 4 timelines (TimeLine, Minard et al. 2015), written from the papers' definitions
// and the task's description of its scorer, not from the official code:
//
//   P = |Sys⁻ ∩ Ref⁺| / |Sys⁻|      R = |Ref⁻ ∩ Sys⁺| / |Ref⁻|      F1 = 2PR / (P + R)
//
// where G⁺ is the temporal closure of a graph and G⁻ its reduced graph (the closure with every
// relation that the others imply taken out): a system relation counts when the gold closure holds
// it, a gold relation when the system closure holds it. Counts are summed over the timelines of a
// set before P and R are taken (the task's micro average).
//
// From a timeline to a graph (the task's "ordering and time anchors" conversion):
// - every mention (`docid-sentence-token`) is an event; every distinct time anchor (date) is a TIMEX3;
// - every event is SIMULTANEOUS with its line's anchor; events of one rank are SIMULTANEOUS (the
//   mentions of one line, coreferent, are so too), and an event of a lower rank is BEFORE every
//   event of a higher one. Timexes are related to one another only through closure.
// Choices the task leaves open, each written down here:
// 1. Rank 0 is the task's place for events that can be neither anchored nor ordered: its events get
//    no relation at all (nothing to verify, nothing to reward). An undated anchor (XXXX-XX-XX) on a
//    rank above 0 is ordered by its rank and has no TIMEX3.
// 2. Dates are read leniently, as the trial gold writes them: '1968' = '1968-XX-XX', '2006-03' =
//    '2006-03-XX', 'XXX-XX-XX' = 'XXXX-XX-XX'. Two anchors are one TIMEX3 when their normalised
//    strings are equal (so 2005-01-XX and 2005-01-18 are two, ordered by the ranks they stand at).
// 3. A date at several ranks (the trial gold has four: two events of one day told in order) would
//    make the conversion contradict itself (SIMULTANEOUS with one anchor, yet BEFORE each other).
//    The rank order wins: the anchor joins the lowest rank that carries it, and the events of the
//    later ranks with that date are after it.
// 4. Mentions are matched by their exact string, the token part case-folded. A mention written twice
//    in one timeline (a gold slip) is kept at its lowest rank above 0. Fields that are dates (a line
//    run into the next one in the gold, '...travelling8\t2007-03-19\t...') are not mentions; other
//    malformed fields are kept as the mentions they spell, and so never match.
// 5. The reduced graph is a spanning tree of the closure, built the way the conversion writes its
//    relations: per rank, each event SIMULTANEOUS with its anchor, the anchor groups and the undated
//    events of the rank joined by SIMULTANEOUS between their first events, and BEFORE between the
//    first events of consecutive ranks (first = in file order). A graph with n related nodes has
//    n - 1 reduced relations. Which spanning tree is taken changes what a partial answer scores;
//    the closure variant (mode 'closure', P = |Sys⁺ ∩ Ref⁺| / |Sys⁺|, R likewise) depends on no
//    such choice and is reported beside it.

export type Relation = 'BEFORE' | 'SIMULTANEOUS';

export interface TimelineLine {
  rank: number;
  /** Normalised: YYYY-MM-DD, YYYY-MM-XX, YYYY-XX-XX or XXXX-XX-XX. */
  date: string;
  mentions: string[];
}

export interface ParsedTimeline {
  /** The target entity, as the first line of a timeline file names it. */
  entity: string;
  lines: TimelineLine[];
}

const UNDATED = 'XXXX-XX-XX';
const DATE_FIELD = /^(\d{4}|X{3,4})(-(\d{2}|XX)){0,2}$/;

/** A time anchor in the task's form: '1968' -> '1968-XX-XX', '2006-03' -> '2006-03-XX', 'XXX-XX-XX' -> undated. */
export function normalizeDate(raw: string): string {
  const parts = raw.trim().split('-');
  if (!DATE_FIELD.test(raw.trim()) || /^X+$/.test(parts[0])) return UNDATED;
  while (parts.length < 3) parts.push('XX');
  return parts.join('-');
}

/** A mention id with its token case-folded: '3307-0-Launches' and '3307-0-launches' are one. */
export function mentionKey(mention: string): string {
  const m = /^(\d+)-(\d+)-(.+)$/.exec(mention.trim());
  return m ? `${m[1]}-${Number(m[2])}-${m[3].toLowerCase()}` : mention.trim().toLowerCase();
}

/** Reads a timeline file: the entity on the first line, then `rank \t date \t mention [\t mention ...]`. */
export function parseTimeline(text: string): ParsedTimeline {
  const rows = text.split(/\r?\n/);
  const entity = (rows[0] ?? '').trim();
  const lines: TimelineLine[] = [];
  for (const row of rows.slice(1)) {
    const fields = row.split('\t').map((f) => f.trim()).filter(Boolean);
    if (fields.length < 3 || !/^\d+$/.test(fields[0])) continue;
    const mentions = fields.slice(2).filter((f) => !DATE_FIELD.test(f)).map(mentionKey);
    if (mentions.length) lines.push({ rank: Number(fields[0]), date: normalizeDate(fields[1]), mentions });
  }
  return { entity, lines };
}

/** Writes a timeline in the task's format. */
export function formatTimeline(timeline: ParsedTimeline): string {
  return [timeline.entity, ...timeline.lines.map((l) => [String(l.rank), l.date, ...l.mentions].join('\t'))].join('\n') + '\n';
}

/** A timeline as a graph: its related nodes in totally ordered classes (one per rank above 0). */
export interface TemporalGraph {
  /** node -> index of its class; anchors are written 'T:<date>'. */
  classOf: Map<string, number>;
  /** The reduced graph, as relation keys (see relationKey). */
  reduced: string[];
  /** Class sizes, in rank order. */
  sizes: number[];
}

const timexNode = (date: string) => `T:${date}`;

/** 'BEFORE a b' (a before b) or 'SIMULTANEOUS a b' with a < b: one key whichever way a relation is written. */
export function relationKey(relation: Relation, a: string, b: string): string {
  if (relation === 'SIMULTANEOUS' && b < a) [a, b] = [b, a];
  return `${relation} ${a} ${b}`;
}

export function timelineGraph(lines: TimelineLine[]): TemporalGraph {
  // Choice 4: each mention at its lowest rank above 0, in file order.
  const placed = new Map<string, TimelineLine>();
  for (const line of lines) {
    if (line.rank <= 0) continue;
    for (const m of line.mentions) {
      const before = placed.get(m);
      if (!before || line.rank < before.rank) placed.set(m, line);
    }
  }
  const ranks = [...new Set([...placed.values()].map((l) => l.rank))].sort((a, b) => a - b);
  const classIndex = new Map(ranks.map((r, i) => [r, i]));
  const classOf = new Map<string, number>();
  // Choice 3: an anchor joins the lowest rank that carries it.
  const anchorRank = new Map<string, number>();
  for (const [m, line] of placed) {
    classOf.set(m, classIndex.get(line.rank)!);
    const known = anchorRank.get(line.date);
    if (line.date !== UNDATED && (known === undefined || line.rank < known)) anchorRank.set(line.date, line.rank);
  }
  for (const [date, rank] of anchorRank) classOf.set(timexNode(date), classIndex.get(rank)!);

  // Choice 5: the reduced graph, class by class in file order.
  const members: string[][] = ranks.map(() => []);
  for (const [m] of placed) members[classOf.get(m)!].push(m);
  const reduced: string[] = [];
  members.forEach((events, c) => {
    const components = new Map<string, string>(); // anchor (or the event itself) -> first event
    for (const m of events) {
      const date = placed.get(m)!.date;
      const anchored = date !== UNDATED && classOf.get(timexNode(date)) === c;
      if (anchored) reduced.push(relationKey('SIMULTANEOUS', m, timexNode(date)));
      const group = anchored ? timexNode(date) : m;
      if (!components.has(group)) components.set(group, m);
    }
    const firsts = [...components.values()];
    for (const other of firsts.slice(1)) reduced.push(relationKey('SIMULTANEOUS', firsts[0], other));
    if (c > 0) reduced.push(relationKey('BEFORE', members[c - 1][0], events[0]));
  });
  const sizes = ranks.map(() => 0);
  for (const c of classOf.values()) sizes[c]++;
  return { classOf, reduced, sizes };
}

/** Whether a graph's closure holds a relation (given as a key). */
export function holds(graph: TemporalGraph, key: string): boolean {
  const [relation, a, b] = key.split(' ');
  const ca = graph.classOf.get(a);
  const cb = graph.classOf.get(b);
  if (ca === undefined || cb === undefined) return false;
  return relation === 'SIMULTANEOUS' ? ca === cb : ca < cb;
}

/** Every relation of a graph's closure: all pairs of its related nodes, SIMULTANEOUS within a class, BEFORE across. */
export function closure(graph: TemporalGraph): string[] {
  const nodes = [...graph.classOf.keys()];
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i], nodes[j]];
      const ca = graph.classOf.get(a)!;
      const cb = graph.classOf.get(b)!;
      out.push(ca === cb ? relationKey('SIMULTANEOUS', a, b) : ca < cb ? relationKey('BEFORE', a, b) : relationKey('BEFORE', b, a));
    }
  }
  return out;
}

export type AwarenessMode = 'reduced' | 'closure';

/** What one timeline adds to a set's sums. */
export interface AwarenessCounts {
  /** System relations counted (|Sys⁻|, or |Sys⁺| in closure mode) and those the gold closure holds. */
  system: number;
  systemVerified: number;
  /** Gold relations counted and those the system closure holds. */
  gold: number;
  goldVerified: number;
}

export function emptyCounts(): AwarenessCounts {
  return { system: 0, systemVerified: 0, gold: 0, goldVerified: 0 };
}

/** One system timeline against its gold. */
export function scoreTimeline(system: TimelineLine[], gold: TimelineLine[], mode: AwarenessMode = 'reduced'): AwarenessCounts {
  const sys = timelineGraph(system);
  const ref = timelineGraph(gold);
  const sysRelations = mode === 'reduced' ? sys.reduced : closure(sys);
  const refRelations = mode === 'reduced' ? ref.reduced : closure(ref);
  return {
    system: sysRelations.length,
    systemVerified: sysRelations.filter((k) => holds(ref, k)).length,
    gold: refRelations.length,
    goldVerified: refRelations.filter((k) => holds(sys, k)).length,
  };
}

export function addCounts(a: AwarenessCounts, b: AwarenessCounts): AwarenessCounts {
  return { system: a.system + b.system, systemVerified: a.systemVerified + b.systemVerified, gold: a.gold + b.gold, goldVerified: a.goldVerified + b.goldVerified };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** P, R and F1 of summed counts (the micro average when the counts are summed over timelines); 0 where undefined. */
export function awareness(counts: AwarenessCounts): PRF {
  const precision = counts.system ? counts.systemVerified / counts.system : 0;
  const recall = counts.gold ? counts.goldVerified / counts.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
