// Scores a run over examples/ against examples/expected.json: each expected event found with its
// date, carried by every page that reports it, and each expected disagreement of figures found.
import { readFileSync } from 'node:fs';
import type { Event, LeftOutSentence } from '../src/model.js';
import { contentWords } from '../src/text/words.js';

export interface ExpectedEvent {
  date: string;
  date_tolerance_days?: number;
  granularity?: string;
  fact: string;
  sources: string[];
  disagreement?: { quantity: string; values: Record<string, number> };
}

export interface ExpectedExamples {
  events: ExpectedEvent[];
}

export function readExpected(file: string): ExpectedExamples {
  return JSON.parse(readFileSync(file, 'utf8')) as ExpectedExamples;
}

export interface ExampleEventCheck {
  event: ExpectedEvent;
  /** The entry taken to report it: dated right, with a source among its pages, most like its fact. */
  entry: Event | null;
  found: boolean;
  /** The expected pages the entry carries, and those it misses. */
  missing: string[];
  complete: boolean;
  /** Undefined when no disagreement is expected. */
  disagreementFound?: boolean;
}

function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

function dateMatches(entry: Event, event: ExpectedEvent): boolean {
  if (event.granularity === 'month') return entry.date.slice(0, 7) === event.date.slice(0, 7);
  if (entry.granularity !== 'day' && entry.granularity !== 'time') return false;
  return dayDiff(entry.date, event.date) <= (event.date_tolerance_days ?? 0);
}

/** Share of the fact's content words that the entry's sentences use. */
function likeness(entry: Event, fact: Set<string>): number {
  const words = new Set(entry.sources.flatMap((s) => contentWords(s.text)));
  let hit = 0;
  for (const w of fact) if (words.has(w)) hit++;
  return fact.size ? hit / fact.size : 0;
}

/**
 * `pageOf` maps an expected source name ('01-euphrates-wire-air-strikes.txt', '10-frontline-digest.jsonl#2')
 * to the page id the run gave it.
 */
export function checkExamples(expected: ExpectedExamples, entries: Event[], pageOf: Map<string, string>): ExampleEventCheck[] {
  return expected.events.map((event) => {
    const pages = event.sources.map((s) => pageOf.get(s)).filter((p): p is string => !!p);
    const fact = new Set(contentWords(event.fact));
    const candidates = entries
      .filter((e) => dateMatches(e, event) && e.sources.some((s) => pages.includes(s.pageId)))
      .sort((a, b) => likeness(b, fact) - likeness(a, fact));
    const entry = candidates[0] ?? null;
    const carried = new Set(entry?.sources.map((s) => s.pageId) ?? []);
    const missing = event.sources.filter((s) => !carried.has(pageOf.get(s) ?? ''));
    const check: ExampleEventCheck = { event, entry, found: !!entry, missing, complete: !!entry && missing.length === 0 };
    if (event.disagreement) {
      const wanted = Object.values(event.disagreement.values).map(String);
      // Any entry of the right date may hold it: the merge that joins the counts is judged by 'complete'.
      check.disagreementFound = entries.some((e) => dateMatches(e, event) && e.disagreements.some((d) => d.kind === 'number'
        && wanted.every((n) => d.values.some((v) => new RegExp(`(^|\\D)${n}(\\D|$)`).test(v.value)))));
    }
    return check;
  });
}

/** The sentences left out as not actual (predictions, plans, background...), for a reader to judge. */
export function notActual(leftOut: LeftOutSentence[]): LeftOutSentence[] {
  return leftOut.filter((l) => l.reason !== 'not-an-event');
}

/** The page names expected.json uses: the file name, with '#n' for a JSONL record. */
export function exampleName(source: string): string {
  return source.replace(/^.*[\\/]/, '');
}
