import { test } from 'node:test';
import assert from 'node:assert/strict';
import { day, refFor, summary, tag } from './helpers.js';

const MON_2017_10_16 = day('2017-10-16');

test('absolute dates in their usual spellings', () => {
  const refs = tag('Talks opened October 16, 2017 and closed Oct. 18, 2017; a ceasefire began 16 October 2017 and ended on July 4th, 2017.');
  assert.deepEqual(summary(refs, 'October 16, 2017'), { type: 'DATE', value: '2017-10-16', granularity: 'day', anchor: 'absolute' });
  assert.equal(refFor(refs, 'Oct. 18, 2017').value, '2017-10-18');
  assert.equal(refFor(refs, '16 October 2017').rule, 'dayMonthYear');
  assert.equal(refFor(refs, 'July 4th, 2017').value, '2017-07-04');
});

test('ISO and numeric dates, US order by default and day-first on request', () => {
  const text = 'The file was stamped 2017-10-16 and the letter 11/04/2017.';
  assert.equal(refFor(tag(text), '2017-10-16').rule, 'isoDate');
  assert.equal(refFor(tag(text), '11/04/2017').value, '2017-11-04');
  assert.equal(refFor(tag(text, null, { numericOrder: 'dmy' }), '11/04/2017').value, '2017-04-11');
  // A first field over 12 can only be a day, whatever the order.
  assert.equal(refFor(tag('Signed 25/04/2017.'), '25/04/2017').value, '2017-04-25');
});

test('months with a year, bare years with a cue, decades', () => {
  const refs = tag('The fighting began in March 2011, peaked during 2015, and recalled the 1990s; trade fell in 2009.');
  assert.deepEqual(summary(refs, 'March 2011'), { type: 'DATE', value: '2011-03', granularity: 'month', anchor: 'absolute' });
  assert.deepEqual(summary(refs, '2015'), { type: 'DATE', value: '2015', granularity: 'year', anchor: 'absolute' });
  assert.deepEqual(summary(refs, 'the 1990s'), { type: 'DATE', value: '199', granularity: 'decade', anchor: 'absolute' });
  assert.equal(refFor(refs, '2009').rule, 'yearWithCue');
  assert.equal(refFor(tag('Visitors came in June 2016.'), 'June 2016').value, '2016-06');
  assert.equal(refFor(tag('He cited a 2015 report by the committee.'), '2015').rule, 'yearBeforeNoun');
  assert.deepEqual(tag('Prices doubled between 2014 and 2016, and from 2009-2011.').map((r) => r.value), ['2014', '2016', '2009', '2011']);
  assert.equal(refFor(tag('The March 2011 uprising spread.'), 'March 2011').value, '2011-03');
});

test('numbers that are not years, ordinals that are not dates', () => {
  const text = 'The 4th and 17th brigades, with the 5th Corps and Unit 137, cleared 275 mines over 500-670 kilometers. A force of 2000 troops moved.';
  const dates = tag(text).filter((r) => r.type === 'DATE' || r.type === 'TIME');
  assert.deepEqual(dates.map((r) => r.text), []);
});

test('copyright years are not dates of the story', () => {
  assert.deepEqual(tag('© 2025 Example Weekly. (c) 2025 All rights reserved. Copyright Example Press, 2024.'), []);
});

test('May and March as verbs or names are not months', () => {
  const refs = tag('Prices May be lower. Troops march north. Theresa May spoke. In May the river rose. He left on 5 May.');
  assert.deepEqual(refs.map((r) => r.text), ['May', '5 May']);
  assert.equal(refFor(refs, 'May').rule, 'monthAlone');
});

test('weekday phrases, and weekday names inside titles are skipped', () => {
  const refs = tag('Convoys left on Monday night. Officials said Saturday that, on Friday, shelling resumed. The Sunday Times reported it.', MON_2017_10_16);
  assert.deepEqual(summary(refs, 'Monday night'), { type: 'DATE', value: '2017-10-16TNI', granularity: 'day', anchor: 'document' });
  assert.equal(refFor(refs, 'Saturday').value, '2017-10-14');
  assert.equal(refFor(refs, 'Friday').value, '2017-10-13');
  assert.ok(!refs.some((r) => r.text.includes('Sunday')), 'Sunday Times is a newspaper');
});

test("'on Monday, October 16' is one expression", () => {
  const refs = tag('Units stormed the district on Monday, October 16, freeing it.', MON_2017_10_16);
  assert.equal(refs.length, 1);
  assert.deepEqual(summary(refs, 'Monday, October 16'), { type: 'DATE', value: '2017-10-16', granularity: 'day', anchor: 'document' });
});

test('relative days and periods against the page date', () => {
  const refs = tag('Yesterday the mayor spoke; today he resigned; tomorrow a vote. Last week was calm, this week is not. Last month saw rain; this year is dry, unlike last year. Earlier this month a bridge fell.', MON_2017_10_16);
  assert.equal(refFor(refs, 'Yesterday').value, '2017-10-15');
  assert.equal(refFor(refs, 'today').value, '2017-10-16');
  assert.equal(refFor(refs, 'tomorrow').value, '2017-10-17');
  assert.deepEqual(summary(refs, 'Last week'), { type: 'DATE', value: '2017-W41', granularity: 'week', anchor: 'document' });
  assert.equal(refFor(refs, 'this week').value, '2017-W42');
  assert.deepEqual(summary(refs, 'Last month'), { type: 'DATE', value: '2017-09', granularity: 'month', anchor: 'document' });
  assert.equal(refFor(refs, 'this year').value, '2017');
  assert.deepEqual(summary(refs, 'last year'), { type: 'DATE', value: '2016', granularity: 'year', anchor: 'document' });
  assert.equal(refFor(refs, 'Earlier this month').value, '2017-10');
});

