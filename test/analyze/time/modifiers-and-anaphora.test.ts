import { test } from 'node:test';
import assert from 'node:assert/strict';
import { day, refFor, summary, tag } from './helpers.js';

const wednesday = day('2011-06-15'); // a Wednesday in June

test('duration: a word between number and unit still counts the unit', () => {
  const refs = tag('The strike went on for two more weeks, and the lease runs at least 10 more years.', wednesday);
  assert.equal(refFor(refs, 'two more weeks').value, 'P2W');
  assert.equal(refFor(refs, 'at least 10 more years').value, 'P10Y');
  assert.equal(refFor(tag('The lender may extend the loan for an additional year.', wednesday), 'an additional year').value, 'P1Y');
  assert.equal(refFor(tag('Six trading days later the index recovered.', wednesday), 'Six trading days').value, 'P6D');
});

test('duration: hedged single units and hyphenated lengths before a noun', () => {
  assert.equal(refFor(tag('The ferry sank barely a month after its refit.', wednesday), 'barely a month').value, 'P1M');
  assert.equal(refFor(tag('Repairs could take as long as a week.', wednesday), 'as long as a week').value, 'P1W');
  assert.equal(refFor(tag('The minister began a one-day visit to the port.', wednesday), 'one-day').value, 'P1D');
  assert.equal(refFor(tag('She served a one-year term on the board.', wednesday), 'one-year').value, 'P1Y');
  // Without a noun after it, 'one-day' is not an adjective, and 'one day' alone is a manner of speaking.
  assert.equal(tag('One day he simply left.', wednesday).length, 0);
});

test('durationLong and durationVagueAdjective: lengths used as adjectives', () => {
  assert.equal(refFor(tag('After a day-long meeting the talks broke up.', wednesday), 'day-long').value, 'P1D');
  assert.equal(refFor(tag('They ended a two-week-long strike.', wednesday), 'two-week-long').value, 'P2W');
  assert.equal(refFor(tag('He left after a several-year stint abroad.', wednesday), 'several-year').value, 'PXY');
});

test('yearWithCue: a pre- or post- prefix makes a year of any noun phrase', () => {
  assert.equal(refFor(tag('The post-1989 reforms opened the border.', wednesday), '1989').value, '1989');
  assert.equal(refFor(tag('Output returned to pre-2008 levels.', wednesday), '2008').value, '2008');
});

test('monthAlone and weekday: a month or weekday between a determiner and a common noun is a date', () => {
  assert.equal(refFor(tag('Police reopened the March shooting case.', wednesday), 'March').value, '2011-03');
  assert.equal(refFor(tag('The board signed a February agreement with the union.', wednesday), 'February').value, '2011-02');
  assert.equal(refFor(tag('Bidders missed the Monday deadline.', wednesday), 'Monday').value, '2011-06-13');
  // Names keep their capitals: no date in a title.
  assert.equal(tag('He read the Sunday Times and recalled the October Revolution.', wednesday).length, 0);
  // 'for' is a cue for a bare month.
  assert.equal(refFor(tag('Sales figures for April were weak.', wednesday), 'April').value, '2011-04');
  // May is also a name: 'for May' and 'the May government' need more than that.
  assert.equal(tag('Support for May fell as the May government wobbled.', wednesday).length, 0);
});

test('monthAlone: the month just after the anchor, named bare, is the coming one', () => {
  assert.equal(refFor(tag('The ferry timetable changes in July.', wednesday), 'July').value, '2011-07');
  // Two months ahead or more, a bare month is still the one just past.
  assert.equal(refFor(tag('The plant closed in August.', wednesday), 'August').value, '2010-08');
  // Around the turn of the year: January, seen from December, is next year's.
  assert.equal(refFor(tag('Output rose in January.', day('2011-12-10')), 'January').value, '2012-01');
});

test('mergeMonthWithRelativeYear: "June last year" is one month', () => {
  const refs = tag('The mill shut in June last year and reopened in February this year; a sale is due in April next year.', wednesday);
  assert.deepEqual(summary(refs, 'June last year'), { type: 'DATE', value: '2010-06', granularity: 'month', anchor: 'document' });
  assert.equal(refFor(refs, 'February this year').value, '2011-02');
  assert.equal(refFor(refs, 'April next year').value, '2012-04');
  assert.equal(refs.length, 3);
});

