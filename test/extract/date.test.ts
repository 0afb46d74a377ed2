import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDateOrder, parseDateText } from '../../src/extract/date.js';

const value = (text: string, order: 'mdy' | 'dmy' | 'ymd' = 'mdy') => parseDateText(text, order)?.value ?? null;

test('month name first, with time zone, ordinal or abbreviation', () => {
  assert.equal(value('March 3, 2019 - 09:10 GMT'), '2019-03-03');
  assert.equal(value('August 21st, 2016 – Some Outlet –'), '2016-08-21');
  assert.equal(value('Sept. 9, 2015'), '2015-09-09');
  assert.equal(value('Dec 1 2020'), '2020-12-01');
});

test('day first with a month name, weekday ignored', () => {
  assert.equal(value('Friday 5 May 2023'), '2023-05-05');
  assert.equal(value('30 November 2012'), '2012-11-30');
  assert.equal(value('Tue, 2nd Feb 2021'), '2021-02-02');
});

test('the matched text and its index point back into the input', () => {
  const r = parseDateText('posted on Sept. 9, 2015 by staff', 'mdy');
  assert.ok(r);
  assert.equal(r.matched, 'Sept. 9, 2015');
  assert.equal(r.index, 10);
  assert.equal(r.granularity, 'day');
});

test('numeric dates follow the order unless one field is above 12', () => {
  assert.equal(value('editors 03/05/2018', 'mdy'), '2018-03-05');
  assert.equal(value('editors 03/05/2018', 'dmy'), '2018-05-03');
  assert.equal(value('25/12/2018', 'mdy'), '2018-12-25');
  assert.equal(value('12/25/2018', 'dmy'), '2018-12-25');
  assert.equal(value('31.01.2016', 'mdy'), '2016-01-31');
  assert.equal(value('14/14/2018', 'mdy'), null);
});

test('ISO and year-first forms', () => {
  assert.equal(value('2019-02-28T23:59:00Z'), '2019-02-28');
  assert.equal(value('2018-07-04 10:00'), '2018-07-04');
  assert.equal(value('2020/01/09'), '2020-01-09');
  assert.equal(value('2021年3月15日', 'ymd'), '2021-03-15');
});

test('non-English month names', () => {
  assert.equal(value('publié le 1er février 2019', 'dmy'), '2019-02-01');
  assert.equal(value('3. März 2020', 'dmy'), '2020-03-03');
  assert.equal(value('7 de diciembre de 2011', 'dmy'), '2011-12-07');
  assert.equal(value('22 settembre 2014', 'dmy'), '2014-09-22');
  assert.equal(value('9 de março de 2016', 'dmy'), '2016-03-09');
  assert.equal(value('11 maart 2013', 'dmy'), '2013-03-11');
});

test('month-only dates have month granularity, and a full date beats them', () => {
  const r = parseDateText('in June 2016 the talks began', 'mdy');
  assert.deepEqual([r?.value, r?.granularity], ['2016-06', 'month']);
  assert.equal(value('from June 2016 until 2 July 2016'), '2016-07-02');
});

test('impossible dates and years outside the window are rejected', () => {
  assert.equal(value('February 30, 2019'), null);
  assert.equal(value('29 February 2019'), null);
  assert.equal(value('29 February 2020'), '2020-02-29');
  assert.equal(value('June 3, 1850'), null);
  assert.equal(value('2150-01-01'), null);
  assert.equal(value('© 2025 Some Site'), null);
});

test('digits glued to other digits are not dates', () => {
  assert.equal(value("id: 'tag-1476137431-610'"), null);
  assert.equal(value('call 0112/03/20191'), null);
});

test('date order defaults by language and hints', () => {
  assert.equal(defaultDateOrder('en'), 'mdy');
  assert.equal(defaultDateOrder('en', { url: 'https://www.example.co.uk/news/1' }), 'dmy');
  assert.equal(defaultDateOrder('en', { site: 'example.com.au' }), 'dmy');
  assert.equal(defaultDateOrder('en', { url: 'https://example.com/a' }), 'mdy');
  assert.equal(defaultDateOrder('en', { text: 'Updated 21/03/2017. First posted 03/04/2017' }), 'dmy');
  assert.equal(defaultDateOrder('fr'), 'dmy');
  assert.equal(defaultDateOrder('de'), 'dmy');
  assert.equal(defaultDateOrder('zh'), 'ymd');
  assert.equal(defaultDateOrder('ja'), 'ymd');
});

test('defaultDateOrder: a region in the language tag or the address settles English numeric dates', () => {
  assert.equal(defaultDateOrder('en-GB'), 'dmy');
  assert.equal(defaultDateOrder('en-US', { url: 'https://news.example.co.uk/a' }), 'mdy');
  assert.equal(defaultDateOrder('en', { url: 'https://portal.example.com/en-gb/news/story' }), 'dmy');
});
