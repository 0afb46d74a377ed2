// newsline web UI. Every string from a page reaches the document as a text node (textContent,
// createTextNode), never as markup: nothing here parses HTML or builds HTML strings.
'use strict';

const PAGE_SIZE = 100;
const main = document.getElementById('main');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'className') node.className = v;
    else if (k === 'onclick') node.addEventListener('click', v);
    else if (k === 'href') node.setAttribute('href', v.startsWith('#/') ? v : '#/');
    else if (k.startsWith('data-')) node.setAttribute(k, String(v));
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

const route = (...parts) => '#/' + parts.map(encodeURIComponent).join('/');

async function api(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) throw new Error(body.message || res.statusText);
  return body;
}

function showError(err) {
  main.replaceChildren(el('p', { className: 'error' }, 'Could not load: ', String(err.message || err)));
}

function snippet(parts) {
  return el('span', { className: 'snippet' }, parts.map((p) => (p.hit ? el('mark', {}, p.text) : p.text)));
}

// ---- story list and search ----

async function showStories(query) {
  const data = await api('/api/stories' + (query ? '?q=' + encodeURIComponent(query) : ''));
  const list = el('ul', { className: 'plain', id: 'stories' },
    data.stories.map((s) => el('li', { className: 'story-item' },
      el('a', { href: route('story', s.id) }, s.label),
      el('span', { className: 'muted' }, ` — ${s.pages} page${s.pages === 1 ? '' : 's'}`, s.hits ? `, ${s.hits} matching` : ''))));
  const hits = data.hits.length
    ? [el('h2', {}, 'Matching pages'), el('ul', { className: 'plain', id: 'hits' },
        data.hits.map((h) => el('li', { className: 'story-item hit' },
          el('a', { href: route('article', h.pageId) }, h.title || h.pageId),
          el('span', { className: 'muted' }, h.site ? ` — ${h.site}` : ''),
          el('div', {}, snippet(h.snippet)))))]
    : [];
  main.replaceChildren(
    el('h1', {}, query ? `Stories matching “${query}”` : 'Stories'),
    data.stories.length ? list : el('p', { className: 'muted' }, query ? 'Nothing matches.' : 'No stories yet.'),
    ...hits);
}

// ---- story page ----

let map = null;

function formatDate(value, granularity) {
  return granularity === 'time' ? value.replace('T', ' ') : value;
}

function entryNode(entry, state) {
  const node = el('li', { className: 'entry', 'data-event': entry.id, 'data-places': entry.placeIds.join(' ') },
    el('span', { className: 'date' }, formatDate(entry.date, entry.granularity)),
    entry.text,
    el('span', { className: 'badge sources', title: 'independent outlets reporting it (copies count once)' }, `${entry.independentSources} source${entry.independentSources === 1 ? '' : 's'}`),
    entry.subType ? el('span', { className: 'badge kind', title: entry.type }, entry.subType) : null,
    entry.fatalities ? el('span', { className: 'badge', title: 'the lowest count of the dead a source gives' }, `${entry.fatalities.value} killed`) : null,
    // What each side says is in the entry itself, not only in a tooltip.
    ...entry.disagreements.map((d) => el('span', { className: 'badge disagree', title: `sources disagree (${d.kind})` },
      d.values.map((v) => `${v.value} (${v.sources} source${v.sources === 1 ? '' : 's'})`).join(' · '))),
    entry.dateFromPublication ? el('span', { className: 'badge', title: 'dated by the publication date' }, 'pub. date') : null,
    entry.actors && entry.actors.length ? el('span', { className: 'actors-of-entry muted' }, ' — ', ...entry.actors.flatMap((a, i) => [i ? ', ' : '',
      el('button', { className: 'link actor-filter', 'data-actor': a.id, title: 'show only the entries with this actor', onclick: (ev) => { ev.stopPropagation(); state.actor = a.id; state.place = null; loadTimeline(state, false).catch(showError); } }, a.name)])) : null);
  node.addEventListener('click', () => {
    document.querySelectorAll('.entry.selected').forEach((n) => n.classList.remove('selected'));
    node.classList.add('selected');
    showSources(state.storyId, entry);
  });
  return node;
}

async function loadTimeline(state, append) {
  const params = new URLSearchParams({ offset: String(append ? state.loaded : 0), limit: String(PAGE_SIZE) });
  if (state.place) params.set('place', state.place);
  if (state.actor) params.set('actor', state.actor);
  const t = await api(`/api/stories/${encodeURIComponent(state.storyId)}/timeline?${params}`);
  renderTimeline(state, t, append);
}

