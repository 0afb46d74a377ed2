// Events as PLOVER JSON lines. Field names, required fields, categories, modes and the location
// object follow the PLOVER manual (Open Event Data Alliance, github.com/openeventdata/PLOVER,
// PLOVER_MANUAL.tex, "JSON Data Fields"): required are id, date (YYYY-MM-DD), source (a list of
// actor objects) and event (a list of categories); recipient, mode, context, quad_code, event_loc
// (GeoNames field names) and event_text are optional. The manual also says an event with no named
// source actor is not coded, so such events are left out, as are events of a type with no PLOVER
// category and events not dated to the day: none is coded as something it is not.
import type { Actor, Event, Place, StoryBundle } from '../model.js';
import { eventContext, parties } from './event-fields.js';
import { acledLocation } from './csv-acled.js';

export interface PloverActor {
  actor_text: string;
  /** Our canonical id: the manual's identifier_id, for actors seen under several names. */
  identifier_id: string;
  identifier_text: string;
  sector?: string;
}

/** The manual's location object: GeoNames' own field names, spaces included. */
export interface PloverLocation {
  name: string;
  latitude: number;
  longitude: number;
  'country code': string;
  'feature code'?: string;
  geonameid?: number;
}

export interface PloverRecord {
  id: string;
  date: string;
  time?: string;
  source: PloverActor[];
  recipient?: PloverActor[];
  event: string[];
  mode?: string[];
  context?: string[];
  quad_code: number;
  event_loc?: PloverLocation;
  event_text: string[];
  /** The manual's magnitude fields for ASSAULT: killed and injured, the most conservative count reported. */
  dead?: number;
  injured?: number;
  cite_info: { title?: string; publication?: string };
  /** Not in the manual (which allows added fields): where the record comes from in newsline. */
  story_id: string;
  source_count: number;
}

interface PloverCoding {
  event: string;
  mode?: string;
  context?: string;
  /** Two-sided violence codes every party as a source; otherwise the first actor acts on the rest. */
  twoSided: boolean;
}

/**
 * ACLED sub-event type -> PLOVER category and mode (the manual's ASSAULT, PROTEST, COERCE, AGREE,
 * MOBILIZE and RETREAT tables). Sub-types PLOVER has no category for (a change to a group, weapons
 * seized or defused, ACLED's 'Other') are left out rather than coded as something they are not.
 */
const PLOVER_BY_SUBTYPE: Record<string, PloverCoding> = {
  'Armed clash': { event: 'ASSAULT', mode: 'firearms', context: 'military', twoSided: true },
  'Government regains territory': { event: 'ASSAULT', mode: 'firearms', context: 'military', twoSided: true },
  'Non-state actor overtakes territory': { event: 'ASSAULT', mode: 'firearms', context: 'military', twoSided: true },
  'Air/drone strike': { event: 'ASSAULT', mode: 'aerial', context: 'military', twoSided: false },
  'Shelling/artillery/missile attack': { event: 'ASSAULT', mode: 'heavy-weapons', context: 'military', twoSided: false },
  'Remote explosive/landmine/IED': { event: 'ASSAULT', mode: 'explosives', twoSided: false },
  'Grenade': { event: 'ASSAULT', mode: 'explosives', twoSided: false },
  'Suicide bomb': { event: 'ASSAULT', mode: 'suicide-attack', twoSided: false },
  'Chemical weapon': { event: 'ASSAULT', mode: 'unconventional', twoSided: false },
  'Attack': { event: 'ASSAULT', twoSided: false },
  'Abduction/forced disappearance': { event: 'ASSAULT', mode: 'abduct', twoSided: false },
  'Sexual violence': { event: 'ASSAULT', mode: 'sexual', twoSided: false },
  'Looting/property destruction': { event: 'ASSAULT', mode: 'destroy', twoSided: false },
  'Excessive force against protesters': { event: 'ASSAULT', mode: 'crowd-control', twoSided: false },
  'Peaceful protest': { event: 'PROTEST', mode: 'demo', twoSided: false },
  'Protest with intervention': { event: 'PROTEST', mode: 'demo', twoSided: false },
  'Violent demonstration': { event: 'PROTEST', mode: 'riot', twoSided: false },
  'Mob violence': { event: 'PROTEST', mode: 'riot', twoSided: false },
  'Arrests': { event: 'COERCE', mode: 'arrest', twoSided: false },
  'Agreement': { event: 'AGREE', twoSided: true },
  'Headquarters or base established': { event: 'MOBILIZE', mode: 'troops', context: 'military', twoSided: false },
  'Non-violent transfer of territory': { event: 'RETREAT', mode: 'withdraw', twoSided: false },
};

