// What the API sends: bounded slices of a StoryBundle and an article, shaped for the web page.
// Every list that grows with the number of pages is cut to a named maximum with its total beside
// it, so a story of 5,000 pages answers in the same few kilobytes as a story of ten.
import type { AnalyzedArticle, Event, Page, SourceRef, StoryBundle } from '../model.js';
import type { SearchHit } from '../store/store.js';
import { eventCandidates } from '../events/index.js';

/** Timeline entries per request when the client does not say. */
export const DEFAULT_TIMELINE_LIMIT = 50;
/** The most timeline entries one request may ask for. */
export const MAX_TIMELINE_LIMIT = 200;
/** Source sentences sent with each entry; the rest are one request away. */
const SOURCES_PER_ENTRY = 5;
/** Source sentences of one entry on its own page. */
export const MAX_EVENT_SOURCES = 500;
/** Pins on the map: more than this is unreadable anyway; the most reported places win. */
const MAX_PLACES = 300;
const MAX_ACTORS = 100;
const MAX_SPELLINGS = 6;
/** Source pages listed with the story. */
const MAX_SOURCES = 100;

export interface TimelineQuery {
  offset: number;
  limit: number;
  place?: string;
  actor?: string;
}

function sourceView(s: SourceRef) {
  return { pageId: s.pageId, sentence: s.sentence, text: s.text, start: s.start, end: s.end, site: s.site, title: s.title };
}

export function entryView(e: Event, sourceLimit = SOURCES_PER_ENTRY, actorNames: Map<string, string> = new Map()) {
  return {
    id: e.id,
    date: e.date,
    granularity: e.granularity,
    dateFromPublication: e.dateFromPublication,
    text: e.text,
    type: e.type,
    subType: e.subType ?? '',
    placeIds: e.placeIds,
    actorIds: e.actorIds,
    actors: e.actorIds.map((id) => ({ id, name: actorNames.get(id) ?? id })),
    fatalities: e.fatalities ? { value: e.fatalities.value, text: e.fatalities.text } : null,
    sourceCount: e.sources.length,
    pageCount: new Set(e.sources.map((s) => s.pageId)).size,
    independentSources: e.independentSources ?? new Set(e.sources.map((s) => s.pageId)).size,
    sources: e.sources.slice(0, sourceLimit).map(sourceView),
    disagreements: e.disagreements.map((d) => ({ kind: d.kind, values: d.values.map((v) => ({ value: v.value, sources: v.sources.length })) })),
  };
}

export function timelineView(bundle: StoryBundle, q: TimelineQuery) {
  const entries = bundle.timeline.entries.filter((e) => (!q.place || e.placeIds.includes(q.place)) && (!q.actor || e.actorIds.includes(q.actor)));
  const names = new Map(bundle.actors.map((a) => [a.entity.id, a.entity.name]));
  return { total: entries.length, offset: q.offset, limit: q.limit, entries: entries.slice(q.offset, q.offset + q.limit).map((e) => entryView(e, SOURCES_PER_ENTRY, names)) };
}

export function storyView(bundle: StoryBundle, q: TimelineQuery) {
  return {
    story: { id: bundle.story.id, label: bundle.story.label, pages: bundle.story.pageIds.length },
    summary: bundle.summary.sentences.map(sourceView),
    timeline: timelineView(bundle, q),
    places: {
      total: bundle.places.length,
      items: [...bundle.places]
        .sort((a, b) => b.events - a.events || b.mentions - a.mentions)
        .slice(0, MAX_PLACES)
        .map((p) => ({ id: p.entity.id, name: p.entity.name, lat: p.entity.lat, lon: p.entity.lon, countryCode: p.entity.countryCode, events: p.events, mentions: p.mentions, spellings: p.spellings.slice(0, MAX_SPELLINGS) })),
    },
    actors: {
      total: bundle.actors.length,
      items: bundle.actors.slice(0, MAX_ACTORS).map((a) => ({ id: a.entity.id, name: a.entity.name, type: a.entity.type, events: a.events, mentions: a.mentions, spellings: a.spellings.slice(0, MAX_SPELLINGS) })),
    },
    sources: {
      total: bundle.sources.length,
      items: bundle.sources.slice(0, MAX_SOURCES).map((s) => ({ pageId: s.pageId, title: s.title, site: s.site, published: s.published?.value ?? null, duplicateOf: s.duplicateOf ?? null })),
    },
  };
}

export function eventView(bundle: StoryBundle, eventId: string) {
  const event = bundle.timeline.entries.find((e) => e.id === eventId);
  return event ? entryView(event, MAX_EVENT_SOURCES, new Map(bundle.actors.map((a) => [a.entity.id, a.entity.name]))) : undefined;
}

export function articleView(page: Page, article: AnalyzedArticle, storyId: string | null) {
  return {
    pageId: article.pageId,
    source: page.source,
    url: page.url ?? null,
    kind: page.kind,
    title: article.title,
    site: article.site,
    author: article.author,
    language: article.language,
    published: article.published ? { value: article.published.value, granularity: article.published.granularity, evidence: article.published.evidence.text } : null,
    storyId,
    duplicateOf: article.duplicateOf ?? null,
    text: article.text,
    paragraphs: article.paragraphs.map((p) => ({ start: p.start, end: p.end, line: p.line ?? null })),
    dropped: article.dropped.map((d) => ({ text: d.text, line: d.line ?? null, reason: d.reason })),
    // Each sentence with the event layer's verdict: kept with its date and how it was found, or left out and why.
    sentences: eventCandidates(article).map((c) => {
      const s = article.sentences[c.sentence];
      return {
        index: c.sentence, start: s.start, end: s.end, kept: c.kept, reason: c.reason ?? null, cue: c.cue ?? null,
        date: c.date ? { value: c.date.value, granularity: c.date.granularity, from: c.date.from, text: c.date.text ?? null, earliest: c.date.earliest ?? null, latest: c.date.latest ?? null } : null,
      };
    }),
  };
}

/** A snippet as parts, the hits flagged: the client never parses markup out of page text. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  for (const piece of snippet.split('\u0002')) {
    const [hit, rest] = piece.includes('\u0003') ? piece.split('\u0003', 2) : [null, piece];
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

export function hitView(h: SearchHit) {
  return { pageId: h.pageId, title: h.title, site: h.site, published: h.published, storyId: h.storyId, snippet: snippetParts(h.snippet) };
}
