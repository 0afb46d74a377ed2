// Event dating (src/analyze/time/event-dates.ts): one test per rule, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/analyze/sentences.js';
import { joinParagraphs } from '../../../src/extract/paragraphs.js';
import { eventDates, tagTime, tenseOf, timeEvents, type DatableSentence, type EventTime } from '../../../src/analyze/time/index.js';

/** Wednesday 5 July 2017: Tuesday is the 4th, Monday the 3rd. */
const PUB = { value: '2017-07-05', granularity: 'day' as const };

/** Paragraphs -> sentences with their time expressions, as analyzeArticle builds them. */
function sentencesOf(paragraphs: string[], published = PUB): DatableSentence[] {
  const { text, paragraphs: laid } = joinParagraphs(paragraphs.map((t) => ({ text: t })));
  const refs = tagTime(text, published);
  return splitSentences(laid).map((span, index) => ({
    index,
    text: text.slice(span.start, span.end),
    start: span.start,
    paragraph: span.paragraph,
    timeRefs: refs.filter((r) => r.start >= span.start && r.start < span.end),
  }));
}

const timed = (paragraphs: string[]): EventTime[] => timeEvents(sentencesOf(paragraphs), PUB);

test('a reporting verb dates the report: the happening keeps its own expression', () => {
  const [t] = timed(['The ministry said on Wednesday that troops took the town on Monday.']);
  assert.equal(t.date?.value, '2017-07-03');
  assert.equal(t.date?.from, 'expression');
  assert.equal(t.rule, 'happening-expression');
});

test('only the report is dated: a reported pluperfect lies before it', () => {
  const [t] = timed(['The ministry said on Wednesday that troops had taken the town.']);
  assert.equal(t.rule, 'report-expression');
  assert.equal(t.date?.latest, '2017-07-04');
  assert.equal(t.date?.earliest, undefined);
});

test('an expression after the report clause dates the report too', () => {
  const [t] = timed(['Rebels shelled the bridge, the army said on Monday.']);
  assert.equal(t.date?.value, '2017-07-03');
  assert.equal(t.rule, 'report-expression');
});

test('anaphora: "the bombardment" takes the date of the raids it names, marked context', () => {
  const dates = eventDates(sentencesOf(['On Tuesday, jets struck positions around the city. At least 23 fighters died in the bombardment.']), PUB);
  assert.deepEqual(dates[1], { value: '2017-07-04', granularity: 'day', from: 'context', text: 'Tuesday', via: { sentence: 0, rule: 'anaphora' } });
});

test('anaphora reaches across paragraphs', () => {
  const t = timed(['Warplanes raided the depots on Tuesday.', 'Residents counted the dead.', 'Nine drivers were killed in the attack.']);
  assert.equal(t[2].date?.via?.rule, 'anaphora');
  assert.equal(t[2].date?.value, '2017-07-04');
});

test('paragraph: a narrative sentence goes on with the dated one before it', () => {
  const t = timed(['Engineers reached the dam on Monday. They cleared the road behind it.']);
  assert.deepEqual(t[1].date?.via, { sentence: 0, rule: 'paragraph' });
  assert.equal(t[1].date?.value, '2017-07-03');
});

test("lead: later paragraphs go on with the article's lead happening", () => {
  const t = timed(['The home side won the final on Saturday.', 'Their striker scored twice in the second half.']);
  assert.equal(t[0].date?.value, '2017-07-01');
  assert.deepEqual(t[1].date?.via, { sentence: 0, rule: 'lead' });
});

test('named-later: a happening told first takes the date of the anaphor that names it just after', () => {
  const t = timed(['Jets pounded the ridge all day.', 'The raids on Tuesday hit fuel depots.']);
  assert.deepEqual(t[0].date?.via, { sentence: 1, rule: 'named-later' });
  assert.equal(t[0].date?.value, '2017-07-04');
});

test('no carrying across a change of time frame', () => {
  const t = timed(['Troops entered the town on Tuesday.', 'The town was a smugglers’ base for years.']);
  assert.equal(t[1].date?.from, 'publication');
});

test('no carrying into a plan or a possibility', () => {
  const t = timed(['Troops entered the town on Tuesday. Engineers could rebuild the bridge.']);
  assert.equal(t[1].date?.from, 'publication');
});

test('tense: a pluperfect lies before the happening it backgrounds', () => {
  const t = timed(['Troops entered the town on Tuesday. The rebels had mined the main square.']);
  assert.equal(t[1].date?.from, 'context');
  assert.equal(t[1].date?.latest, '2017-07-03');
  assert.equal(t[1].date?.value, '2017-07-03');
});

test('tense: a pluperfect within the day stays on the day ("just before half-time")', () => {
  const t = timed(['The hosts won the final on Saturday. The visitors had taken the lead just before half-time.']);
  assert.equal(t[1].date?.value, '2017-07-01');
  assert.equal(t[1].date?.latest, undefined);
});

test('tense: a present perfect is up to the report', () => {
  const [t] = timed(['The strikes have killed forty people.']);
  assert.deepEqual(t.date, { value: '2017-07-05', granularity: 'day', from: 'publication', latest: '2017-07-05' });
});

test('tense: a future is after the report, still marked publication', () => {
  const [t] = timed(['The convoy will leave the city.']);
  assert.equal(t.date?.from, 'publication');
  assert.equal(t.date?.earliest, '2017-07-06');
});

test('tense: a present state holds at the report, and lasts', () => {
  const [t] = timed(['The town has no running water.']);
  assert.equal(t.rule, 'present');
  assert.equal(t.date?.from, 'publication');
  assert.deepEqual(t.span, { begin: { before: '2017-07-05' }, end: { after: '2017-07-05' } });
});

