import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary, buildTimeline, dateRange, significance, storyWindow } from '../../src/summarize/index.js';
import type { Event, Granularity } from '../../src/model.js';

function ev(id: string, date: string, granularity: Granularity, score: number, text = `Something happened ${id}.`): Event {
  return {
    id, storyId: 's', date, granularity, dateFromPublication: false, text, type: 'Other', placeIds: [], actorIds: [], disagreements: [], score,
    sources: [{ pageId: 'p', sentence: 0, text, start: 0, end: text.length, site: null, title: null, source: 'p.txt' }],
  };
}

test("a story's window runs from a season before its first page to the day after its last; undated stories have none", () => {
  assert.deepEqual(storyWindow(['2017-10-16', '', '2017-07-04', '2017-11-04']), { from: '2017-04-03', to: '2017-11-05' });
  assert.equal(storyWindow(['', '']), null);
});

test('date ranges cover their granularity', () => {
  assert.deepEqual(dateRange('2017-09'), { first: '2017-09-01', last: '2017-09-30' });
  assert.deepEqual(dateRange('2016-02'), { first: '2016-02-01', last: '2016-02-29' });
  assert.deepEqual(dateRange('2017-W42'), { first: '2017-10-16', last: '2017-10-22' });
  assert.deepEqual(dateRange('2017-10-16T12:45'), { first: '2017-10-16', last: '2017-10-16' });
});

test('the timeline keeps dated events inside the window, sorted, without year-only dates', () => {
  const window = storyWindow(['2017-07-04', '2017-11-04']);
  const events = [ev('a', '2017-11-04', 'day', 2), ev('b', '2016-06', 'month', 3), ev('c', '2017-09', 'month', 2), ev('d', '2017', 'year', 5), ev('e', '2025-01-01', 'day', 9), ev('f', '2017-07-04', 'day', 1)];
  const t = buildTimeline('s', events, { window });
  assert.deepEqual(t.entries.map((e) => e.id), ['f', 'c', 'a']);
});

test('asked for l dates and k per date, the timeline keeps the most reported dates', () => {
  const events = [ev('a', '2017-01-01', 'day', 1), ev('b', '2017-01-02', 'day', 5), ev('c', '2017-01-02', 'day', 4), ev('d', '2017-01-03', 'day', 3), ev('e', '2017-01-02', 'day', 1)];
  const t = buildTimeline('s', events, { dates: 2, perDate: 2 });
  assert.deepEqual(t.entries.map((e) => e.id), ['b', 'c', 'd']);
});

test('the summary picks important events without repeating one, in date order', () => {
  const t = buildTimeline('s', [
    ev('a', '2017-01-03', 'day', 5, 'The army captured the northern bridge after two days of fighting.'),
    ev('b', '2017-01-04', 'day', 4.9, 'The army captured the northern bridge after two days of heavy fighting.'),
    ev('c', '2017-01-01', 'day', 3.5, 'Aid trucks reached the southern villages for the first time in a month.'),
  ]);
  const summary = buildSummary('s', t, 2);
  assert.deepEqual(summary.sentences.map((s) => s.text.slice(0, 9)), ['Aid truck', 'The army ']);
});

test('a limited timeline keeps the most significant entries, told in date order', () => {
  const fight = { ...ev('b', '2017-10-02', 'day', 2, 'Troops stormed the old market district.'), type: 'Battles', subType: 'Armed clash' };
  const dead = { ...ev('c', '2017-10-03', 'day', 2, 'Shelling hit the bridge.'), fatalities: { unit: 'killed', value: 4, bound: 'exact' as const, text: '4 killed', source: { pageId: 'p', sentence: 0 } } };
  const quiet = { ...ev('a', '2017-10-01', 'day', 2, 'A committee met in the town hall.'), dateFromPublication: true };
  const t = buildTimeline('s', [dead, quiet, fight], { limit: 2 });
  assert.deepEqual(t.entries.map((e) => e.id), ['b', 'c']);
  assert.ok(significance(fight) > significance(quiet));
});

test('what a page put in its headline outranks a side detail of the same day', () => {
  const headline = 'Army declares victory over rebels in Velmora';
  const withTitle = (e: Event): Event => ({ ...e, sources: e.sources.map((s) => ({ ...s, title: headline })) });
  const news = withTitle(ev('a', '2017-11-04', 'day', 2, 'The army declared victory over the rebels in Velmora on Saturday.'));
  const aside = withTitle(ev('b', '2017-11-04', 'day', 2, 'Engineers repaired a water pipe near the station.'));
  assert.ok(significance(news) > significance(aside));
  assert.deepEqual(buildTimeline('s', [aside, news]).entries.map((e) => e.id), ['a', 'b']);
});

test('the summary tells one sentence per day before it tells a day twice', () => {
  const events = [ev('a', '2017-10-01', 'day', 3, 'Rebels shelled the dam road at dawn.'), ev('b', '2017-10-01', 'day', 3, 'A convoy of aid trucks turned back at the checkpoint.'), ev('c', '2017-10-05', 'day', 2, 'The ministry opened talks with tribal elders.')];
  const s = buildSummary('s', buildTimeline('s', events), 2);
  assert.deepEqual(s.sentences.map((r) => r.text).sort(), [events[0].text, events[2].text].sort());
});
