import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, formatWeek, isoWeek, isoWeekday, parseCalendarValue } from '../../../src/analyze/time/calendar.js';

test('ISO weekdays and weeks', () => {
  assert.equal(isoWeekday({ year: 2017, month: 10, day: 16 }), 1);
  assert.equal(isoWeekday({ year: 2017, month: 7, day: 4 }), 2);
  assert.equal(isoWeekday({ year: 2017, month: 10, day: 15 }), 7);
  assert.equal(formatWeek({ year: 2017, month: 10, day: 16 }), '2017-W42');
  // 1 January 2016 was a Friday: it belongs to the last ISO week of 2015.
  assert.deepEqual(isoWeek({ year: 2016, month: 1, day: 1 }), { year: 2015, week: 53 });
  assert.deepEqual(isoWeek({ year: 2018, month: 12, day: 31 }), { year: 2019, week: 1 });
});

test('month arithmetic crosses year boundaries', () => {
  assert.deepEqual(addMonths(2017, 1, -2), { year: 2016, month: 11 });
  assert.deepEqual(addMonths(2017, 11, 3), { year: 2018, month: 2 });
});

test('anchor values parse to the precision their granularity allows', () => {
  assert.deepEqual(parseCalendarValue('2017-10-16', 'day'), { year: 2017, month: 10, day: 16 });
  assert.deepEqual(parseCalendarValue('2017-10-16', 'month'), { year: 2017, month: 10 });
  assert.deepEqual(parseCalendarValue('2017', 'year'), { year: 2017 });
  assert.equal(parseCalendarValue('2017-02-30', 'day'), null);
  assert.equal(parseCalendarValue('not a date'), null);
});
