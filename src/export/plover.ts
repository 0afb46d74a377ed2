// Events as PLOVER JSON lines (Open Event Data Alliance, github.com/openeventdata/PLOVER: the
// PLOVER manual's JSON field names). PLOVER codes a category, a mode (how) and a context (why);
// ACLED-style types map to the closest category, and an event with no mapping is left out rather
// than coded as something it is not.
import type { Event, StoryBundle } from '../model.js';
import { countryName, eventContext } from './event-fields.js';

export interface PloverRecord {
  id: string;
  date: string;
  event: string;
  mode: string;
  context: string;
  actor: string;
  recipient: string;
  country: string;
  geoname: string;
  lat: number | null;
  long: number | null;
  text: string;
  source: string[];
  storyId: string;
}

/** Our (ACLED-style) event type -> PLOVER category and mode, in the order they are tried. */
const PLOVER_RULES: { type: RegExp; event: string; mode: string }[] = [
  { type: /^Battles$/, event: 'FIGHT', mode: 'small-arms' },
  { type: /^Explosions\/Remote violence$/, event: 'FIGHT', mode: 'artillery' },
  { type: /^Violence against civilians$/, event: 'ASSAULT', mode: '' },
  { type: /^Protests$/, event: 'PROTEST', mode: 'demonstrate' },
  { type: /^Riots$/, event: 'PROTEST', mode: 'riot' },
  { type: /^Strategic developments$/, event: 'MOBILIZE', mode: '' },
];

export function ploverCategory(type: string): { event: string; mode: string } | undefined {
  const rule = PLOVER_RULES.find((r) => r.type.test(type));
  return rule && { event: rule.event, mode: rule.mode };
}

export function toPloverRecords(bundles: StoryBundle[]): PloverRecord[] {
  const out: PloverRecord[] = [];
  for (const bundle of bundles) {
    const context = eventContext(bundle);
    for (const event of bundle.timeline.entries) {
      const category = ploverCategory(event.type);
      if (!category) continue;
      out.push(record(event, category, context(event), bundle.story.id));
    }
  }
  return out;
}

function record(event: Event, category: { event: string; mode: string }, ctx: ReturnType<ReturnType<typeof eventContext>>, storyId: string): PloverRecord {
  const place = ctx.places[0];
  return {
    id: event.id,
    date: event.date.slice(0, 10),
    event: category.event,
    mode: category.mode,
    context: '',
    actor: ctx.actors[0]?.name ?? '',
    recipient: ctx.actors[1]?.name ?? '',
    country: place ? countryName(place.countryCode) : '',
    geoname: place?.name ?? '',
    lat: place ? place.lat : null,
    long: place ? place.lon : null,
    text: event.text,
    source: ctx.sites,
    storyId,
  };
}

export function toPlover(bundles: StoryBundle[]): string {
  return toPloverRecords(bundles).map((r) => JSON.stringify(r) + '\n').join('');
}
