// A StoryBundle as Markdown: one readable document per story, every claim followed by the
// number of the source that wrote it. Page text is escaped, so it renders as text only.

import type { Disagreement, EntityTally, Event, Place, Actor, SourceInfo, StoryBundle } from '../model.js';
import { escapeMarkdown, formatDate } from './escape.js';
import { buildStoryView, clockTime, distinctPages, plural, type StoryView } from './story-view.js';

// Four decimals is about 11 m: finer than any gazetteer point, coarse enough to read.
const COORDINATE_DECIMALS = 4;

const md = escapeMarkdown;

function footnotes(view: StoryView, pageIds: string[]): string {
  return pageIds
    .map((id) => view.numberOf(id))
    .filter((n): n is number => n !== null)
    .sort((a, b) => a - b)
    .map((n) => `[${n}]`)
    .join('');
}

function storyHeader(view: StoryView): string[] {
  const c = view.counts;
  return [
    `# ${md(view.bundle.story.label)}`,
    '',
    [plural(c.events, 'event'), plural(c.sources, 'source'), plural(c.places, 'place'),
      plural(c.actors, 'actor'), plural(c.disagreements, 'disagreement')].join(' · '),
  ];
}

function summarySection(view: StoryView): string[] {
  const sentences = view.bundle.summary.sentences;
  const lines = ['## Summary', ''];
  if (sentences.length === 0) return [...lines, '_No summary._'];
  // One sentence a line: they render as one paragraph, and diff line by line.
  for (const s of sentences) lines.push(`${md(s.text)} ${footnotes(view, [s.pageId])}`.trimEnd());
  return lines;
}

function disagreementLine(view: StoryView, d: Disagreement): string {
  const values = d.values
    .map((v) => `${md(v.value)} ${footnotes(view, distinctPages(v.sources))}`.trimEnd())
    .join(' vs ');
  return `⚠ sources disagree (${md(d.kind)}): ${values}`;
}

function eventBullet(view: StoryView, event: Event): string[] {
  const pages = distinctPages(event.sources);
  const time = clockTime(event);
  const parts = [
    time ? `${time} —` : '',
    md(event.text),
    `(${plural(pages.length, 'source')})`,
    footnotes(view, pages),
    event.dateFromPublication ? '(date from publication)' : '',
  ].filter(Boolean);
  const lines = [`- ${parts.join(' ')}`];
  const facts = eventFacts(view, event);
  if (facts) lines.push(`  - ${facts}`);
  for (const d of event.disagreements) lines.push(`  - ${disagreementLine(view, d)}`);
  return lines;
}

/** What the event is and who took part: 'Battles: Armed clash · actors: Islamic State · killed: 17'. */
function eventFacts(view: StoryView, event: Event): string {
  const names = new Map(view.bundle.actors.map((a) => [a.entity.id, a.entity.name]));
  const actors = event.actorIds.map((id) => names.get(id)).filter((n): n is string => !!n);
  return [
    event.type && event.type !== 'Other' ? md(event.subType ? `${event.type}: ${event.subType}` : event.type) : '',
    actors.length ? `actors: ${actors.map(md).join(', ')}` : '',
    event.fatalities ? `killed: ${event.fatalities.value}` : '',
  ].filter(Boolean).join(' · ');
}

function timelineSection(view: StoryView): string[] {
  const lines = ['## Timeline'];
  if (view.groups.length === 0) return [...lines, '', '_No dated events._'];
  for (const group of view.groups) {
    lines.push('', `## ${md(group.heading)}`, '');
    for (const event of group.events) lines.push(...eventBullet(view, event));
  }
  return lines;
}

function table(header: string[], rows: string[][]): string[] {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function spellings(tally: EntityTally<unknown>): string {
  return tally.spellings.map(md).join(', ');
}

function coordinate(n: number): string {
  return Number.isFinite(n) ? n.toFixed(COORDINATE_DECIMALS) : '';
}

function placesSection(places: EntityTally<Place>[]): string[] {
  const lines = ['## Places', ''];
  if (places.length === 0) return [...lines, '_No places._'];
  return [...lines, ...table(
    ['Place', 'Spellings', 'Lat', 'Lon', 'Mentions', 'Events'],
    places.map((p) => [md(p.entity.name), spellings(p), coordinate(p.entity.lat), coordinate(p.entity.lon),
      String(p.mentions), String(p.events)]),
  )];
}

function actorsSection(actors: EntityTally<Actor>[]): string[] {
  const lines = ['## Actors', ''];
  if (actors.length === 0) return [...lines, '_No actors._'];
  return [...lines, ...table(
    ['Actor', 'Spellings', 'Mentions', 'Events'],
    actors.map((a) => [md(a.entity.name), spellings(a), String(a.mentions), String(a.events)]),
  )];
}

function sourceLine(view: StoryView, number: number, info: SourceInfo): string {
  const published = info.published ? formatDate(info.published.value, info.published.granularity) : 'no date';
  const where = info.url && info.url !== info.source ? `${info.source} (${info.url})` : info.source;
  const copyOf = info.duplicateOf ? view.numberOf(info.duplicateOf) : null;
  const parts = [
    md(info.site ?? 'unknown site'),
    md(info.title ?? 'untitled'),
    md(published),
    md(where),
  ];
  if (info.duplicateOf) parts.push(`near-copy of ${copyOf !== null ? `[${copyOf}]` : md(info.duplicateOf)}`);
  return `${number}. ${parts.join(' — ')}`;
}

function sourcesSection(view: StoryView): string[] {
  const lines = ['## Sources', ''];
  if (view.sources.length === 0) return [...lines, '_No sources._'];
  return [...lines, ...view.sources.map((s) => sourceLine(view, s.number, s.info))];
}

function storyMarkdown(bundle: StoryBundle): string {
  const view = buildStoryView(bundle);
  const sections = [
    storyHeader(view),
    summarySection(view),
    timelineSection(view),
    placesSection(bundle.places),
    actorsSection(bundle.actors),
    sourcesSection(view),
  ];
  return sections.map((s) => s.join('\n')).join('\n\n');
}

export function toMarkdown(bundles: StoryBundle[]): string {
  if (bundles.length === 0) return '_No stories._\n';
  return bundles.map(storyMarkdown).join('\n\n---\n\n') + '\n';
}
