import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStoryView, groupByDate, numberSources } from '../../src/export/story-view.js';
import type { Event, Granularity } from '../../src/model.js';
import { makeBundle } from './bundle-fixture.js';

function ev(id: string, date: string, granularity: Granularity): Event {
  return { id, storyId: 's', date, granularity, dateFromPublication: false, text: id, type: 'Other', placeIds: [], actorIds: [], sources: [], disagreements: [], score: 0 };
}

test('groupByDate orders coarse before fine, weeks by their Monday, unresolved last', () => {
  const groups = groupByDate([
    ev('unresolved', 'XXXX-10-16', 'day'),
    ev('day', '2017-10-16', 'day'),
    ev('clock', '2017-10-16T12:45', 'time'),
    ev('week', '2017-W42', 'week'),
    ev('month', '2017-10', 'month'),
    ev('year', '2017', 'year'),
    ev('decade', '201', 'decade'),
    ev('earlier', '2017-09-30', 'day'),
  ]);
  assert.deepEqual(groups.map((g) => g.heading),
    ['2010s', '2017', '2017-09-30', 'October 2017', 'week 42, 2017', '2017-10-16', 'XXXX-10-16']);
  const day = groups.find((g) => g.heading === '2017-10-16')!;
  assert.deepEqual(day.events.map((e) => e.id), ['day', 'clock'], 'a clock time sits under its day');
  assert.equal(day.datetime, '2017-10-16');
  assert.equal(groups.at(-1)!.datetime, null, 'no machine date for an unresolved value');
});

test('groupByDate keeps the timeline order within one date', () => {
  const groups = groupByDate([ev('b', '2017-10-16', 'day'), ev('a', '2017-10-16', 'day')]);
  assert.deepEqual(groups[0].events.map((e) => e.id), ['b', 'a']);
});

test('numberSources adds quoted pages missing from the sources list, so every footnote resolves', () => {
  const bundle = makeBundle();
  bundle.sources = [bundle.sources[1]];
  const numbered = numberSources(bundle);
  assert.deepEqual(numbered.map((s) => [s.number, s.info.pageId]), [[1, 'page-b'], [2, 'page-a']]);
  assert.equal(numbered[1].info.source, 'pages/a.txt');
  const view = buildStoryView(bundle);
  assert.equal(view.numberOf('page-a'), 2);
  assert.equal(view.numberOf('nope'), null);
  assert.deepEqual(view.counts, { events: 2, sources: 2, places: 2, actors: 1, disagreements: 1 });
});