test("'N units ago' takes the unit as its granularity", () => {
  const refs = tag('Three days ago the dam broke. Two years ago it was built. Two weeks ago a crack showed.', day('2017-11-04'));
  assert.deepEqual(summary(refs, 'Three days ago'), { type: 'DATE', value: '2017-11-01', granularity: 'day', anchor: 'document' });
  assert.deepEqual(summary(refs, 'Two years ago'), { type: 'DATE', value: '2015', granularity: 'year', anchor: 'document' });
  assert.equal(refFor(refs, 'Two weeks ago').granularity, 'week');
  assert.equal(refFor(tag('It opened 3 days ago.', day('2017-03-02')), '3 days ago').value, '2017-02-27');
});

test('vague past, present and future references', () => {
  const refs = tag('Strikes rose in recent months. The town is now calm and currently open. Aid will arrive soon, as soon as roads open.');
  assert.deepEqual(summary(refs, 'recent months'), { type: 'DURATION', value: 'PXM', anchor: 'absolute' });
  assert.equal(refFor(refs, 'now').value, 'PRESENT_REF');
  assert.equal(refFor(refs, 'currently').value, 'PRESENT_REF');
  assert.equal(refs.filter((r) => r.value === 'FUTURE_REF').length, 1, "'as soon as' is a conjunction");
});

test('durations', () => {
  const refs = tag('The town was held for over two years, the airport over three years, the dam for over 3 years. Jets struck over two days. Over the past 24 hours roads opened. In those two months, talks stalled. Troops could arrive within hours.');
  assert.deepEqual(summary(refs, 'over two years'), { type: 'DURATION', value: 'P2Y', anchor: 'absolute' });
  assert.equal(refFor(refs, 'over three years').value, 'P3Y');
  assert.equal(refFor(refs, 'over 3 years').value, 'P3Y');
  assert.equal(refFor(refs, 'over two days').value, 'P2D');
  // 'over' before an article and 'within' are prepositions, left out of the span as TimeML does.
  assert.equal(refFor(refs, 'the past 24 hours').value, 'PT24H');
  assert.equal(refFor(refs, 'those two months').value, 'P2M');
  assert.equal(refFor(refs, 'hours').value, 'PTXH');
  assert.ok(refs.every((r) => r.type === 'DURATION'));
});

test('sets', () => {
  const refs = tag('Bread is baked every day and sold daily; the council meets each week and reports weekly, twice a month, and every Friday.');
  assert.deepEqual(summary(refs, 'every day'), { type: 'SET', value: 'P1D', anchor: 'absolute' });
  assert.equal(refFor(refs, 'daily').value, 'P1D');
  assert.equal(refFor(refs, 'each week').value, 'P1W');
  assert.equal(refFor(refs, 'weekly').value, 'P1W');
  assert.equal(refFor(refs, 'twice a month').value, 'P1M');
  assert.equal(refFor(refs, 'every Friday').value, 'XXXX-WXX-5');
  assert.equal(tag('He read the Daily Herald.').length, 0);
});

test('clock times, joined to an adjacent date', () => {
  const refs = tag('Posted October 16, 2017 - 12:45 AMT. The blast came at 9:30 p.m. on Monday.', MON_2017_10_16);
  assert.deepEqual(summary(refs, 'October 16, 2017 - 12:45 AMT'), { type: 'TIME', value: '2017-10-16T12:45', granularity: 'time', anchor: 'absolute' });
  assert.deepEqual(summary(refs, '9:30 p.m. on Monday'), { type: 'TIME', value: '2017-10-16T21:30', granularity: 'time', anchor: 'document' });
  assert.deepEqual(summary(tag('At 07:15 the sirens sounded.', MON_2017_10_16), '07:15'), { type: 'TIME', value: '2017-10-16T07:15', granularity: 'time', anchor: 'document' });
});

test('anaphora lean on the previous expression', () => {
  const refs = tag('The siege began on 3 March 2014. The next day the airport closed; two weeks later the road was cut.');
  assert.deepEqual(summary(refs, 'The next day'), { type: 'DATE', value: '2014-03-04', granularity: 'day', anchor: 'previous' });
  assert.equal(refFor(refs, 'two weeks later').anchor, 'previous');
  // Two weeks after 4 March 2014 (the day just named) is Tuesday 18 March, ISO week 12.
  assert.equal(refFor(refs, 'two weeks later').value, '2014-W12');
});

test('French, German and Spanish month and weekday names', () => {
  assert.equal(refFor(tag("L'attaque a eu lieu le 16 octobre 2017.", null, { language: 'fr' }), '16 octobre 2017').value, '2017-10-16');
  assert.equal(refFor(tag('Der Angriff begann am 16. Oktober 2017.', null, { language: 'de' }), '16. Oktober 2017').value, '2017-10-16');
  assert.equal(refFor(tag('El ataque fue el 16 de octubre de 2017.', null, { language: 'es' }), '16 de octubre de 2017').value, '2017-10-16');
  assert.equal(refFor(tag('Les troupes sont entrées lundi.', MON_2017_10_16, { language: 'fr' }), 'lundi').value, '2017-10-16');
  assert.equal(refFor(tag('Gestern fiel die Stadt.', MON_2017_10_16, { language: 'de' }), 'Gestern').value, '2017-10-15');
  // Without the language option, French words are not read.
  assert.equal(tag('le 16 octobre 2017').filter((r) => r.type === 'DATE' && r.granularity === 'day').length, 0);
});
