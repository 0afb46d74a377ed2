// ACLED's two-level taxonomy as its codebook names it: six event types, 25 sub-event types. Beside
// it, the few kinds of happening outside ACLED that news about conflict reports just as often
// (disasters, crime, diplomacy, claims of responsibility): they are typed 'Other', so that nothing
// downstream mistakes an earthquake for violence.

export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
export type AcledEventType = (typeof EVENT_TYPES)[number];
/** What the typer answers: an ACLED event type, or 'Other' for anything outside ACLED. */
export type EventTypeName = AcledEventType | 'Other';

/** Each ACLED sub-event type with the event type it belongs to (ACLED codebook, section 'Event types'). */
export const SUB_TYPE_TO_TYPE = {
  'Armed clash': 'Battles',
  'Government regains territory': 'Battles',
  'Non-state actor overtakes territory': 'Battles',
  'Air/drone strike': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  'Suicide bomb': 'Explosions/Remote violence',
  'Grenade': 'Explosions/Remote violence',
  'Chemical weapon': 'Explosions/Remote violence',
  'Attack': 'Violence against civilians',
  'Abduction/forced disappearance': 'Violence against civilians',
  'Sexual violence': 'Violence against civilians',
  'Peaceful protest': 'Protests',
  'Protest with intervention': 'Protests',
  'Excessive force against protesters': 'Protests',
  'Violent demonstration': 'Riots',
  'Mob violence': 'Riots',
  'Agreement': 'Strategic developments',
  'Arrests': 'Strategic developments',
  'Change to group/activity': 'Strategic developments',
  'Disrupted weapons use': 'Strategic developments',
  'Headquarters or base established': 'Strategic developments',
  'Looting/property destruction': 'Strategic developments',
  'Non-violent transfer of territory': 'Strategic developments',
  'Other': 'Strategic developments',
} as const satisfies Record<string, AcledEventType>;

export type AcledSubType = keyof typeof SUB_TYPE_TO_TYPE;
export const ACLED_SUB_TYPES = Object.keys(SUB_TYPE_TO_TYPE) as AcledSubType[];

/** Happenings outside ACLED's taxonomy that the typer still names (CASE 2021's 'unseen' types). */
export const EXTRA_KINDS = ['Natural disaster', 'Man-made disaster', 'Organized crime', 'Diplomatic event', 'Attribution'] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

/** Everything a snippet can be labelled with; '' (no label) is kept apart, as 'nothing applies'. */
export type EventLabel = AcledSubType | ExtraKind;

const SUB_TYPES = new Set<string>(ACLED_SUB_TYPES);

export function isAcledSubType(label: string): label is AcledSubType {
  return SUB_TYPES.has(label);
}

/** The event type of a label: ACLED's own for its sub-types, 'Other' for the rest and for ''. */
export function typeOfLabel(label: EventLabel | ''): EventTypeName {
  return isAcledSubType(label) ? SUB_TYPE_TO_TYPE[label] : 'Other';
}
