import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceDate } from '../../../src/analyze/time/index.js';
import { day, refFor, summary, tag } from './helpers.js';

const wednesday = day('2003-06-11'); // a Wednesday

test('partOfDay: a weekday with morning, evening or night carries the TimeML suffix', () => {
  const refs = tag('The ferry sank on Monday night and divers arrived Tuesday morning.', wednesday);
  assert.equal(refFor(refs, 'Monday night').value, '2003-06-09TNI');
  assert.equal(refFor(refs, 'Tuesday morning').value, '2003-06-10TMO');
  assert.equal(refFor(tag('The mayor spoke on Sunday evening.', wednesday), 'Sunday evening').value, '2003-06-08TEV');
});

test('partOfDay: "this morning" and "last night" are parts of the anchor day and the day before', () => {
  assert.equal(refFor(tag('The council met this morning.', wednesday), 'this morning').value, '2003-06-11TMO');
  assert.equal(refFor(tag('Two barns burned last night.', wednesday), 'last night').value, '2003-06-10TNI');
  assert.equal(refFor(tag('The market fell yesterday afternoon.', wednesday), 'yesterday afternoon').value, '2003-06-10TAF');
});

test('weekday future cues: "as soon as", "is to", "set to", "scheduled" point to the coming weekday', () => {
  assert.equal(refFor(tag('The envoy could fly home as soon as Friday.', wednesday), 'Friday').value, '2003-06-13');
  assert.equal(refFor(tag('The strike is to end Monday, the union said.', wednesday), 'Monday').value, '2003-06-16');
  assert.equal(refFor(tag('Talks, set to resume Thursday in Oslo, were delayed.', wednesday), 'Thursday').value, '2003-06-12');
  assert.equal(refFor(tag('The club has scheduled a vote Saturday.', wednesday), 'Saturday').value, '2003-06-14');
  // Without a cue the weekday is the one just past.
  assert.equal(refFor(tag('The club held a vote Saturday.', wednesday), 'Saturday').value, '2003-06-07');
});

test('vagueStretch: "recent weeks", "the past few months", "the coming years" are durations of unstated length', () => {
  assert.deepEqual(summary(tag('Prices have climbed in recent weeks.', wednesday), 'recent weeks'), { type: 'DURATION', value: 'PXW', anchor: 'absolute' });
  assert.equal(refFor(tag('Sales slowed over the past few months.', wednesday), 'the past few months').value, 'PXM');
  assert.equal(refFor(tag('More plants will close in the coming years.', wednesday), 'the coming years').value, 'PXY');
});

test('month: "this September" is the anchor year\'s, even when it is still ahead', () => {
  assert.equal(refFor(tag('The vote is due this September.', day('2003-02-05')), 'this September').value, '2003-09');
});

test('month: a deadline ("by May") or an expectation ("expected in May") looks ahead', () => {
  assert.equal(refFor(tag('The bridge must be finished by May.', day('2003-08-20')), 'May').value, '2004-05');
  assert.equal(refFor(tag('A ruling is expected in January.', day('2003-10-20')), 'January').value, '2004-01');
  // A bare month with no cue stays in the past.
  assert.equal(refFor(tag('The bridge was finished in May.', day('2003-02-20')), 'May').value, '2002-05');
});

test('season: "last fall" is the latest fall already begun before the anchor\'s season; "this summer" the anchor year\'s', () => {
  const march = day('2004-03-15');
  assert.equal(refFor(tag('The mill closed last fall.', march), 'last fall').value, '2003-FA');
  assert.equal(refFor(tag('Repairs are planned for this summer.', march), 'this summer').value, '2004-SU');
  assert.equal(refFor(tag('The mill closed last spring.', day('2004-10-02')), 'last spring').value, '2004-SP');
  assert.equal(refFor(tag('It will reopen next spring.', day('2004-10-02')), 'next spring').value, '2005-SP');
});

test('theWeekend: said on a weekday it is the weekend before; "ahead of the weekend" is the coming one', () => {
  const refs = tag('Crews worked over the weekend to clear the road.', wednesday);
  assert.deepEqual(summary(refs, 'the weekend'), { type: 'DATE', value: '2003-W23-WE', granularity: 'week', anchor: 'document' });
  assert.equal(refFor(tag('Traders sold ahead of the weekend.', wednesday), 'the weekend').value, '2003-W24-WE');
  assert.equal(refFor(tag('Fans gathered over the weekend.', day('2003-06-14')), 'the weekend').value, '2003-W24-WE');
  // Without a preposition 'the weekend' is left alone ('the weekend edition').
  assert.equal(tag('She edits the weekend edition.', wednesday).length, 0);
});

test('sentenceDate: a season dates the sentence to its year, a part of the day to its day', () => {
  const published = { value: '2004-03-15', granularity: 'day' as const };
  assert.deepEqual(sentenceDate(tag('The mill closed last fall.', day('2004-03-15')), published), { value: '2003', granularity: 'year', from: 'expression', text: 'last fall' });
  assert.deepEqual(sentenceDate(tag('The mill burned on Friday night.', day('2004-03-15')), published), { value: '2004-03-12', granularity: 'day', from: 'expression', text: 'Friday night' });
});

test('presentReference: the adjective "current" refers to the present', () => {
  assert.equal(refFor(tag('The current plan will be dropped.', wednesday), 'current').value, 'PRESENT_REF');
});
