// What the tabular and event-data exports share: an event's places and actors looked up in its
// story, its sources as one line, and country names for ISO codes.
import { createRequire } from 'node:module';
import type { Actor, Event, Place, StoryBundle } from '../model.js';

interface CountryName {
  cca2: string;
  name: { common: string };
}

let countryNames: Map<string, string> | undefined;

/** 'SY' -> 'Syria'; the code itself where the table has no name for it. */
export function countryName(code: string): string {
  countryNames ??= new Map((createRequire(import.meta.url)('world-countries') as CountryName[]).map((c) => [c.cca2, c.name.common]));
  return countryNames.get(code.toUpperCase()) ?? code;
}

/** News agencies and monitors report events; neither ACLED nor PLOVER codes them as a party. */
const NOT_PARTIES: ReadonlySet<string> = new Set(['media', 'monitor']);

/** The actors that took part, as event-data formats code them: sources of reports left out. */
export function parties(actors: Actor[]): Actor[] {
  return actors.filter((a) => !NOT_PARTIES.has(a.type));
}

export interface EventContext {
  places: Place[];
  actors: Actor[];
  /** Distinct sites (or source paths where a page names no site), in source order. */
  sites: string[];
}

export function eventContext(bundle: StoryBundle): (event: Event) => EventContext {
  const places = new Map(bundle.places.map((p) => [p.entity.id, p.entity]));
  const actors = new Map(bundle.actors.map((a) => [a.entity.id, a.entity]));
  return (event) => ({
    places: event.placeIds.map((id) => places.get(id)).filter((p): p is Place => !!p),
    actors: event.actorIds.map((id) => actors.get(id)).filter((a): a is Actor => !!a),
    sites: [...new Set(event.sources.map((s) => s.site ?? s.source))],
  });
}
