import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryIndex } from '../../src/cluster/index.js';
import { article } from '../helpers.js';

const siege = (id: string, lead: string) =>
  article({
    pageId: id,
    title: `${lead} as the siege of the river town tightens`,
    paragraphs: [
      `${lead}. Government troops pushed into the river town under heavy shelling, and the militants lost two more districts.`,
      'The siege of the river town has lasted three years; the militants still hold the old bridge and the airport road.',
    ],
    entities: { 'river town': 'geonames:1', militants: 'actor:militants' },
  });

const football = (id: string) =>
  article({
    pageId: id,
    title: 'Harbour club lifts the cup after a late penalty',
    paragraphs: ['The harbour club won the cup final with a penalty in the last minute, and the supporters filled the stadium square.', 'The coach praised the goalkeeper, who saved two shots in extra time.'],
    entities: { stadium: 'geonames:2' },
  });

test('articles on one story join it; an unrelated article opens another', () => {
  const index = new StoryIndex();
  const s1 = index.assign(siege('a', 'Troops advance'));
  const s2 = index.assign(siege('b', 'Army storms two districts'));
  const s3 = index.assign(football('c'));
  const s4 = index.assign(siege('d', 'Militants retreat'));
  assert.equal(s1, s2);
  assert.equal(s1, s4);
  assert.notEqual(s1, s3);
  assert.deepEqual(index.all().map((s) => s.pageIds.length).sort(), [1, 3]);
});

test('a saved index placed again gives the same story (stories persist between runs)', () => {
  const index = new StoryIndex();
  const first = index.assign(siege('a', 'Troops advance'));
  const reloaded = new StoryIndex(JSON.parse(JSON.stringify(index.all())));
  assert.equal(reloaded.assign(siege('e', 'Shelling continues')), first);
});

test('story ids are deterministic: they come from the page that opened the story', () => {
  const a = new StoryIndex().assign(siege('a', 'Troops advance'));
  const b = new StoryIndex().assign(siege('a', 'Troops advance'));
  assert.equal(a, b);
  assert.match(a, /^story-[0-9a-f]{10}$/);
});
