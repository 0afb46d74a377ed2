import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryIndex, timeFactor, CLUSTER_DEFAULTS } from '../../src/cluster/index.js';
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
  const plain = new StoryIndex([], { join: 0.3, nameWeight: 1 });
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

// Two wars told in the same words; only the places and the armed groups (as entities) differ.
const front = (id: string, town: string, townId: string, group: string, groupId: string, withEntities = true) =>
  article({
    pageId: id,
    title: `Fighting for ${town} goes on`,
    paragraphs: [
      `Forces shelled positions held by the ${group} around ${town} as the offensive entered its second week, and troops reported heavy losses.`,
      `Civilians fled ${town} while the ${group} fighters dug in; the army said the offensive would continue.`,
    ],
    entities: withEntities ? { [town]: townId, [group]: groupId } : {},
  });

test('places and actors weigh more than shared war vocabulary: two fronts stay two stories', () => {
  const pages = (withEntities: boolean) => [
    front('n1', 'northtown', 'geonames:10', 'ridge brigade', 'actor:ridge', withEntities),
    front('s1', 'southport', 'geonames:20', 'coast militia', 'actor:coast', withEntities),
    front('n2', 'northtown', 'geonames:10', 'ridge brigade', 'actor:ridge', withEntities),
    front('s2', 'southport', 'geonames:20', 'coast militia', 'actor:coast', withEntities),
  ];
  // Names are written in lower case here, so that only the entities can tell the fronts apart.
  const place = (withEntities: boolean) => {
    const index = new StoryIndex([], { join: 0.5, nameWeight: 1, idf: false });
    return pages(withEntities).map((p) => index.assign(p));
  };
  assert.equal(new Set(place(false)).size, 1, 'on words alone the shared war vocabulary joins them');
  const ids = place(true);
  assert.equal(ids[0], ids[2]);
  assert.equal(ids[1], ids[3]);
  assert.notEqual(ids[0], ids[1]);
});

test('the cap on stories per term leaves assignment unchanged on a small stream', () => {
  const pages = [
    siege('a', 'Troops advance'),
    football('f1'),
    war('w1', 'Velmora', 'Ostrakov'),
    siege('b', 'Army storms two districts'),
    war('w2', 'Quessland', 'Brandt'),
    football('f2'),
    siege('c', 'Militants retreat'),
    war('w3', 'Velmora', 'Ostrakov'),
  ];
  const place = (postingCap: number) => {
    const index = new StoryIndex([], { postingCap });
    return pages.map((p) => index.assign(p));
  };
  // Three stories, some terms ('forces', 'two') shared by two of them: a cap of one story per term
  // binds, yet each page still finds its story through the terms only its story has.
  const capped = place(1);
  assert.deepEqual(capped, place(1000));
  assert.equal(new Set(capped).size, 3);
});

test('two pieces of one story that opened apart merge; an unrelated story stays apart', () => {
  const index = new StoryIndex([], { join: 0.99 });
  const ids = [index.assign(siege('a', 'Troops advance')), index.assign(siege('b', 'Army storms two districts')), index.assign(football('f'))];
  assert.equal(new Set(ids).size, 3, 'an unreachable join threshold leaves every page alone');
  const absorbed = index.mergeAlike(0.5);
  assert.equal(absorbed.length, 1);
  assert.ok([ids[0], ids[1]].includes(absorbed[0]));
  assert.equal(index.size, 2);
  const kept = index.all().find((s) => s.id !== ids[2])!;
  assert.deepEqual([...kept.pageIds].sort(), ['a', 'b']);
});

test('time: inside a story\'s days (with grace) it says nothing; far outside it discounts down to a floor', () => {
  const rule = CLUSTER_DEFAULTS;
  assert.equal(timeFactor(100, 90, 110, rule), 1);
  assert.equal(timeFactor(110 + rule.graceDays, 90, 110, rule), 1);
  assert.equal(timeFactor(110 + rule.graceDays + rule.halfLifeDays, 90, 110, rule), 0.5);
  assert.equal(timeFactor(5000, 90, 110, rule), rule.timeFloor);
  assert.equal(timeFactor(undefined, 90, 110, rule), 1, 'an undated page is not judged on time');
});

const flu = (id: string, published: string, lead: string) =>
  article({
    pageId: id,
    published,
    paragraphs: [`${lead}. Health officials reported new flu cases at schools and clinics, and hospitals asked staff to get the vaccine.`],
  });

test('the same words a year apart open a new story; a page days later joins', () => {
  const index = new StoryIndex([], { nameWeight: 1, strongMatch: 10 });
  const first = index.assign(flu('a', '2030-01-10', 'Flu season starts early'));
  assert.equal(index.assign(flu('b', '2030-01-14', 'Flu season gathers pace')), first);
  assert.notEqual(index.assign(flu('c', '2031-03-02', 'Flu season starts early')), first);
});

test('a saved story without its days is not judged on the days of the pages placed after it', () => {
  const saved = new StoryIndex();
  const id = saved.assign(flu('a', '2030-01-10', 'Flu season starts early'));
  const state = saved.all().map(({ span: _span, ...rest }) => rest);
  const reloaded = new StoryIndex(state, { nameWeight: 1, strongMatch: 10 });
  assert.equal(reloaded.assign(flu('b', '2031-06-01', 'Flu season gathers pace')), id);
  assert.equal(reloaded.all()[0].span, undefined);
});

test('consolidation reports each absorbed story with the story that took it in', () => {
  const index = new StoryIndex([], { join: 0.99 });
  const a = index.assign(siege('a', 'Troops advance'));
  const b = index.assign(siege('b', 'Army storms two districts'));
  index.assign(football('f'));
  const merged = index.consolidate();
  assert.equal(merged.length, 1);
  assert.deepEqual([merged[0].id, merged[0].into].sort(), [a, b].sort());
  assert.equal(index.size, 2);
});

test('a publication date known only to the year is not used to judge a gap in days', () => {
  const index = new StoryIndex([], { nameWeight: 1, strongMatch: 10 });
  const first = index.assign(flu('a', '2030-06-10', 'Flu season starts early'));
  const yearOnly = flu('b', '2030', 'Flu season gathers pace');
  yearOnly.published = { ...yearOnly.published!, value: '2030', granularity: 'year' };
  // read as 1 January, the page would sit five months off the story's day and open a story of its own
  assert.equal(index.assign(yearOnly), first);
});
