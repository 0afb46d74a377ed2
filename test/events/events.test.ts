import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvents, eventScore, type PageInfo } from '../../src/events/index.js';
import { figuresOf } from '../../src/events/numbers.js';
import { eventType } from '../../src/events/types.js';
import { article } from '../helpers.js';

const day = (value: string) => ({ value, granularity: 'day' as const, from: 'expression' as const, text: value });
const info = (ids: string[]) => new Map<string, PageInfo>(ids.map((id) => [id, { source: `${id}.txt`, site: `Site ${id}`, title: null }]));

test('the same happening told by two pages is one event with both sources; figures that differ are a disagreement', () => {
  const a = article({
    pageId: 'a',
    published: '2017-11-04',
    paragraphs: ['Army engineers cleared 275 explosive devices from the city streets on Friday, the ministry announced.', 'The weather was mild.'],
    dates: [day('2017-11-03'), undefined],
    entities: { 'the ministry': 'actor:ministry' },
  });
  const b = article({
    pageId: 'b',
    published: '2017-11-04',
    paragraphs: ['On Friday army engineers cleared 270 explosive devices from the streets of the city.'],
    dates: [day('2017-11-03')],
  });
  const events = buildEvents('s', [a, b], info(['a', 'b']));
  const cleared = events.find((e) => /cleared/.test(e.text))!;
  assert.equal(cleared.date, '2017-11-03');
  assert.deepEqual(cleared.sources.map((s) => s.pageId).sort(), ['a', 'b']);
  assert.equal(cleared.disagreements.length, 1);
  assert.equal(cleared.disagreements[0].kind, 'number');
  assert.deepEqual(cleared.disagreements[0].values.map((v) => v.value).sort(), ['270 explosive device', '275 explosive device']);
  assert.ok(!events.some((e) => /weather/.test(e.text)), 'a sentence that reports nothing is not an event');
});

test('different days are different events, and a sentence dated only by its page says so', () => {
  const a = article({
    pageId: 'a',
    published: '2017-10-16',
    paragraphs: ['Troops stormed two districts of the city on Monday, killing dozens of fighters.', 'The army declared the eastern road secured after heavy fighting.'],
    dates: [day('2017-10-16'), undefined],
  });
  const events = buildEvents('s', [a], info(['a']));
  assert.equal(events.length, 2);
  const fallback = events.find((e) => /declared/.test(e.text))!;
  assert.equal(fallback.dateFromPublication, true);
  assert.equal(events.find((e) => /stormed/.test(e.text))!.dateFromPublication, false);
});

test('a copy marked by dedupe joins the event of its original even under another date, and the dates disagree', () => {
  const a = article({ pageId: 'a', paragraphs: ['Rebels captured the airport road after a week of heavy fighting near the dam.'], dates: [day('2017-05-02')] });
  const b = article({ pageId: 'b', paragraphs: ['Rebels captured the airport road after a week of heavy fighting near the dam.'], dates: [day('2017-05-03')] });
  b.sentences[0].duplicateOf = { pageId: 'a', sentence: 0 };
  const events = buildEvents('s', [a, b], info(['a', 'b']));
  assert.equal(events.length, 1);
  assert.equal(events[0].disagreements[0].kind, 'date');
});

test('event types follow ACLED categories; figures are read with what they count', () => {
  assert.equal(eventType('Air strikes destroyed three vehicles near the bridge.'), 'Explosions/Remote violence');
  assert.equal(eventType('Troops stormed the district and captured the hospital.'), 'Battles');
  assert.equal(eventType('Thousands protested outside the ministry.'), 'Protests');
  assert.equal(eventType('The cat slept.'), 'Other');
  assert.deepEqual(figuresOf('Six fighters were killed and 30 km of road was cleared in 2017.').map((f) => [f.unit, f.value]), [['killed', 6], ['km', 30]]);
  assert.ok(eventScore({ index: 0, text: 'Why?', start: 0, end: 4, paragraph: 0, timeRefs: [], date: null, mentions: [] }) === 0);
});

test('a story outside conflict news gets events: past actions with an explicit date or a named subject, not plans or opinions', () => {
  const a = article({
    pageId: 'a',
    published: '2021-03-08',
    paragraphs: [
      'Millbrook Rovers won the county chess league on Saturday after a draw on the top board.',
      'Veteran player Alma Quist sealed the title with a patient endgame in the last round.',
      'The club will celebrate with a dinner at the town hall next month.',
      'The coach said the players had shown real spirit all season.',
      'It was a long and tiring afternoon for everyone in the hall.',
    ],
    dates: [day('2021-03-06'), undefined, undefined, undefined, undefined],
  });
  const events = buildEvents('s', [a], info(['a']));
  const texts = events.map((e) => e.text);
  assert.ok(texts.some((t) => /won the county chess league/.test(t)), 'a past action with an explicit date is an event');
  assert.ok(texts.some((t) => /Alma Quist sealed/.test(t)), 'a past action by a named subject is an event, dated by its page');
  assert.ok(!texts.some((t) => /will celebrate/.test(t)), 'a plan is not an event');
  assert.ok(!texts.some((t) => /coach said/.test(t)), 'an opinion reported is not an event');
  assert.ok(!texts.some((t) => /long and tiring/.test(t)), 'a description is not an event');
  assert.equal(events.find((e) => /chess league/.test(e.text))!.date, '2021-03-06');
  assert.equal(events.find((e) => /chess league/.test(e.text))!.type, 'Other');
});
