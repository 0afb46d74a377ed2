import { test } from 'node:test';
import assert from 'node:assert/strict';
import { durationValue, parseSpelledYear } from '../../../src/analyze/time/lexicon.js';
import { easterSunday } from '../../../src/analyze/time/holidays.js';
import { sentenceDate } from '../../../src/analyze/time/index.js';
import { day, refFor, summary, tag } from './helpers.js';

const march = day('2004-03-15'); // a Monday, in the first quarter and in spring
const november = day('1995-11-08'); // a Wednesday, in the fourth quarter

test('parseSpelledYear: years said aloud', () => {
  assert.equal(parseSpelledYear('nineteen eighty-four'), 1984);
  assert.equal(parseSpelledYear('two thousand'), 2000);
  assert.equal(parseSpelledYear('two thousand and three'), 2003);
  assert.equal(parseSpelledYear('twenty oh nine'), 2009);
  assert.equal(parseSpelledYear('nineteen apples'), undefined);
});

test('spelledYear: a spoken year, with a month or "the year" before it', () => {
  assert.deepEqual(summary(tag('The dam burst in nineteen eighty-four.', march), 'nineteen eighty-four'), { type: 'DATE', value: '1984', granularity: 'year', anchor: 'absolute' });
  assert.equal(refFor(tag('It opened in March nineteen ninety-two.', march), 'March nineteen ninety-two').value, '1992-03');
  assert.equal(refFor(tag('They hoped to finish by the year two thousand.', march), 'the year two thousand').value, '2000');
  // 'two thousand' with no cue is a count.
  assert.equal(tag('Some two thousand people marched.', march).length, 0);
});

test('yearAsModifier: a year before a lower-case noun, but not a count', () => {
  assert.equal(refFor(tag('The 1991 flood ruined the harvest.', march), '1991').value, '1991');
  assert.equal(refFor(tag("The mill's 1997 accounts were audited.", march), '1997').value, '1997');
  assert.equal(tag('The 2000 soldiers left at dawn.', march).filter((r) => r.text === '2000').length, 0);
  assert.equal(tag('It was a 2000 percent rise.', march).filter((r) => r.text === '2000').length, 0);
});

test('holiday: the nearest one, the last one, the one in a named year, or its week', () => {
  assert.equal(refFor(tag('The ferry sank on Thanksgiving Day.', day('2004-01-10')), 'Thanksgiving Day').value, '2003-11-27');
  assert.equal(refFor(tag('Turnout was high on Election Day.', day('2004-10-25')), 'Election Day').value, '2004-11-02');
  assert.equal(refFor(tag('The shop burned down last Christmas.', march), 'last Christmas').value, '2003-12-25');
  assert.equal(refFor(tag('Crowds gathered on New Year\'s Day 1999.', march), 'New Year\'s Day 1999').value, '1999-01-01');
  assert.deepEqual(summary(tag('Pilgrims arrived for Easter week.', day('2004-04-05')), 'Easter week'), { type: 'DATE', value: '2004-W15', granularity: 'week', anchor: 'document' });
  assert.deepEqual(easterSunday(2004), { year: 2004, month: 4, day: 11 });
  assert.equal(tag('The ship reached Easter Island.', march).length, 0);
});

test('season: with a year, and "the summer" after a preposition', () => {
  assert.deepEqual(summary(tag('Prices peaked in the winter of 1994.', march), 'the winter of 1994'), { type: 'DATE', value: '1994-WI', granularity: 'season', anchor: 'absolute' });
  assert.equal(refFor(tag('Orders picked up over the summer.', november), 'the summer').value, '1995-SU');
  // Said in March, 'the summer' still to come in a future sentence is this year's; one already past is last year's.
  assert.equal(refFor(tag('Work will resume in the summer.', march), 'the summer').value, '2004-SU');
  assert.equal(refFor(tag('Sales slumped during the summer.', march), 'the summer').value, '2003-SU');
});

test('halfYear: TimeML halves, with or without a year', () => {
  assert.equal(refFor(tag('Profits fell in the second half of 1993.', march), 'the second half of 1993').value, '1993-H2');
  assert.equal(refFor(tag('Margins should improve through the first two quarters of 2005.', march), 'the first two quarters of 2005').value, '2005-H1');
  assert.equal(refFor(tag('Sales should rise in the first half of next year.', november), 'the first half of next year').value, '1996-H1');
  assert.equal(tag('He scored in the second half.', november).length, 0);
  assert.deepEqual(sentenceDate(tag('Profits fell in the second half of 1993.', march), null), { value: '1993', granularity: 'year', from: 'expression', text: 'the second half of 1993' });
});

