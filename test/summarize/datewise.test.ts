import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankDates, summarizeTimeline, type TlsArticle } from '../../src/summarize/datewise.js';

const art = (id: string, published: string, sentences: [string, string | null][]): TlsArticle => ({ id, published, sentences: sentences.map(([text, date]) => ({ text, date })) });

const articles = [
  art('a', '2021-05-03', [
    ['Flood waters broke through the northern levee of the valley town on Saturday night .', '2021-05-01'],
    ['Rescue boats carried hundreds of residents from the flooded streets to the school gym .', null],
  ]),
  art('b', '2021-05-05', [
    ['The northern levee of the valley town gave way to the flood waters late on Saturday .', '2021-05-01'],
    ['On Tuesday the governor promised money to rebuild the levee and the drowned bridge by autumn .', '2021-05-04'],
  ]),
  art('c', '2021-05-06', [['Engineers said on Saturday the levee of the valley town failed under the flood waters .', '2021-05-01']]),
];

test('days named by more articles rank higher', () => {
  const score = rankDates(articles);
  assert.ok(score.get('2021-05-01')! > score.get('2021-05-04')!);
});

test('a paper naming its own day adds nothing to its publication; a day looked back at a week later counts more', () => {
  const score = rankDates([
    art('today', '2021-06-10', [['Crews reopened the coastal road on Thursday after the landslide was cleared .', '2021-06-10']]),
    art('soon', '2021-06-11', [['The coastal road reopened on Thursday after crews cleared the landslide .', '2021-06-10']]),
    art('later', '2021-06-18', [['Traffic has been normal since the coastal road reopened on June 10 .', '2021-06-10']]),
  ]);
  // 'today' counts as a publication only (0.5); 'soon' names the day (1); 'later' looks back a week (1.5)
  assert.equal(score.get('2021-06-10'), 0.5 + 1 + 1.5);
});

test('the timeline keeps the asked number of dates and sentences, without repeating one report', () => {
  const tl = summarizeTimeline(articles, { dates: 2, perDate: 2 });
  assert.deepEqual([...tl.keys()], ['2021-05-01', '2021-05-04']);
  // the three levee sentences say one thing: only one of them is kept for the 1st
  assert.equal(tl.get('2021-05-01')!.filter((s) => s.includes('levee')).length, 1);
});

test('days outside the window are left out', () => {
  const tl = summarizeTimeline(articles, { dates: 5, perDate: 1, from: '2021-05-02', to: '2021-05-31' });
  assert.ok(![...tl.keys()].includes('2021-05-01'));
});
