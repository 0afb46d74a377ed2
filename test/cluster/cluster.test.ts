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

test('a page that strongly joins two stories merges them when the index is asked to merge', () => {
  const index = new StoryIndex([], { merge: true, join: 0.99, mergeAbove: 0.3 });
  // with an unreachable join threshold every page opens its own story...
  index.assign(siege('a', 'Troops advance'));
  index.assign(siege('b', 'Army storms two districts'));
  assert.equal(index.all().length, 2);
  // ...until the threshold allows a join: then the page joins one and the other, as similar, is absorbed
  const loose = new StoryIndex(index.all(), { merge: true, join: 0.3, mergeAbove: 0.3 });
  loose.assign(siege('c', 'Militants retreat'));
  assert.equal(loose.all().length, 1);
  assert.deepEqual([...loose.all()[0].pageIds].sort(), ['a', 'b', 'c']);
});

const war = (id: string, country: string, leader: string) =>
  article({
    pageId: id,
    paragraphs: [`Rebels fought forces loyal to ${leader} near the capital of ${country}, and the opposition council asked for help.`, `Protesters in ${country} said the council and the rebels would not stop until ${leader} left.`],
  });

test('names written with a capital weigh more: two uprisings told in the same words stay two stories', () => {
  const plain = new StoryIndex([], { join: 0.3 });
  const named = new StoryIndex([], { join: 0.3, nameWeight: 4 });
  const pages = [war('a', 'Velmora', 'Ostrakov'), war('b', 'Velmora', 'Ostrakov'), war('c', 'Quessland', 'Brandt'), war('d', 'Quessland', 'Brandt')];
  const plainIds = pages.map((p) => plain.assign(p));
  const namedIds = pages.map((p) => named.assign(p));
  assert.equal(new Set(plainIds).size, 1, 'without the names the shared words join them');
  assert.equal(namedIds[0], namedIds[1]);
  assert.equal(namedIds[2], namedIds[3]);
  assert.notEqual(namedIds[0], namedIds[2]);
});

test('after the stream, a small story joins the larger story it resembles; an unrelated one stays apart', () => {
  const index = new StoryIndex([], { join: 0.9 });
  const shortSiege = article({ pageId: 'c', paragraphs: ['The militants in the river town lost the airport road under heavy shelling.'], entities: { 'river town': 'geonames:1' } });
  const ids = [index.assign(siege('a', 'Troops advance')), index.assign(siege('b', 'Troops advance')), index.assign(shortSiege), index.assign(football('f'))];
  assert.equal(new Set(ids).size, 3, 'a high join threshold leaves the third siege page alone');
  const absorbed = index.absorbSmall(1, 0.2);
  assert.deepEqual(absorbed, [ids[2]]);
  assert.equal(index.all().length, 2);
  assert.ok(index.all().find((s) => s.id === ids[0])!.pageIds.includes('c'));
});
