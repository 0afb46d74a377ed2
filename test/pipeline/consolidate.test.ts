// Stories placed batch by batch are consolidated in the store: pieces of one story that opened apart become one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidateStories, ingestPages, storyBundle } from '../../src/pipeline.js';
import { openStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import type { KeyedItem } from '../../src/ingest/warc.js';

function freshStore(): Store {
  return openStore(join(mkdtempSync(join(tmpdir(), 'newsline-consolidate-')), 'test.db'));
}

function page(title: string, published: string, body: string[]): KeyedItem {
  const content = [title, '', ...body].join('\n\n');
  const id = createHash('sha256').update(content).digest('hex').slice(0, 16);
  return { page: { id, source: `made-up/${id}.txt`, kind: 'text', content, encoding: 'utf-8', given: { title, published } }, key: id };
}

// One flood told two ways: one desk writes of the river and the levee, another of the dam and the valley.
const levee = [
  page('River Tolland bursts its levee at Marrowby', '2031-03-02', [
    'The River Tolland burst its levee at Marrowby on Sunday night, flooding the lower town.',
    'Volunteers stacked sandbags along the levee while the water rose past the old mill.',
  ]),
  page('Marrowby levee breach floods lower town', '2031-03-03', [
    'Engineers said on Monday that the Marrowby levee breach had widened to forty metres.',
    'The Tolland kept pouring through the broken levee into the streets of the lower town.',
  ]),
  page('Sandbags fail to hold the Tolland at Marrowby', '2031-03-03', [
    'Sandbag walls along the Tolland gave way at Marrowby as the river rose again.',
    'Residents of the lower town were told to leave their homes near the levee.',
  ]),
];
const dam = [
  page('Quenby dam spillway gives way in the Hestle valley', '2031-03-02', [
    'The spillway of the Quenby dam gave way early on Sunday, sending a wave down the Hestle valley.',
    'Farmers in the Hestle valley moved their herds to higher pastures above the reservoir.',
  ]),
  page('Reservoir drains after Quenby spillway collapse', '2031-03-03', [
    'The Quenby reservoir drained by half after the spillway collapsed, the water authority said.',
    'Roads through the Hestle valley were closed below the dam.',
  ]),
];
// The reports that tie them: the dam's wave is what broke the levee.
const bridge = [
  page('Quenby dam wave broke the Marrowby levee, inquiry finds', '2031-03-05', [
    'The wave from the Quenby dam spillway travelled down the Hestle valley into the River Tolland and broke the Marrowby levee.',
    'The Quenby reservoir and the Tolland at Marrowby are one flood, the inquiry into the dam and the levee said.',
  ]),
  page('From the Hestle valley to Marrowby: how the Quenby dam flooded the lower town', '2031-03-05', [
    'Water from the Quenby reservoir ran through the Hestle valley and over the Marrowby levee into the lower town.',
    'The spillway of the Quenby dam and the levee on the Tolland failed within hours of each other.',
  ]),
];

const idOf = (item: KeyedItem) => ('page' in item ? item.page.id : '');

/**
 * A story's events as a reader sees them: date, text, score and the pages behind each. Sorted by date
 * and text, since entries that tie on score follow their ids, which name the story.
 */
function eventsOf(store: Store, storyId: string) {
  return storyBundle(store, storyId)!
    .timeline.entries.map((e) => ({ date: e.date, text: e.text, score: e.score.toFixed(6), pages: [...new Set(e.sources.map((r) => r.pageId))].sort() }))
    .sort((a, b) => (a.date + a.text < b.date + b.text ? -1 : 1));
}

test('two stories that a later batch shows to be one are merged in the store under the larger one\'s id', async () => {
  const store = freshStore();
  const whole = freshStore();
  try {
    await ingestPages(store, [...levee, ...dam]);
    const before = store.stories();
    assert.equal(before.length, 2, 'the two accounts open apart');
    const kept = before.find((s) => s.pageIds.includes(idOf(levee[0])))!;
    const gone = before.find((s) => s.pageIds.includes(idOf(dam[0])))!;
    assert.ok(storyBundle(store, gone.id)!.timeline.entries.length > 0, 'the smaller story had events of its own');

    const report = await ingestPages(store, bridge);
    assert.deepEqual(report.storiesTouched, [kept.id]);
    const after = store.stories();
    assert.deepEqual(after.map((s) => s.id), [kept.id], 'one story, under the id of the larger');
    assert.equal(store.story(gone.id), undefined);
    assert.deepEqual(store.events(gone.id), []);
    assert.deepEqual([...after[0].pageIds].sort(), [...levee, ...dam, ...bridge].map(idOf).sort());
    for (const id of [...dam, ...levee, ...bridge].map(idOf)) assert.equal(store.storyOf(id), kept.id);
    const events = eventsOf(store, kept.id);
    assert.ok(events.some((e) => e.pages.includes(idOf(dam[0]))), 'the absorbed story\'s pages are sources of the survivor\'s events');

    // Rebuilt from its pages: the merged story's events are those of the same pages ingested at once.
    await ingestPages(whole, [...levee, ...dam, ...bridge]);
    assert.equal(whole.stories().length, 1);
    assert.deepEqual(events, eventsOf(whole, whole.stories()[0].id));
  } finally {
    store.close();
    whole.close();
  }
});

test('the run-end consolidation merges stored stories that are alike, under the larger one\'s id, and leaves unlike ones', async () => {
  const store = freshStore();
  try {
    await ingestPages(store, [...levee, ...dam]);
    const [kept, other] = [...store.stories()].sort((a, b) => b.pageIds.length - a.pageIds.length);
    assert.deepEqual(consolidateStories(store), [], 'two accounts not alike enough stay two');
    assert.equal(store.stories().length, 2);
    // The smaller story is given the larger one's profile: the next run's end must see them as one.
    store.saveStory({ ...other, terms: kept.terms, entities: kept.entities, span: kept.span }, [], { storyId: other.id, sentences: [] });
    assert.deepEqual(consolidateStories(store), [kept.id]);
    const after = store.stories();
    assert.deepEqual(after.map((s) => s.id), [kept.id]);
    assert.deepEqual([...after[0].pageIds].sort(), [...levee, ...dam].map(idOf).sort());
    assert.ok(eventsOf(store, kept.id).some((e) => e.pages.includes(idOf(dam[0]))), 'the survivor\'s events are rebuilt with the absorbed pages');
  } finally {
    store.close();
  }
});
