// A StoryBundle list as ONE self-contained HTML5 page: inline CSS, an inline SVG map, no
// script and no URL of any kind, so it opens offline, can be mailed as one file and prints.
// Every string that came from a page goes through escapeHtml, in text and in attributes alike;
// ids and links inside the page are built from counters only, never from page text.

import type { Actor, Disagreement, EntityTally, Event, Place, SourceInfo, SourceRef, StoryBundle } from '../model.js';
import { escapeHtml as h, formatDate } from './escape.js';
import { buildStoryView, clockTime, distinctPages, plural, type StoryView } from './story-view.js';
import { placesSvg } from './svg-map.js';

const DEFAULT_TITLE = 'newsline report';
// Enough to tell places apart in a table (about 110 m); the gazetteer is not more exact than that.
const COORDINATE_DECIMALS = 3;

const STYLE = `
:root{--ink:#1f2328;--muted:#5d6470;--rule:#d9dce1;--soft:#f5f6f8;--accent:#1f5fa8;--warn:#8a4600;--warn-bg:#fff3e0;--paper:#fff}
@media (prefers-color-scheme:dark){:root{--ink:#e6e6e6;--muted:#a4abb6;--rule:#3a3f47;--soft:#23272e;--accent:#7fb2f0;--warn:#ffb870;--warn-bg:#3a2a12;--paper:#16191d}}
*{box-sizing:border-box}
.left-out .reason{color:var(--warn);font-size:.85em;margin-right:.3em}
.left-out li{margin:.3rem 0}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.6 Charter,"Bitstream Charter","Iowan Old Style",Georgia,"Times New Roman",serif}
.report-header,main,.report-footer{max-width:52rem;margin:0 auto;padding:0 1.25rem}
h1,h2,h3,h4,nav,table,summary,.counts,.meta,.cite,.badge,.flag,.report-footer,figcaption,.empty{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.9rem;line-height:1.2;margin:2rem 0 .25rem}
h2{font-size:1.6rem;line-height:1.25;margin:0 0 .35rem}
h3{font-size:1.15rem;margin:2.2rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--rule);text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
h4{font-size:1rem;margin:1.6rem 0 .5rem;color:var(--accent)}
a{color:var(--accent)}
nav ol{padding-left:1.4rem}
.story{padding:2.5rem 0;border-top:3px solid var(--ink)}
.counts{margin:0;color:var(--muted);font-size:.9rem}
.counts span+span::before{content:" · "}
.summary p{margin:0 0 .6rem}
sup.ref{font-size:.7em;line-height:0;margin-left:.1em}
sup.ref a,.refs a{text-decoration:none}
ol.events{list-style:none;margin:0;padding:0}
.event{margin:0 0 1.1rem;padding-left:.9rem;border-left:3px solid var(--rule)}
.event.disputed{border-left-color:var(--warn)}
.claim{margin:0}
.clock{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:.35rem}
.meta{margin:.2rem 0 0;font-size:.8rem;color:var(--muted)}
.meta>*{margin-right:.5rem}
.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;background:var(--soft);border:1px solid var(--rule);color:var(--ink);font-size:.78rem}
.flag{font-size:.78rem;font-style:italic}
.flag.warn{color:var(--warn);font-style:normal;font-weight:600}
.disagreement{margin:.45rem 0 0;padding:.4rem .7rem;background:var(--warn-bg);color:var(--ink);border-radius:.3rem;font-size:.9rem}
.disagreement strong{color:var(--warn)}
.disagreement ul{margin:.2rem 0 0;padding-left:1.2rem}
.value{font-weight:600}
details{margin:.35rem 0 0;font-size:.92rem}
summary{cursor:pointer;color:var(--muted);font-size:.8rem}
.quotes{list-style:none;margin:.4rem 0 0;padding:0}
.quotes li{margin:0 0 .6rem}
blockquote{margin:0;padding:.1rem .8rem;border-left:2px solid var(--accent);font-style:italic}
.cite{margin:.15rem 0 0 .8rem;font-size:.78rem;color:var(--muted)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
table{width:100%;border-collapse:collapse;font-size:.88rem;margin:.5rem 0}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--rule)}
th{font-weight:600;color:var(--muted);border-bottom-width:2px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:.5rem 0 1rem}
figcaption{font-size:.78rem;color:var(--muted)}
svg.map{display:block;width:100%;height:auto;background:var(--soft);border:1px solid var(--rule)}
svg.map .frame{fill:none;stroke:var(--rule)}
svg.map .grid{stroke:var(--rule);stroke-width:.6}
svg.map .grid-label{fill:var(--muted);font:10px system-ui,sans-serif}
svg.map circle{fill:var(--accent);fill-opacity:.55;stroke:var(--paper);stroke-width:1.2}
svg.map .place text{fill:var(--ink);font:12px system-ui,sans-serif}
.sources li{margin:0 0 .45rem}
.sources .dup{color:var(--warn);font-size:.85rem}
.empty{color:var(--muted);font-style:italic;font-size:.9rem}
.report-footer{padding-bottom:2rem;color:var(--muted);font-size:.8rem}
@media print{
body{font-size:10.5pt;background:#fff;color:#000}
:root{--ink:#000;--muted:#444;--rule:#bbb;--soft:#f3f3f3;--accent:#1f4f8a;--paper:#fff}
a{color:inherit;text-decoration:none}
nav{display:none}
.story{break-before:page;border-top:0;padding-top:0}
.story:first-child{break-before:auto}
.event,tr,figure,.sources li{break-inside:avoid}
h3,h4{break-after:avoid}
details::details-content{content-visibility:visible;display:block}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim();

function refs(view: StoryView, prefix: string, pageIds: string[]): string {
  return pageIds
    .map((id) => view.numberOf(id))
    .filter((n): n is number => n !== null)
    .sort((a, b) => a - b)
    .map((n) => `<a href="#${prefix}-source-${n}">[${n}]</a>`)
    .join('');
}

function storyHeader(view: StoryView, prefix: string): string {
  const c = view.counts;
  const counts = [plural(c.events, 'event'), plural(c.sources, 'source'), plural(c.places, 'place'),
    plural(c.actors, 'actor'), plural(c.disagreements, 'disagreement')];
  return `<header><h2 id="${prefix}-title">${h(view.bundle.story.label)}</h2>`
    + `<p class="counts">${counts.map((t) => `<span>${h(t)}</span>`).join('')}</p></header>`;
}

function summarySection(view: StoryView, prefix: string): string {
  const sentences = view.bundle.summary.sentences;
  const body = sentences.length === 0
    ? '<p class="empty">No summary.</p>'
    : `<p>${sentences.map((s) => `${h(s.text)}<sup class="ref">${refs(view, prefix, [s.pageId])}</sup>`).join(' ')}</p>`;
  return `<section class="summary"><h3>Summary</h3>${body}</section>`;
}

function disagreementBlock(view: StoryView, prefix: string, d: Disagreement): string {
  const values = d.values
    .map((v) => `<li><span class="value">${h(v.value)}</span> <span class="refs">${refs(view, prefix, distinctPages(v.sources))}</span></li>`)
    .join('');
  return `<div class="disagreement" role="note"><strong>⚠ Sources disagree</strong> (${h(d.kind)}):<ul>${values}</ul></div>`;
}

function quote(view: StoryView, prefix: string, ref: SourceRef): string {
  const n = view.numberOf(ref.pageId);
  const label = [ref.site ?? 'unknown site', ref.title ?? 'untitled'].map(h);
  return `<li><blockquote>${h(ref.text)}</blockquote><p class="cite">`
    + (n !== null ? `<a href="#${prefix}-source-${n}">[${n}]</a> ` : '')
    + `${label[0]} — <cite>${label[1]}</cite> — <code>${h(ref.source)}</code></p></li>`;
}

function namesOf<T extends { id: string; name: string }>(ids: string[], tallies: EntityTally<T>[]): string[] {
  const byId = new Map(tallies.map((t) => [t.entity.id, t.entity.name]));
  return ids.map((id) => byId.get(id)).filter((n): n is string => n !== undefined);
}

function eventItem(view: StoryView, prefix: string, event: Event): string {
  const pages = distinctPages(event.sources);
  const time = clockTime(event);
  const places = namesOf(event.placeIds, view.bundle.places);
  const actors = namesOf(event.actorIds, view.bundle.actors);
  const meta = [
    `<span class="badge">${h(plural(pages.length, 'source'))}</span>`,
    `<span class="refs">${refs(view, prefix, pages)}</span>`,
    event.disagreements.length > 0 ? '<span class="flag warn">⚠ sources disagree</span>' : '',
    event.dateFromPublication ? '<span class="flag">date from publication</span>' : '',
    event.type && event.type !== 'Other' ? `<span>${h(event.subType ? `${event.type}: ${event.subType}` : event.type)}</span>` : '',
    event.fatalities ? `<span>Killed: ${h(fatalityText(event))}</span>` : '',
    places.length > 0 ? `<span>Places: ${h(places.join(', '))}</span>` : '',
    actors.length > 0 ? `<span>Actors: ${h(actors.join(', '))}</span>` : '',
  ].filter(Boolean).join(' ');
  const details = event.sources.length === 0 ? ''
    : `<details><summary>${h(plural(event.sources.length, 'source sentence'))}</summary>`
      + `<ul class="quotes">${event.sources.map((r) => quote(view, prefix, r)).join('')}</ul></details>`;
  return `<li class="event${event.disagreements.length > 0 ? ' disputed' : ''}">`
    + `<p class="claim">${time ? `<span class="clock">${h(time)}</span>` : ''}${h(event.text)}</p>`
    + `<p class="meta">${meta}</p>`
    + event.disagreements.map((d) => disagreementBlock(view, prefix, d)).join('')
    + details
    + '</li>';
}

/** The most conservative count of the dead, and how many counts the sources give ('17 (of 2 counts)'). */
function fatalityText(event: Event): string {
  const counts = (event.figures ?? []).filter((f) => f.unit === 'killed').length;
  return `${event.fatalities!.value}${counts > 1 ? ` (lowest of ${counts} counts)` : ''}`;
}

function leftOutSection(bundle: StoryBundle, prefix: string, view: StoryView): string {
  const list = bundle.leftOut ?? [];
  if (list.length === 0) return '';
  const items = list.map((l) => `<li><span class="reason">${h(l.reason)}${l.cue ? ` (“${h(l.cue)}”)` : ''}</span> ${h(l.ref.text)} `
    + `<span class="refs">${refs(view, prefix, [l.ref.pageId])}</span></li>`).join('');
  return `<section class="left-out"><h3>Left out of the timeline</h3><details><summary>${h(plural(list.length, 'sentence'))} that report no happening `
    + `(predictions, plans, background, opinion...), each with the reason</summary><ul>${items}</ul></details></section>`;
}

function timelineSection(view: StoryView, prefix: string): string {
  if (view.groups.length === 0) return '<section class="timeline"><h3>Timeline</h3><p class="empty">No dated events.</p></section>';
  const groups = view.groups.map((g) => {
    const heading = g.datetime ? `<time datetime="${h(g.datetime)}">${h(g.heading)}</time>` : h(g.heading);
    return `<section class="date"><h4>${heading}</h4><ol class="events">${g.events.map((e) => eventItem(view, prefix, e)).join('')}</ol></section>`;
  });
  return `<section class="timeline"><h3>Timeline</h3>${groups.join('')}</section>`;
}

function spellings(tally: EntityTally<unknown>): string {
  return h(tally.spellings.join(', '));
}

function coordinate(n: number): string {
  return Number.isFinite(n) ? n.toFixed(COORDINATE_DECIMALS) : '—';
}

function placesSection(places: EntityTally<Place>[], prefix: string): string {
  if (places.length === 0) return '<section class="places"><h3>Places</h3><p class="empty">No places.</p></section>';
  const svg = placesSvg(places, `${prefix}-map`);
  const figure = svg
    ? `<figure>${svg}<figcaption>Circle size follows the number of mentions. Latitude and longitude drawn to scale; no background map.</figcaption></figure>`
    : '';
  const rows = places.map((p) => '<tr>'
    + `<td>${h(p.entity.name)}</td><td>${spellings(p)}</td>`
    + `<td class="num">${coordinate(p.entity.lat)}, ${coordinate(p.entity.lon)}</td>`
    + `<td class="num">${p.mentions}</td><td class="num">${p.events}</td></tr>`).join('');
  return `<section class="places"><h3>Places</h3>${figure}<table><thead><tr><th>Place</th><th>Spellings</th>`
    + '<th class="num">Lat, lon</th><th class="num">Mentions</th><th class="num">Events</th></tr></thead>'
    + `<tbody>${rows}</tbody></table></section>`;
}

function actorsSection(actors: EntityTally<Actor>[]): string {
  if (actors.length === 0) return '<section class="actors"><h3>Actors</h3><p class="empty">No actors.</p></section>';
  const rows = actors.map((a) => '<tr>'
    + `<td>${h(a.entity.name)}</td><td>${spellings(a)}</td>`
    + `<td class="num">${a.mentions}</td><td class="num">${a.events}</td></tr>`).join('');
  return '<section class="actors"><h3>Actors</h3><table><thead><tr><th>Actor</th><th>Spellings</th>'
    + '<th class="num">Mentions</th><th class="num">Events</th></tr></thead>'
    + `<tbody>${rows}</tbody></table></section>`;
}

function publishedText(info: SourceInfo): string {
  const p = info.published;
  if (!p) return 'no date';
  const { source, line } = p.evidence;
  const where = line === undefined ? source : source === 'line' ? `line ${line}` : `${source}, line ${line}`;
  const proof = `read from ${where}: ${p.evidence.text}`;
  return `<time datetime="${h(p.value)}" title="${h(proof)}">${h(formatDate(p.value, p.granularity))}</time>`;
}

function sourceItem(view: StoryView, prefix: string, number: number, info: SourceInfo): string {
  const copyOf = info.duplicateOf ? view.numberOf(info.duplicateOf) : null;
  const duplicate = !info.duplicateOf ? ''
    : ` <span class="dup">near-copy of ${copyOf !== null ? `<a href="#${prefix}-source-${copyOf}">[${copyOf}]</a>` : `<code>${h(info.duplicateOf)}</code>`}</span>`;
  // The URL is shown as text, not a link: the report must never point anywhere outside itself.
  const url = info.url && info.url !== info.source ? ` — <code>${h(info.url)}</code>` : '';
  return `<li id="${prefix}-source-${number}" value="${number}">`
    + `${h(info.site ?? 'unknown site')} — <cite>${h(info.title ?? 'untitled')}</cite> — ${publishedText(info)}`
    + ` — <code>${h(info.source)}</code>${url}${duplicate}</li>`;
}

function sourcesSection(view: StoryView, prefix: string): string {
  if (view.sources.length === 0) return '<section class="sources"><h3>Sources</h3><p class="empty">No sources.</p></section>';
  return `<section class="sources"><h3>Sources</h3><ol>${view.sources.map((s) => sourceItem(view, prefix, s.number, s.info)).join('')}</ol></section>`;
}

function storyArticle(bundle: StoryBundle, index: number): string {
  const view = buildStoryView(bundle);
  const prefix = `story-${index + 1}`;
  return `<article class="story" id="${prefix}" aria-labelledby="${prefix}-title">\n`
    + [
      storyHeader(view, prefix),
      summarySection(view, prefix),
      timelineSection(view, prefix),
      leftOutSection(bundle, prefix, view),
      placesSection(bundle.places, prefix),
      actorsSection(bundle.actors),
      sourcesSection(view, prefix),
    ].join('\n')
    + '\n</article>';
}

function contents(bundles: StoryBundle[]): string {
  if (bundles.length < 2) return '';
  const items = bundles.map((b, i) => `<li><a href="#story-${i + 1}">${h(b.story.label)}</a></li>`).join('');
  return `<nav aria-label="Stories"><ol>${items}</ol></nav>`;
}

export function toHtmlReport(bundles: StoryBundle[], options: { title?: string } = {}): string {
  const title = options.title ?? DEFAULT_TITLE;
  const body = bundles.length === 0 ? '<p class="empty">No stories.</p>' : bundles.map(storyArticle).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="newsline">',
    `<title>${h(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<header class="report-header"><h1>${h(title)}</h1><p class="counts"><span>${h(plural(bundles.length, 'story', 'stories'))}</span></p>${contents(bundles)}</header>`,
    `<main>\n${body}\n</main>`,
    '<footer class="report-footer"><p>Made by newsline. Every sentence shown is quoted as a source wrote it; numbers in brackets point to the sources list of each story.</p></footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