function renderTimeline(state, t, append) {
  const list = document.getElementById('timeline');
  if (!append) list.replaceChildren();
  for (const e of t.entries) list.append(entryNode(e, state));
  state.loaded = (append ? state.loaded : 0) + t.entries.length;
  const info = document.getElementById('timeline-info');
  const place = state.place && state.places.get(state.place);
  const actor = state.actor && t.entries.flatMap((e) => e.actors || []).find((a) => a.id === state.actor);
  info.replaceChildren(`${t.total} entr${t.total === 1 ? 'y' : 'ies'}`, place ? ` at ${place.name} ` : '', actor ? ` with ${actor.name} ` : '',
    place || state.actor ? el('button', { className: 'link', id: 'clear-filter', onclick: () => { state.place = null; state.actor = null; loadTimeline(state, false).catch(showError); } }, 'show all') : '');
  const more = document.getElementById('more');
  more.hidden = state.loaded >= t.total;
}

async function showSources(storyId, entry) {
  const panel = document.getElementById('sources-panel');
  const full = await api(`/api/stories/${encodeURIComponent(storyId)}/events/${encodeURIComponent(entry.id)}`);
  const list = el('ul', { className: 'plain', id: 'source-list' }, full.sources.map((s, i) =>
    el('li', {}, el('button', { className: 'link', onclick: () => showSentence(s) }, `${i + 1}. ${s.site || s.title || s.pageId}`), ': ', el('q', {}, s.text))));
  panel.replaceChildren(el('h2', {}, 'Sources'), list, el('div', { id: 'source-text' }));
  if (full.sources[0]) await showSentence(full.sources[0]);
}

async function showSentence(ref) {
  const box = document.getElementById('source-text');
  const a = await api('/api/articles/' + encodeURIComponent(ref.pageId));
  const mark = el('mark', { id: 'highlight' }, a.text.slice(ref.start, ref.end));
  box.replaceChildren(
    el('div', { className: 'muted' }, el('a', { href: route('article', a.pageId) }, a.title || a.pageId), a.site ? ` — ${a.site}` : '', a.published ? ` — ${a.published.value}` : ''),
    a.text.slice(0, ref.start), mark, a.text.slice(ref.end));
  mark.scrollIntoView({ block: 'center' });
}