test('anaphoric: "the day before" counts from the date just named only when no clause follows', () => {
  assert.equal(refFor(tag('He was seen on May 3, the day before.', wednesday), 'the day before').value, '2011-05-02');
  assert.equal(refFor(tag('She fell ill on May 3 and died the day after her arrest.', wednesday), 'the day after').value, '2011-05-04');
  const clause = tag('He was seen on May 3, the day before police issued a warrant.', wednesday);
  assert.deepEqual(clause.map((r) => r.text), ['May 3']);
  assert.deepEqual(tag('She stayed the day before returning home.', wednesday).map((r) => r.text), []);
});

test('futureReference: "soon" told in the past counts from another event', () => {
  assert.equal(refFor(tag('Talks will resume soon.', wednesday), 'soon').value, 'FUTURE_REF');
  assert.deepEqual(tag('He was soon released, and the trickle soon became a flood soon after the vote.', wednesday).map((r) => r.text), []);
});

test('anaphoric months and weekdays count from the story, not the page', () => {
  const months = tag('In March the firm got an offer. The following month, it put itself up for sale.', wednesday);
  assert.equal(refFor(months, 'The following month').value, '2011-04');
  const days = tag('Shares closed at 20 on Friday, June 10, down 4% from the previous Friday.', wednesday);
  assert.equal(refFor(days, 'previous Friday').value, '2011-06-03');
  // Without 'the', 'following' is a preposition and the weekday is a plain one.
  assert.equal(refFor(tag('Following Monday\'s vote, the bill passed.', wednesday), 'Monday').value, '2011-06-13');
});

test('setEvery: a month or season each year', () => {
  assert.equal(refFor(tag('The fair returns each July.', wednesday), 'each July').value, 'XXXX-07');
  assert.deepEqual(summary(tag('Floods come every spring.', wednesday), 'every spring'), { type: 'SET', value: 'XXXX-SP', anchor: 'absolute' });
});

test('widenToModifiers: early/late/mid and the edge of a period belong to the span, not to the value', () => {
  const refs = tag('Growth slowed in early 2009, recovered by mid-2010 and peaked at the end of 2012; a vote is due at the beginning of October.', wednesday);
  assert.equal(refFor(refs, 'early 2009').value, '2009');
  assert.equal(refFor(refs, 'mid-2010').value, '2010');
  assert.equal(refFor(refs, 'the end of 2012').value, '2012');
  assert.equal(refFor(refs, 'the beginning of October').value, '2010-10');
  assert.equal(refFor(tag('The deal closed late yesterday.', wednesday), 'late yesterday').value, '2011-06-14');
  assert.equal(refFor(tag('Prices fell until the end of this week.', wednesday), 'the end of this week').value, '2011-W24');
  // A weekday keeps its plain span.
  assert.equal(refFor(tag('Rebels attacked late Monday.', wednesday), 'Monday').value, '2011-06-13');
});

test('decades keep their article and modifier; prepositions stay out of durations', () => {
  assert.equal(refFor(tag('Exports boomed in the late 1970s.', wednesday), 'the late 1970s').value, '197');
  assert.equal(refFor(tag('Aid should arrive within a week.', wednesday), 'a week').value, 'P1W');
  assert.equal(refFor(tag('Rents rose over the last five years.', wednesday), 'the last five years').value, 'P5Y');
  assert.equal(refFor(tag('Sales should climb over the next couple of years.', wednesday), 'the next couple of years').value, 'P2Y');
  assert.equal(refFor(tag('Talks could take the next few days.', wednesday), 'the next few days').value, 'PXD');
});

test('futureReference and vagueStretch: business ways of saying later, and stretches ahead', () => {
  assert.equal(refFor(tag('Margins will stay thin in the near term.', wednesday), 'the near term').value, 'FUTURE_REF');
  assert.equal(refFor(tag('The rest will be sold at a later date.', wednesday), 'a later date').value, 'FUTURE_REF');
  assert.equal(refFor(tag('Funds may have to sell bonds in the weeks ahead.', wednesday), 'the weeks ahead').value, 'PXW');
  assert.equal(refFor(tag('Over the years the town shrank.', wednesday), 'the years').value, 'PXY');
  // Without its preposition, 'the years' is a noun phrase like any other.
  assert.equal(tag('The years of war left scars.', wednesday).length, 0);
});

test('midPartOfDay: mid-morning and mid-afternoon, of the page\'s day or of the day named', () => {
  assert.deepEqual(summary(tag('By mid afternoon the shelling had stopped.', wednesday), 'mid afternoon'), { type: 'TIME', value: '2011-06-15TAF', granularity: 'day', anchor: 'document' });
  assert.equal(refFor(tag('Shares rose at mid-morning yesterday.', wednesday), 'mid-morning yesterday').value, '2011-06-14TMO');
});