/** Events of a type but no sub-type (stored by older versions): the type's most general coding. */
const PLOVER_BY_TYPE: Record<string, PloverCoding> = {
  Battles: PLOVER_BY_SUBTYPE['Armed clash'],
  'Explosions/Remote violence': { event: 'ASSAULT', mode: 'heavy-weapons', context: 'military', twoSided: false },
  'Violence against civilians': PLOVER_BY_SUBTYPE.Attack,
  Protests: PLOVER_BY_SUBTYPE['Peaceful protest'],
  Riots: PLOVER_BY_SUBTYPE['Violent demonstration'],
};

/** The manual's quad categories; all the categories above are material conflict. */
const QUAD: Record<string, number> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2, INVESTIGATE: 2,
  DEMAND: 3, ACCUSE: 3, REJECT: 3, SANCTION: 3, THREATEN: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** Our actor types -> the manual's sector codes (GOV, MIL, ...); no sector where none fits. */
const SECTORS: Record<string, string> = {
  'armed-forces': 'MIL',
  government: 'GOV',
  agency: 'GOV',
  'armed-group': 'REB',
  media: 'MED',
  monitor: 'NGO',
};

export function ploverCategory(type: string, subType?: string): PloverCoding | undefined {
  if (subType) return PLOVER_BY_SUBTYPE[subType];
  return PLOVER_BY_TYPE[type];
}



function actorObject(a: Actor): PloverActor {
  const sector = SECTORS[a.type];
  return { actor_text: a.name, identifier_id: a.id, identifier_text: a.name, ...(sector ? { sector } : {}) };
}

function location(p: Place): PloverLocation {
  return {
    name: p.name,
    latitude: p.lat,
    longitude: p.lon,
    'country code': p.countryCode,
    ...(p.featureCode ? { 'feature code': p.featureCode } : {}),
    ...(p.geonameId !== undefined ? { geonameid: p.geonameId } : {}),
  };
}

/** The lowest count of the wounded any source gives: the manual's 'injured' field. */
function wounded(event: Event): number | undefined {
  const counts = (event.figures ?? []).filter((f) => f.unit === 'wounded').map((f) => f.value);
  return counts.length ? Math.min(...counts) : undefined;
}

function record(event: Event, coding: PloverCoding, places: Place[], actors: Actor[], storyId: string): PloverRecord | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/.exec(event.date);
  actors = parties(actors);
  if (!day || actors.length === 0) return undefined;
  const [sources, recipients] = coding.twoSided ? [actors, []] : [actors.slice(0, 1), actors.slice(1)];
  const lead = event.sources[0];
  const where = acledLocation(places);
  return {
    id: event.id,
    date: day[1],
    ...(day[2] ? { time: day[2] } : {}),
    source: sources.map(actorObject),
    ...(recipients.length ? { recipient: recipients.map(actorObject) } : {}),
    event: [coding.event],
    ...(coding.mode ? { mode: [coding.mode] } : {}),
    ...(coding.context ? { context: [coding.context] } : {}),
    quad_code: QUAD[coding.event],
    ...(where ? { event_loc: location(where) } : {}),
    event_text: [event.text],
    ...(event.fatalities ? { dead: event.fatalities.value } : {}),
    ...(wounded(event) !== undefined ? { injured: wounded(event) } : {}),
    cite_info: { ...(lead?.title ? { title: lead.title } : {}), ...(lead?.site ? { publication: lead.site } : {}) },
    story_id: storyId,
    source_count: new Set(event.sources.map((s) => s.pageId)).size,
  };
}

export function toPloverRecords(bundles: StoryBundle[]): PloverRecord[] {
  const out: PloverRecord[] = [];
  for (const bundle of bundles) {
    const context = eventContext(bundle);
    for (const event of bundle.timeline.entries) {
      const coding = ploverCategory(event.type, event.subType);
      if (!coding) continue;
      const { places, actors } = context(event);
      const r = record(event, coding, places, actors, bundle.story.id);
      if (r) out.push(r);
    }
  }
  return out;
}

export function toPlover(bundles: StoryBundle[]): string {
  return toPloverRecords(bundles).map((r) => JSON.stringify(r) + '\n').join('');
}