async function drawMap(state, places) {
  if (map) { map.remove(); map = null; }
  if (typeof L === 'undefined') return;
  // A view first: Leaflet cannot draw a layer on a map that has none yet.
  map = L.map('map', { attributionControl: false, worldCopyJump: true }).setView([20, 0], 2);
  try {
    const borders = await api('/assets/countries.geojson');
    L.geoJSON(borders, { style: { color: '#8a9aa8', weight: 0.7, fillColor: '#f3f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
  } catch (_) { /* the pins still work without borders */ }
  const pins = places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const max = Math.max(1, ...pins.map((p) => p.events));
  for (const p of pins) {
    const marker = L.circleMarker([p.lat, p.lon], { radius: 5 + 13 * Math.sqrt(p.events / max), color: '#8a1c1c', weight: 1, fillColor: '#d9412b', fillOpacity: 0.7, className: 'pin pin-' + p.id.replace(/[^A-Za-z0-9_-]/g, '_') });
    const label = document.createElement('span');
    label.textContent = `${p.name}: ${p.events} entr${p.events === 1 ? 'y' : 'ies'}`;
    marker.bindTooltip(label);
    marker.on('click', () => { state.place = p.id; loadTimeline(state, false).catch(showError); });
    marker.addTo(map);
  }
  if (pins.length) map.fitBounds(L.latLngBounds(pins.map((p) => [p.lat, p.lon])).pad(0.4), { maxZoom: 7 });
}

async function showStory(id) {
  const data = await api(`/api/stories/${encodeURIComponent(id)}?limit=${PAGE_SIZE}`);
  const state = { storyId: data.story.id, place: null, actor: null, loaded: 0, places: new Map(data.places.items.map((p) => [p.id, p])) };
  main.replaceChildren(
    el('h1', { id: 'story-title' }, data.story.label),
    el('p', { className: 'muted' }, `${data.story.pages} pages, ${data.timeline.total} timeline entries — export: `,
      ...['json', 'md', 'html', 'csv-acled', 'plover', 'geojson', 'timelinejs'].flatMap((f) => [el('a', { href: '#/' }, f), ' '])),
    data.summary.length ? el('div', { className: 'panel summary' }, el('h2', {}, 'Summary'), el('ul', {}, data.summary.map((s) => el('li', {}, s.text)))) : '',
    el('div', { className: 'grid' },
      el('div', { className: 'panel' }, el('h2', {}, 'Timeline'), el('div', { id: 'timeline-info', className: 'filter muted' }), el('ul', { className: 'plain', id: 'timeline' }),
        el('button', { id: 'more', onclick: () => loadTimeline(state, true).catch(showError) }, 'More')),
      el('div', {},
        el('div', { id: 'map' }),
        el('div', { className: 'panel' }, el('h2', {}, 'Actors'), el('ul', { className: 'plain actors', id: 'actors' }, data.actors.items.map((a) => el('li', { title: a.spellings.join(', ') }, a.name, el('span', { className: 'muted' }, ` (${a.events})`))))),
        el('div', { className: 'panel', id: 'sources-panel' }, el('h2', {}, 'Sources'), el('p', { className: 'muted' }, 'Click a timeline entry to see the sentence in each source.')))));
  // Export links go to the API as downloads; set here so the generic href guard above stays strict.
  main.querySelectorAll('p.muted a').forEach((a) => a.setAttribute('href', `/api/stories/${encodeURIComponent(data.story.id)}/export/${a.textContent}`));
  renderTimeline(state, data.timeline, false);
  await drawMap(state, data.places.items);
}

// ---- article page ----

async function showArticle(id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const body = el('div', { className: 'article-text', id: 'article-text' });
  // Text pages know each kept paragraph's and dropped line's place in the page: show them in order.
  // Each sentence the timeline left out is marked where it stands, with its reason.
  const leftOutSentences = (a.sentences || []).filter((s) => !s.kept && s.reason !== 'too-short' && s.reason !== 'undated');
  const paragraphParts = (p) => {
    const parts = [];
    let at = p.start;
    for (const s of leftOutSentences) {
      if (s.start < p.start || s.end > p.end) continue;
      if (s.start > at) parts.push(a.text.slice(at, s.start));
      parts.push(el('span', { className: 'left-out', title: `left out of the timeline: ${s.reason}${s.cue ? ` ("${s.cue}")` : ''}` }, a.text.slice(s.start, s.end)));
      parts.push(el('span', { className: 'reason' }, s.reason));
      at = s.end;
    }
    if (at < p.end) parts.push(a.text.slice(at, p.end));
    return parts;
  };
  const items = a.paragraphs.map((p) => ({ line: p.line, node: el('p', {}, ...paragraphParts(p)) }));
  const dropped = a.dropped.map((d) => ({ line: d.line, node: el('p', { className: 'dropped-line' }, el('del', { className: 'dropped' }, d.text), el('span', { className: 'reason' }, d.reason)) }));
  const ordered = a.dropped.every((d) => d.line !== null) && a.paragraphs.every((p) => p.line !== null)
    ? [...items, ...dropped].sort((x, y) => x.line - y.line)
    : [...items, ...(dropped.length ? [{ node: el('h2', {}, 'Dropped') }] : []), ...dropped];
  body.append(...ordered.map((x) => x.node));
  main.replaceChildren(
    el('h1', {}, a.title || a.pageId),
    el('p', { className: 'muted' }, [a.site, a.author, a.published && a.published.value, a.source].filter(Boolean).join(' — ')),
    a.storyId ? el('p', {}, el('a', { href: route('story', a.storyId) }, 'Back to the story')) : '',
    el('p', { className: 'muted' }, `${a.dropped.length} line${a.dropped.length === 1 ? '' : 's'} dropped as boilerplate (struck through, with the reason); `
      + `${leftOutSentences.length} sentence${leftOutSentences.length === 1 ? '' : 's'} left out of the timeline (underlined, with the reason).`),
    body);
}

// ---- routing ----

async function render() {
  const [, kind, id] = location.hash.replace(/^#\/?/, '/').split('/').map(decodeURIComponent);
  try {
    if (kind === 'story' && id) await showStory(id);
    else if (kind === 'article' && id) await showArticle(id);
    else if (kind === 'search') await showStories(id || '');
    else await showStories('');
    document.body.setAttribute('data-ready', kind || 'home');
  } catch (err) {
    showError(err);
  }
}

document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = document.getElementById('search').value.trim();
  location.hash = q ? route('search', q) : '#/';
});
window.addEventListener('hashchange', render);
render();
