// Which reports become one event: a sentence that continues its page's happening, and reports of one
// kind, day and place told in other words; other events of that kind stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvents, type PageInfo } from '../../src/events/index.js';
import type { SentenceDate } from '../../src/model.js';
import { article } from '../helpers.js';

const day = (value: string, text = value): SentenceDate => ({ value, granularity: 'day', from: 'expression', text });
const carried = (value: string, sentence: number, rule: string): SentenceDate => ({ value, granularity: 'day', from: 'context', text: 'Tuesday', via: { sentence, rule } });
const info = (ids: string[]) => new Map<string, PageInfo>(ids.map((id) => [id, { source: `${id}.txt`, site: `Site ${id}`, title: null }]));

test('a count told of "the bombardment" joins the event of the strikes its page reported just before', () => {
  const a = article({
    pageId: 'a',
    published: '2018-03-07',
    paragraphs: ['Jets struck rebel positions around Tarvel on Tuesday, hitting depots and checkpoints.', 'At least 14 fighters died in the bombardment, a local doctor said.'],
    dates: [day('2018-03-06', 'Tuesday'), carried('2018-03-06', 0, 'anaphora')],
    entities: { Tarvel: 'geonames:1' },
  });
  const events = buildEvents('s', [a], info(['a']));
  assert.equal(events.length, 1, events.map((e) => e.text).join(' | '));
  assert.equal(events[0].sources.length, 2);
  assert.equal(events[0].fatalities?.value, 14);
  assert.equal(events[0].fatalities?.source.sentence, 1);
});

test('a sentence dated by its paragraph, not by anaphora, stays its own event', () => {
  const a = article({
    pageId: 'a',
    published: '2018-03-07',
    paragraphs: ['Jets struck rebel positions around Tarvel on Tuesday, hitting depots and checkpoints.', 'On the ground, army units seized a chain of hilltops near the desert crossing.'],
    dates: [day('2018-03-06', 'Tuesday'), carried('2018-03-06', 0, 'paragraph')],
    entities: { Tarvel: 'geonames:1' },
  });
  assert.equal(buildEvents('s', [a], info(['a'])).length, 2);
});

test('two outlets telling one air raid in other words are one event, with the counts that disagree', () => {
  const a = article({
    pageId: 'a',
    published: '2018-03-07',
    paragraphs: ['Jets struck rebel positions around Tarvel on Tuesday, hitting depots and checkpoints.', 'At least 14 fighters died in the bombardment, a local doctor said.'],
    dates: [day('2018-03-06', 'Tuesday'), carried('2018-03-06', 0, 'anaphora')],
    entities: { Tarvel: 'geonames:1' },
  });
  const b = article({
    pageId: 'b',
    published: '2018-03-08',
    paragraphs: ['Government aircraft bombed militant lines on the edge of Tarvel on Tuesday.', 'A monitoring group said 9 militants were killed in the raids.'],
    dates: [day('2018-03-06', 'Tuesday'), carried('2018-03-06', 0, 'anaphora')],
    entities: { Tarvel: 'geonames:1' },
  });
  const events = buildEvents('s', [a, b], info(['a', 'b']));
  const raid = events.find((e) => e.sources.some((s) => s.pageId === 'a'))!;
  assert.deepEqual([...new Set(raid.sources.map((s) => s.pageId))].sort(), ['a', 'b'], events.map((e) => e.text).join(' | '));
  const numbers = raid.disagreements.find((d) => d.kind === 'number');
  assert.ok(numbers, 'at least 14 and 9 killed cannot both be true');
  assert.equal(raid.fatalities?.value, 9);
});

test('an air raid of the same day on another town stays another event', () => {
  const a = article({
    pageId: 'a',
    paragraphs: ['Jets struck rebel positions around Tarvel on Tuesday, hitting depots and checkpoints.'],
    dates: [day('2018-03-06', 'Tuesday')],
    entities: { Tarvel: 'geonames:1' },
  });
  const b = article({
    pageId: 'b',
    paragraphs: ['Government aircraft bombed militant lines on the edge of Morvane on Tuesday.'],
    dates: [day('2018-03-06', 'Tuesday')],
    entities: { Morvane: 'geonames:2' },
  });
  assert.equal(buildEvents('s', [a, b], info(['a', 'b'])).length, 2);
});

test('a siege broken, told by day in one page and by month in another, in other words, is one event', () => {
  const month = (value: string, text: string): SentenceDate => ({ value, granularity: 'month', from: 'expression', text });
  const a = article({
    pageId: 'a',
    paragraphs: ['Government troops joined up with the garrison that rebels had encircled in Velmora on Tuesday.'],
    dates: [day('2016-05-10', 'Tuesday')],
    entities: { Velmora: 'geonames:1' },
  });
  const b = article({
    pageId: 'b',
    paragraphs: ['The enclave was relieved in early May, when an armoured column broke a siege that had lasted two years.'],
    dates: [month('2016-05', 'early May')],
  });
  const c = article({
    pageId: 'c',
    paragraphs: ['The enclave was relieved in early June, when an armoured column broke a siege that had lasted two years.'],
    dates: [month('2016-06', 'early June')],
  });
  const together = buildEvents('s', [a, b], info(['a', 'b']));
  assert.equal(together.length, 1, together.map((e) => e.text).join(' | '));
  assert.equal(together[0].date, '2016-05-10', 'the day is the finer date');
  assert.equal(buildEvents('s', [a, c], info(['a', 'c'])).length, 2, 'another month is another event');
});

