// Knight Lab's TimelineJS JSON (timeline.knightlab.com/docs/json-format.html): a title slide and
// one slide per timeline entry. TimelineJS renders `text` fields as HTML, so every string from a
// page goes through escapeHtml and no page can put markup or a link on a published timeline.
import type { Event, StoryBundle } from '../model.js';
import { escapeHtml } from './escape.js';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineJsDocument {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

/** How long a headline may be before it is cut: TimelineJS shows it large on one or two lines. */
const HEADLINE_CHARS = 90;

export function timelineDate(value: string): TimelineJsDate | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return undefined;
  const date: TimelineJsDate = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  if (m[4]) {
    date.hour = Number(m[4]);
    date.minute = Number(m[5]);
  }
  return date;
}

function headline(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= HEADLINE_CHARS ? flat : flat.slice(0, HEADLINE_CHARS - 1).trimEnd() + '…';
}

function slide(event: Event): TimelineJsSlide | undefined {
  const start = timelineDate(event.date);
  if (!start) return undefined;
  const pages = new Set(event.sources.map((s) => s.pageId)).size;
  const sources = [...new Set(event.sources.map((s) => s.site ?? s.title ?? s.source))].map(escapeHtml).join(', ');
  const disputed = event.disagreements.length ? '<p><em>Sources disagree on this entry.</em></p>' : '';
  return {
    unique_id: event.id.replace(/[^A-Za-z0-9_-]/g, '-'),
    start_date: start,
    text: {
      headline: escapeHtml(headline(event.text)),
      text: `<p>${escapeHtml(event.text)}</p><p>${pages} source${pages === 1 ? '' : 's'}: ${sources}</p>${disputed}`,
    },
    group: escapeHtml(event.type),
  };
}

export function toTimelineJsDocument(bundles: StoryBundle[]): TimelineJsDocument {
  const label = bundles.length === 1 ? bundles[0].story.label : `${bundles.length} stories`;
  const summary = bundles.flatMap((b) => b.summary.sentences.map((s) => `<p>${escapeHtml(s.text)}</p>`)).join('');
  const events = bundles.flatMap((b) => b.timeline.entries.map(slide).filter((s): s is TimelineJsSlide => !!s));
  return { title: { text: { headline: escapeHtml(label), text: summary } }, events };
}

export function toTimelineJs(bundles: StoryBundle[]): string {
  return JSON.stringify(toTimelineJsDocument(bundles), null, 2) + '\n';
}
