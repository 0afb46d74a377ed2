// Every export carries what the model holds: on the examples, run through the pipeline as a user
// runs it, a field an event has (its actors, sub-type, division, fatalities) must not come out empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, storyBundle } from '../../src/pipeline.js';
import { openStore } from '../../src/store/sqlite.js';
import { ACLED_COLUMNS, acledLocation, toAcledCsv } from '../../src/export/csv-acled.js';
import { toPloverRecords } from '../../src/export/plover.js';
import { toHtmlReport } from '../../src/export/html-report.js';
import { toMarkdown } from '../../src/export/markdown.js';
import { toGeoJson } from '../../src/export/geojson.js';
import type { StoryBundle } from '../../src/model.js';
import { EXAMPLES_DIR } from '../helpers.js';

let cached: StoryBundle | undefined;

/** The main story of the examples, ingested once for all the tests of this file. */
async function mainStory(): Promise<StoryBundle> {
  if (cached) return cached;
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'newsline-fields-')), 'test.db'));
  await ingestPaths(store, [EXAMPLES_DIR]);
  const big = store.stories().sort((a, b) => b.pageIds.length - a.pageIds.length)[0];
  cached = storyBundle(store, big.id)!;
  store.close();
  return cached;
}

/** Cells of a CSV without quoted commas or newlines in the columns this test reads. */
function csvRows(text: string): Map<string, string>[] {
  const [header, ...rows] = text.trimEnd().split('\r\n');
  const names = header.split(',');
  return rows.map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) cells.push(cell), (cell = '');
      else cell += c;
    }
    cells.push(cell);
    return new Map(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

test('events and the story speak one id space for actors and places', async () => {
  const bundle = await mainStory();
  const actorIds = new Set(bundle.actors.map((a) => a.entity.id));
  const placeIds = new Set(bundle.places.map((p) => p.entity.id));
  const withActors = bundle.timeline.entries.filter((e) => e.actorIds.length > 0);
  assert.ok(withActors.length > 5, 'events name actors');
  for (const e of withActors) for (const id of e.actorIds) assert.ok(actorIds.has(id), `event actor ${id} is one of the story's actors`);
  for (const e of bundle.timeline.entries) for (const id of e.placeIds) assert.ok(placeIds.has(id), `event place ${id} is one of the story's places`);
  assert.ok(bundle.actors.some((a) => a.entity.id === 'actor:islamic-state' && a.events > 0), 'the Islamic State is counted in its events');
});

test('csv-acled rows carry actor1, sub_event_type, admin1 and fatalities wherever the event has them', async () => {
  const bundle = await mainStory();
  const rows = csvRows(toAcledCsv([bundle]));
  assert.equal(rows.length, bundle.timeline.entries.length);
  const actors = new Map(bundle.actors.map((a) => [a.entity.id, a.entity]));
  const places = new Map(bundle.places.map((p) => [p.entity.id, p.entity]));
  for (const [i, e] of bundle.timeline.entries.entries()) {
    const row = rows[i];
    assert.equal(row.get('notes'), e.text.replace(/^'/, ''));
    const parties = e.actorIds.map((id) => actors.get(id)!).filter((a) => a.type !== 'media' && a.type !== 'monitor');
    if (parties.length) assert.equal(row.get('actor1'), parties[0].name, e.text);
    if (e.subType) assert.equal(row.get('sub_event_type'), e.subType);
    if (e.fatalities) assert.equal(row.get('fatalities'), String(e.fatalities.value), e.text);
    const location = acledLocation(e.placeIds.map((id) => places.get(id)!));
    if (location) assert.equal(row.get('location'), location.name);
    if (location?.admin1Name) assert.equal(row.get('admin1'), location.admin1Name, `admin1 of ${e.text}`);
  }
  assert.ok(rows.some((r) => r.get('actor1') !== ''), 'some row names an actor');
  assert.ok(rows.some((r) => r.get('admin1') === 'Deir ez-Zor'), 'the governorate is named');
  assert.ok(rows.some((r) => r.get('fatalities') !== ''), 'some row counts the dead');
  assert.ok(rows.every((r) => r.size === ACLED_COLUMNS.length));
});

test('plover writes a line per codable event, with its actors', async () => {
  const bundle = await mainStory();
  const records = toPloverRecords([bundle]);
  assert.ok(records.length >= 3, `${records.length} PLOVER records`);
  for (const r of records) {
    assert.ok(r.source.length > 0 && r.source.every((a) => a.identifier_id.startsWith('actor:')));
    const event = bundle.timeline.entries.find((e) => e.id === r.id)!;
    if (event.fatalities) assert.equal(r.dead, event.fatalities.value);
  }
});

test('the report and the Markdown show each entry’s actors; GeoJSON carries every placed event', async () => {
  const bundle = await mainStory();
  const html = toHtmlReport([bundle]);
  const named = bundle.timeline.entries.filter((e) => e.actorIds.length > 0).length;
  const shown = (html.match(/<span>Actors: /g) ?? []).length;
  assert.equal(shown, named, 'every entry with actors lists them');
  assert.ok(/Left out of the timeline/.test(html), 'the report lists what it left out');
  const md = toMarkdown([bundle]);
  assert.ok(/Islamic State/.test(md));
  const geo = JSON.parse(toGeoJson([bundle]));
  assert.ok(geo.features.length > 0);
});