test('a month and a day inside it do not disagree; two days do', () => {
  const a = article({ pageId: 'a', paragraphs: ['Rebels captured the airport road after a week of heavy fighting near the dam.'], dates: [day('2017-05-02')] });
  const b = article({ pageId: 'b', paragraphs: ['Rebels captured the airport road after a week of heavy fighting near the dam.'], dates: [{ value: '2017-05', granularity: 'month', from: 'expression', text: 'in May' }] });
  b.sentences[0].duplicateOf = { pageId: 'a', sentence: 0 };
  const [event] = buildEvents('s', [a, b], info(['a', 'b']));
  assert.equal(event.disagreements.length, 0);
});

test('pages with no date at all: reports of one happening meet by their words, other happenings and dated reports stay apart', () => {
  const a = article({ pageId: 'a', paragraphs: ['A strong earthquake shook the hill town of Varesh, flattening dozens of mud-brick houses.'], entities: { Varesh: 'geonames:7' } });
  const b = article({ pageId: 'b', paragraphs: ['The quake flattened mud-brick houses across Varesh, rescuers said.'], entities: { Varesh: 'geonames:7' } });
  const c = article({ pageId: 'c', paragraphs: ['Fishermen rescued two sailors whose boat capsized off the northern cape.'] });
  const d = article({ pageId: 'd', published: '2020-02-03', paragraphs: ['A strong earthquake shook the hill town of Varesh, flattening dozens of mud-brick houses.'], entities: { Varesh: 'geonames:7' } });
  const events = buildEvents('s', [a, b, c, d], info(['a', 'b', 'c', 'd']));
  const quake = events.find((e) => e.sources.some((s) => s.pageId === 'a'))!;
  assert.deepEqual(quake.sources.map((s) => s.pageId).sort(), ['a', 'b'], events.map((e) => e.text).join(' | '));
  assert.equal(quake.date, '', 'an undated event has no day');
  assert.equal(events.length, 3, 'the capsized boat is another event, and the dated report is not placed on a day it was not given');
});

test("a page's second sentence about the happening its first one reported joins that event", () => {
  const a = article({
    pageId: 'a',
    published: '2019-06-12',
    paragraphs: ['Police arrested the former treasurer of the Harlow rowing club over missing funds.', 'The treasurer was arrested at his home in Harlow, police said.'],
    entities: { Harlow: 'geonames:3' },
  });
  const events = buildEvents('s', [a], info(['a']));
  assert.equal(events.length, 1, events.map((e) => e.text).join(' | '));
  assert.equal(events[0].sources.length, 2);
});

test('two drafts of one batch that turn out to tell one happening become one event, with every source', () => {
  // b shares too little with a to join it when it comes; c, which joins b, brings the words a shares with them.
  const a = article({ pageId: 'a', published: '2021-04-20', paragraphs: ['Flood water swept away the old stone bridge at Kelmar overnight, cutting the valley road.'], entities: { Kelmar: 'geonames:5' } });
  const b = article({ pageId: 'b', published: '2021-04-20', paragraphs: ['Engineers closed the valley road after the river rose above its banks.'] });
  const c = article({ pageId: 'c', published: '2021-04-20', paragraphs: ['Engineers closed the valley road after flood water swept away the old stone bridge near the river banks.'] });
  const events = buildEvents('s', [a, b, c], info(['a', 'b', 'c']));
  assert.equal(events.length, 1, events.map((e) => e.text).join(' | '));
  assert.deepEqual(events[0].sources.map((s) => s.pageId).sort(), ['a', 'b', 'c']);
  assert.equal(events[0].independentSources, 3);
});

test('a capture told by one page in its own date and by another only by its page date is one event; daily strikes are not', () => {
  const pub = (value: string): SentenceDate => ({ value, granularity: 'day', from: 'publication' });
  const a = article({
    pageId: 'a',
    paragraphs: ['The army announced on Friday that Velmora had been completely recaptured from the rebels.'],
    dates: [day('2019-03-08', 'Friday')],
    entities: { Velmora: 'geonames:1' },
  });
  const b = article({
    pageId: 'b',
    paragraphs: ['Government forces have retaken Velmora, ending the rebels’ hold on the largest town of the valley.'],
    dates: [pub('2019-03-09')],
    entities: { Velmora: 'geonames:1' },
  });
  const taken = buildEvents('s', [a, b], info(['a', 'b']));
  assert.equal(taken.length, 1, taken.map((e) => `${e.subType}: ${e.text}`).join(' | '));
  const c = article({ pageId: 'c', paragraphs: ['Jets struck rebel positions around Velmora on Friday, hitting depots.'], dates: [day('2019-03-08', 'Friday')], entities: { Velmora: 'geonames:1' } });
  const d = article({ pageId: 'd', paragraphs: ['Warplanes bombed the outskirts of Velmora, residents reported.'], dates: [pub('2019-03-09')], entities: { Velmora: 'geonames:1' } });
  assert.equal(buildEvents('s', [c, d], info(['c', 'd'])).length, 2, 'a strike dated only by its page may be the next day’s');
});
