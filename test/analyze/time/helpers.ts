// Shared helpers for the temporal tagger tests (not a test file itself).
import assert from 'node:assert/strict';
import type { TimeRef } from '../../../src/model.js';
import { tagTime, type Anchor, type TagOptions } from '../../../src/analyze/time/index.js';

export const day = (value: string): Anchor => ({ value, granularity: 'day' });

export function tag(text: string, anchor: Anchor | null = null, options?: TagOptions): TimeRef[] {
  const refs = tagTime(text, anchor, options);
  for (const r of refs) assert.equal(text.slice(r.start, r.end), r.text, `offsets of ${r.rule}`);
  return refs;
}

/** The single ref whose text is exactly `words`. */
export function refFor(refs: TimeRef[], words: string): TimeRef {
  const found = refs.filter((r) => r.text === words);
  assert.equal(found.length, 1, `expected one ref "${words}", got: ${JSON.stringify(refs.map((r) => r.text))}`);
  return found[0];
}

/** value/type/granularity/anchor of the single ref with text `words`. */
export function summary(refs: TimeRef[], words: string): Pick<TimeRef, 'type' | 'value' | 'granularity' | 'anchor'> {
  const { type, value, granularity, anchor } = refFor(refs, words);
  return granularity === undefined ? { type, value, anchor } : { type, value, granularity, anchor };
}
