import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineDate, toTimelineJs } from '../../src/export/timelinejs.js';
import { makeBundle } from './bundle-fixture.js';

test('the document has TimelineJS’s shape: a title slide and dated event slides', () => {
  const bundle = makeBundle();
  const doc = JSON.parse(toTimelineJs([bundle]));
  assert.equal(typeof doc.title.text.headline, 'string');
  assert.ok(Array.isArray(doc.events));
  assert.equal(doc.events.length, bundle.timeline.entries.length);
  const ids = new Set();
  for (const e of doc.events) {
    assert.equal(typeof e.start_date.year, 'number');
    if (e.start_date.month !== undefined) assert.ok(e.start_date.month >= 1 && e.start_date.month <= 12);
    if (e.start_date.day !== undefined) assert.ok(e.start_date.day >= 1 && e.start_date.day <= 31);
    assert.equal(typeof e.text.headline, 'string');
    assert.equal(typeof e.text.text, 'string');
    assert.match(e.unique_id, /^[A-Za-z0-9_-]+$/);
    ids.add(e.unique_id);
  }
  assert.equal(ids.size, doc.events.length);
});

test('page text reaches TimelineJS (which renders HTML) escaped', () => {
  const text = toTimelineJs([makeBundle()]);
  assert.doesNotMatch(text, /<script|<img/);
  assert.match(text, /&lt;script&gt;/);
});

test('dates keep only the precision they have', () => {
  assert.deepEqual(timelineDate('2019-02'), { year: 2019, month: 2 });
  assert.deepEqual(timelineDate('2019-03-14T08:30'), { year: 2019, month: 3, day: 14, hour: 8, minute: 30 });
  assert.equal(timelineDate('XXXX-10'), undefined);
});