test('modal: what may or must happen is after the report; value and source stay the publication', () => {
  const [t] = timed(['The council must approve the new budget.']);
  assert.equal(t.rule, 'modal');
  assert.deepEqual(t.date, { value: '2017-07-05', granularity: 'day', from: 'publication', earliest: '2017-07-06' });
});

test('modal-perfect: "may have come" is a possibility about the past, before the report', () => {
  const [t] = timed(['The papers may have come from a regional office.']);
  assert.equal(t.rule, 'modal-perfect');
  assert.deepEqual(t.date, { value: '2017-07-05', granularity: 'day', from: 'publication', latest: '2017-07-04' });
});

test('future-complement: a present that frames a future is after the report, and lasts', () => {
  const [t] = timed(['The danger is that the heavy rain will flood the lower valley.']);
  assert.equal(t.rule, 'future-complement');
  assert.equal(t.date?.from, 'publication');
  assert.equal(t.date?.value, '2017-07-05');
  assert.equal(t.date?.earliest, '2017-07-06');
  assert.deepEqual(t.span, { begin: { after: '2017-07-05' }, end: { after: '2017-07-05' } });
  // A plain present state keeps the present rule.
  assert.equal(timed(['The valley has no roads.'])[0].rule, 'present');
});

test('a statistic of a month holds over the whole month, and the next sentence goes on with it', () => {
  const t = timed(['Factories created 12,000 jobs in May. Wages rose 2 percent.']);
  assert.equal(t[0].date?.value, '2017-05');
  assert.deepEqual(t[0].span, { begin: { on: '2017-05-01' }, end: { on: '2017-05-31' } });
  assert.deepEqual(t[1].date?.via, { sentence: 0, rule: 'paragraph' });
  assert.deepEqual(t[1].span, { begin: { on: '2017-05-01' }, end: { on: '2017-05-31' } });
  // A happening within the month is not a statistic: no span.
  assert.equal(timed(['The minister resigned in May.'])[0].span, undefined);
});

test('a weekday in a future clause is the coming one', () => {
  const [t] = timed(['The squad will parade the cup on Monday.']);
  assert.equal(t.date?.value, '2017-07-10');
});

test('range: "since March" runs from March to the report', () => {
  const [t] = timed(['Prices have risen since March.']);
  assert.equal(t.rule, 'since');
  assert.equal(t.date?.earliest, '2017-03-01');
  assert.equal(t.date?.latest, '2017-07-05');
});

test('range: "over the past week" reaches a week back from the report', () => {
  const [t] = timed(['Prices rose sharply over the past week.']);
  assert.equal(t.date?.earliest, '2017-06-28');
  assert.equal(t.date?.latest, '2017-07-05');
});

test('range: "earlier this month" lies between the month start and the report', () => {
  const [t] = timed(['The army made gains earlier this month.']);
  assert.equal(t.date?.value, '2017-07');
  assert.equal(t.date?.earliest, '2017-07-01');
  assert.equal(t.date?.latest, '2017-07-05');
});

test('bound: "before Friday" ends the day before that Friday', () => {
  const [t] = timed(['The rebels left the town before Friday.']);
  assert.equal(t.rule, 'bound');
  assert.equal(t.date?.latest, '2017-06-29');
  assert.equal(t.date?.earliest, undefined);
});

test('an expression inside a clause about something else does not date the happening', () => {
  const [t] = timed(['Stocks rose, leaving the index near its record set on June 6.']);
  assert.equal(t.date?.from, 'publication');
});

test('a premodifying year still dates a sentence nothing else dates', () => {
  const [t] = timed(['He lost his 1996 campaign.']);
  assert.equal(t.date?.value, '1996');
});

test('the publication date is the last resort, and is marked so', () => {
  const [t] = timed(['Nobody answered the phone at the ministry.']);
  assert.deepEqual(t.date, { value: '2017-07-05', granularity: 'day', from: 'publication' });
  assert.deepEqual(eventDates(sentencesOf(['Nobody answered.'], PUB), null), [null]);
});

test('tenseOf reads the first verb group', () => {
  assert.equal(tenseOf('troops had seized the town'), 'pluperfect');
  assert.equal(tenseOf('the strikes have killed forty'), 'present-perfect');
  assert.equal(tenseOf('the convoy will leave'), 'future');
  assert.equal(tenseOf('talks are continuing'), 'progressive');
  assert.equal(tenseOf('the army stormed the town'), 'past');
  assert.equal(tenseOf('Iraq imports most of its food'), 'present');
  assert.equal(tenseOf('armed groups in the north'), 'none');
});

test('a year that frames a stretch is not carried to the happenings after it', () => {
  const [, declared] = timed(['The group has seen its territory shrink fast during 2017.', 'The army has declared a total victory over the group in the city.']);
  assert.notEqual(declared.date?.from, 'context');
  assert.equal(declared.date?.value, '2017-07-05');
});

test('a reported pluperfect carried from its paragraph is the happening itself, not one before it', () => {
  const [, taken] = timed(['Troops stormed two districts of the city on Tuesday.', 'The source said troops had taken buildings near the bridge during the assault.']);
  assert.equal(taken.date?.from, 'context');
  assert.equal(taken.date?.value, '2017-07-04');
  assert.equal(taken.date?.latest, undefined);
});

test('a declaration is dated by its report: what it declares lies on or before that day', () => {
  const [t] = timed(['The army announced on Tuesday that the city had been completely recaptured.']);
  assert.equal(t.date?.value, '2017-07-04');
  assert.equal(t.date?.latest, '2017-07-04');
});