test('theYear: the anchor year for results, a duration when the year "ended" on a date', () => {
  assert.deepEqual(summary(tag('For the year, revenue rose 4%.', november), 'the year'), { type: 'DATE', value: '1995', granularity: 'year', anchor: 'document' });
  assert.equal(refFor(tag('It forecast a loss for the fiscal year.', november), 'the fiscal year').value, '1995');
  assert.equal(refFor(tag('Sales in the latest fiscal year were flat.', november), 'the latest fiscal year').value, '1994');
  assert.equal(tag('She was named Player of the Year.', november).length, 0);
  assert.deepEqual(summary(tag('Net income for the year ended June 30 doubled.', november), 'the year'), { type: 'DURATION', value: 'P1Y', anchor: 'absolute' });
});

test('yearEnd and "the past year"', () => {
  assert.equal(refFor(tag('The merger should close by year-end.', november), 'year-end').value, '1995');
  assert.equal(refFor(tag("Hiring stalled over the past year.", november), 'the past year').value, '1994');
});

test('quarters: a named quarter not yet begun is last year\'s; "last year" after an amount compares quarters', () => {
  assert.equal(refFor(tag('The carrier lost money in the fourth quarter.', day('1996-01-20')), 'the fourth quarter').value, '1995-Q4');
  assert.equal(refFor(tag('It will post a profit in the fourth quarter.', march), 'the fourth quarter').value, '2004-Q4');
  const refs = tag('In the third quarter the brewer earned $5 million, compared with $4 million last year.', november);
  assert.equal(refFor(refs, 'last year').value, '1994-Q3');
  assert.equal(refFor(tag('The brewer was sold last year.', november), 'last year').value, '1994');
});

test('quarters: a forecast quarter is not the one later comparisons refer to', () => {
  const refs = tag('Third-quarter profit fell. Analysts expect losses through the second quarter of 1996. In the year-ago period, the mill earned $2 million.', november);
  assert.equal(refFor(refs, 'the year-ago period').value, '1994-Q3');
  assert.equal(refFor(tag('Third-quarter profit fell, against $9 million in the 1994 quarter.', november), 'the 1994 quarter').value, '1994-Q3');
});

test('month tense: the cue nearest before a month in its sentence decides', () => {
  assert.equal(refFor(tag('The dividend is payable Jan. 2 to holders of record.', november), 'Jan. 2').value, '1996-01-02');
  assert.equal(refFor(tag('The board said the plant would be sold in February to a rival.', november), 'February').value, '1996-02');
  assert.equal(refFor(tag('The firm will say that, since it was founded in February, it has grown.', november), 'February').value, '1995-02');
});

test('durations: halves, hedged "ago", decades in years, and ages left out', () => {
  assert.equal(durationValue(2.5, 'year'), 'P2Y6M');
  assert.equal(durationValue(0.5, 'hour'), 'PT30M');
  assert.equal(refFor(tag('They waited 3 1/2 hours.', march), '3 1/2 hours').value, 'PT3H30M');
  assert.equal(refFor(tag('The war ended almost five years ago.', march), 'almost five years ago').value, '1999');
  assert.equal(refFor(tag('Rents have doubled in three decades.', march), 'three decades').value, 'P30Y');
  assert.equal(tag('The driver, 41 years old, was unhurt.', march).filter((r) => r.type === 'DURATION').length, 0);
});

test('thatPeriod and noon: anaphora to the year last named; twelve o\'clock joins its day', () => {
  const refs = tag('On March 2 the mayor resigned. He had moved to Ohio in May 1990 and left later that year.', march);
  assert.equal(refFor(refs, 'later that year').value, '1990');
  assert.equal(refFor(tag('Talks broke off at noon Friday.', march), 'noon Friday').value, '2004-03-12T12:00');
  assert.equal(tag('The film High Noon was shown.', march).length, 0);
});

test('decades and centuries written short, and rates after an amount', () => {
  assert.deepEqual(summary(tag('Housing boomed in the nineties.', march), 'the nineties'), { type: 'DATE', value: '199', granularity: 'decade', anchor: 'absolute' });
  assert.equal(refFor(tag("Rents rose through the '70s.", march), "'70s").value, '197');
  assert.equal(tag('She is in her forties.', march).length, 0);
  assert.equal(refFor(tag('It is a 12th-century chapel.', march), '12th-century').value, '11');
  assert.equal(refFor(tag('The greatest flood of the 20th century hit the valley.', march), 'the 20th century').value, '19');
  assert.deepEqual(summary(tag('The plant burns $3 million a year in fuel.', march), 'a year'), { type: 'SET', value: 'P1Y', anchor: 'absolute' });
  assert.equal(tag('Profit was $5 million a year ago.', march).filter((r) => r.type === 'SET').length, 0);
});

test('sentenceDate: a century names no calendar point the timeline can use', () => {
  const published = { value: '2004-03-15', granularity: 'day' as const };
  assert.deepEqual(sentenceDate(tag('The 19th century mill still stands.', march), published), { value: '2004-03-15', granularity: 'day', from: 'publication' });
});
