import { test } from 'node:test';
import assert from 'node:assert/strict';
import { day, refFor, tag } from './helpers.js';

const november = day('1995-11-08'); // in the fourth quarter

test('namedQuarter: a quarter without a year takes the anchor year, hyphenated or not', () => {
  assert.equal(refFor(tag('The mill posted a third-quarter loss.', november), 'third-quarter').value, '1995-Q3');
  assert.equal(refFor(tag('Sales grew in the fourth quarter.', november), 'the fourth quarter').value, '1995-Q4');
  assert.equal(refFor(tag('Output fell in the third quarter of 1993.', november), 'the third quarter of 1993').value, '1993-Q3');
  assert.equal(refFor(tag('It expects a gain in next year\'s first quarter.', november), 'next year\'s first quarter').value, '1996-Q1');
});

test('contextQuarter: "the quarter" is the one just closed, or the one named before it', () => {
  assert.equal(refFor(tag('Profit doubled in the quarter.', november), 'the quarter').value, '1995-Q3');
  assert.equal(refFor(tag('Revenue in this quarter is flat.', november), 'this quarter').value, '1995-Q4');
  const refs = tag('In the second quarter the bakery earned $4 million, up from $3 million a year earlier.', november);
  assert.equal(refFor(refs, 'the second quarter').value, '1995-Q2');
  assert.equal(refFor(refs, 'a year earlier').value, '1994-Q2');
});

test('contextQuarter: "a year ago" with no quarter in sight is last year', () => {
  assert.equal(refFor(tag('The plant opened a year ago.', november), 'a year ago').value, '1994');
});

test('fiscalYear: "fiscal 1996" is the year 1996', () => {
  assert.equal(refFor(tag('The board raised its forecast for fiscal 1996.', november), 'fiscal 1996').value, '1996');
});

test('duration: an age such as "7-year-old" is not a length of time', () => {
  assert.equal(tag('A 7-year-old girl was rescued.', november).filter((r) => r.type === 'DURATION').length, 0);
});

test('references: "the past" and "the future" without their preposition', () => {
  assert.equal(refFor(tag('Such raids were rare in the past.', november), 'the past').value, 'PAST_REF');
  assert.equal(refFor(tag('Talks may resume in the near future.', november), 'the near future').value, 'FUTURE_REF');
});

test('yearWithCue: a recent year stands alone when no count follows it', () => {
  assert.equal(refFor(tag('Sales rose in both 1994 and 1995.', november), '1994').value, '1994');
  assert.equal(tag('He paid $1996 for the car.', november).length, 0);
  assert.equal(tag('About 1990 people signed.', november).length, 0);
});

test('quarters: repeated year-earlier comparisons all point one year before the reported quarter', () => {
  const refs = tag('Profit rose in the third quarter. Sales fell from a year earlier, and costs were up from a year earlier; in the quarter margins held.', day('1989-10-26'));
  assert.deepEqual(refs.map((r) => r.value), ['1989-Q3', '1988-Q3', '1988-Q3', '1989-Q3']);
});
