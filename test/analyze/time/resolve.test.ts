import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceDate } from '../../../src/analyze/time/index.js';
import { day, refFor, summary, tag } from './helpers.js';

test("anchor 2017-10-16 (a Monday): 'on Monday, October 16' is that day", () => {
  const refs = tag('The brigade entered the old quarter on Monday, October 16, after a long wait.', day('2017-10-16'));
  assert.deepEqual(summary(refs, 'Monday, October 16'), { type: 'DATE', value: '2017-10-16', granularity: 'day', anchor: 'document' });
});

test("anchor 2017-11-04: 'Two months ago' is September 2017, month granularity", () => {
  const refs = tag('Two months ago, the relief column reached the garrison.', day('2017-11-04'));
  assert.deepEqual(summary(refs, 'Two months ago'), { type: 'DATE', value: '2017-09', granularity: 'month', anchor: 'document' });
});

test("anchor 2017-07-04 (a Tuesday): 'On Tuesday' is the page's own day", () => {
  const refs = tag('On Tuesday, jets hit depots near the river.', day('2017-07-04'));
  assert.deepEqual(summary(refs, 'Tuesday'), { type: 'DATE', value: '2017-07-04', granularity: 'day', anchor: 'document' });
});

test('bare weekdays resolve to the latest one on or before the anchor, unless the tense is future', () => {
  const anchor = day('2017-10-16'); // Monday
  assert.equal(refFor(tag('Rebels withdrew on Saturday.', anchor), 'Saturday').value, '2017-10-14');
  assert.equal(refFor(tag('The envoy will visit on Saturday.', anchor), 'Saturday').value, '2017-10-21');
  assert.equal(refFor(tag('Talks are expected to resume on Thursday.', anchor), 'Thursday').value, '2017-10-19');
  assert.equal(refFor(tag('They met last Monday.', anchor), 'last Monday').value, '2017-10-09');
  assert.equal(refFor(tag('They meet next Monday.', anchor), 'next Monday').value, '2017-10-23');
});

test('bare months take the most recent one, or the next one in future context', () => {
  const march = day('2017-03-10');
  assert.deepEqual(summary(tag('Shelling intensified in August.', march), 'August'), { type: 'DATE', value: '2016-08', granularity: 'month', anchor: 'document' });
  assert.equal(refFor(tag('Shelling intensified in February.', march), 'February').value, '2017-02');
  assert.equal(refFor(tag('Elections will be held in August.', march), 'August').value, '2017-08');
  assert.equal(refFor(tag('Prices rose last March.', march), 'last March').value, '2016-03');
});

test("a day-month without year takes the anchor's year, or the year before when that lands well after the anchor", () => {
  assert.equal(refFor(tag('The summit met on October 16 in a lakeside city.', day('2017-10-20')), 'October 16').value, '2017-10-16');
  assert.equal(refFor(tag('The bridge fell on December 28.', day('2018-01-05')), 'December 28').value, '2017-12-28');
  assert.equal(refFor(tag('A vote is planned for December 28.', day('2017-10-05')), 'December 28').value, '2017-12-28');
});

test("'since March 2011' is March 2011", () => {
  assert.deepEqual(summary(tag('The country has been at war since March 2011.', day('2017-10-16')), 'March 2011'),
    { type: 'DATE', value: '2011-03', granularity: 'month', anchor: 'absolute' });
});

test("'(c) 2025' is not tagged", () => {
  assert.deepEqual(tag('(c) 2025 The Example Herald', day('2017-11-04')), []);
});

test('without an anchor, a weekday stays unresolved and the sentence has no date', () => {
  const refs = tag('Guns fell silent on Friday.', null);
  assert.deepEqual(summary(refs, 'Friday'), { type: 'DATE', value: 'XXXX-WXX-5', granularity: 'day', anchor: 'none' });
  assert.equal(sentenceDate(refs, null), null);
  const yearless = tag('Guns fell silent on October 3.', null);
  assert.deepEqual(summary(yearless, 'October 3'), { type: 'DATE', value: 'XXXX-10-03', granularity: 'day', anchor: 'none' });
  assert.equal(refFor(tag('Guns fell silent yesterday.', null), 'yesterday').value, 'XXXX-XX-XX');
  assert.equal(refFor(tag('The war began last year.', null), 'last year').anchor, 'none');
});

test('without an anchor, a year-less date takes the year of an earlier expression', () => {
  const refs = tag('The offensive opened on October 2, 2017. By October 9 the outskirts had fallen.', null);
  assert.deepEqual(summary(refs, 'October 9'), { type: 'DATE', value: '2017-10-09', granularity: 'day', anchor: 'previous' });
});

test('a coarse anchor resolves what it can and leaves the rest unresolved', () => {
  const monthAnchor = { value: '2017-11', granularity: 'month' as const };
  assert.equal(refFor(tag('Two months ago the siege ended.', monthAnchor), 'Two months ago').value, '2017-09');
  assert.equal(refFor(tag('Yesterday the siege ended.', monthAnchor), 'Yesterday').anchor, 'none');
});

test('resolution never depends on the time of the run', () => {
  const text = 'Yesterday troops advanced; on Sunday they paused; in May they had retreated.';
  const a = tag(text, day('2017-10-16'));
  const b = tag(text, day('2017-10-16'));
  assert.deepEqual(a, b);
  assert.deepEqual(a.map((r) => r.value), ['2017-10-15', '2017-10-15', '2017-05']);
});
