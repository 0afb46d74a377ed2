// ACLED's event types and sub-event types, recognised from the words of a sentence or snippet:
// cue lexicons (acled-cues.ts) weigh each sub-type, ordered precedence rules taken from the ACLED
// codebook settle overlaps (acled-precedence.ts). Hand-written rules, no model: the result can be
// traced to the cue that decided it, and it is the same on every machine.
import { gatherEvidence } from './acled-evidence.js';
import { decide } from './acled-precedence.js';
import { typeOfLabel, type EventLabel, type EventTypeName } from './acled-taxonomy.js';

export { SUB_TYPE_TO_TYPE, ACLED_SUB_TYPES, EVENT_TYPES, EXTRA_KINDS, typeOfLabel } from './acled-taxonomy.js';
export type { AcledEventType, AcledSubType, EventLabel, EventTypeName, ExtraKind } from './acled-taxonomy.js';

export interface EventKind {
  /** One of ACLED's six event types, or 'Other' (outside ACLED, or nothing recognised). */
  type: EventTypeName;
  /** ACLED's sub-event type; a non-ACLED kind ('Natural disaster'...) with type 'Other'; '' when nothing applies. */
  subType: EventLabel | '';
  /** The cue, and any precedence rule, that decided. */
  rule: string;
}

/**
 * Sentences recently typed: the event layer asks for a sentence's kind while scoring it, while
 * placing it in a draft and while rendering its event, and the cues are the costliest part of that.
 */
const RECENT = new Map<string, EventKind>();
const RECENT_LIMIT = 4096;

export function classifyEvent(text: string): EventKind {
  const known = RECENT.get(text);
  if (known) return known;
  const verdict = decide(gatherEvidence(text));
  const kind: EventKind = { type: typeOfLabel(verdict.label), subType: verdict.label, rule: verdict.rule };
  if (RECENT.size >= RECENT_LIMIT) RECENT.delete(RECENT.keys().next().value!);
  RECENT.set(text, kind);
  return kind;
}

/** The ACLED event type alone ('Other' when the sentence reports nothing ACLED codes). */
export function eventType(text: string): string {
  return classifyEvent(text).type;
}
