// Events as PLOVER JSON lines. Field names, required fields, categories, modes and the location
// object follow the PLOVER manual (Open Event Data Alliance, github.com/openeventdata/PLOVER,
// PLOVER_MANUAL.tex, "JSON Data Fields"): required are id, date (YYYY-MM-DD), source (a list of
// actor objects) and event (a list of categories); recipient, mode, context, quad_code, event_loc
// (GeoNames field names) and event_text are optional. The manual also says an event with no named
// source actor is not coded, so such events are left out, as are events of a type with no PLOVER
// category and events not dated to the day: none is coded as something it is not.
import type { Actor, Event, Place, StoryBundle } from '../model.js';
import { eventContext } from './event-fields.js';

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
 * Our (ACLED-style) event type -> PLOVER coding, tried in order. The categories are the manual's
 * (its quad table); ASSAULT covers two-sided fighting too, with every party as a source.
 */
const PLOVER_RULES: { type: RegExp; coding: PloverCoding }[] = [
  { type: /^Battles$/, coding: { event: 'ASSAULT', mode: 'firearms', context: 'military', twoSided: true } },
  { type: /^Explosions\/Remote violence$/, coding: { event: 'ASSAULT', mode: 'heavy-weapons', context: 'military', twoSided: false } },
  { type: /^Violence against civilians$/, coding: { event: 'ASSAULT', twoSided: false } },
  { type: /^Protests$/, coding: { event: 'PROTEST', mode: 'demo', twoSided: false } },
  { type: /^Riots$/, coding: { event: 'PROTEST', mode: 'riot', twoSided: false } },
  { type: /^Strategic developments$/, coding: { event: 'MOBILIZE', twoSided: false } },
];

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

export function ploverCategory(type: string): PloverCoding | undefined {
  return PLOVER_RULES.find((r) => r.type.test(type))?.coding;
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

function record(event: Event, coding: PloverCoding, places: Place[], actors: Actor[], storyId: string): PloverRecord | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/.exec(event.date);
  if (!day || actors.length === 0) return undefined;
  const [sources, recipients] = coding.twoSided ? [actors, []] : [actors.slice(0, 1), actors.slice(1)];
  const lead = event.sources[0];
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
    ...(places[0] ? { event_loc: location(places[0]) } : {}),
    event_text: [event.text],
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
      const coding = ploverCategory(event.type);
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
