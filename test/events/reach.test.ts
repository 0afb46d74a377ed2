// Which dated sentences may meet: an explicit date, and a page date at most FALLBACK_REACH_DAYS after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvents, type PageInfo } from '../../src/events/index.js';
import { article } from '../helpers.js';

const day = (value: string) => ({ value, granularity: 'day' as const, from: 'expression' as const, text: value });
const info = (ids: string[]) => new Map<string, PageInfo>(ids.map((id) => [id, { source: `${id}.txt`, site: `Site ${id}`, title: null }]));
const told = 'Rescue teams pulled eleven miners from the collapsed shaft near the northern quarry on Tuesday.';
const retold = 'Rescue teams pulled eleven miners from the collapsed shaft near the northern quarry.';

function eventsWithPageDated(published: string) {
  const explicit = article({ pageId: 'x', paragraphs: [told], dates: [day('2019-03-05')] });
  const pageDated = article({ pageId: 'p', published, paragraphs: [retold] });
  return buildEvents('s', [explicit, pageDated], info(['x', 'p']));
}

test('a sentence dated only by its page joins a report of up to two days before', () => {
  for (const published of ['2019-03-05', '2019-03-06', '2019-03-07']) {
    const events = eventsWithPageDated(published);
    assert.equal(events.length, 1, published);
    assert.deepEqual(events[0].sources.map((s) => s.pageId).sort(), ['p', 'x']);
    assert.equal(events[0].date, '2019-03-05');
  }
});

test('but not one of three days before, nor one told after the page', () => {
  assert.equal(eventsWithPageDated('2019-03-08').length, 2);
  assert.equal(eventsWithPageDated('2019-03-04').length, 2);
});

test('two explicit dates a day apart never meet, whatever their words', () => {
  const a = article({ pageId: 'a', paragraphs: [told], dates: [day('2019-03-05')] });
  const b = article({ pageId: 'b', paragraphs: [told], dates: [day('2019-03-06')] });
  assert.equal(buildEvents('s', [a, b], info(['a', 'b'])).length, 2);
});
