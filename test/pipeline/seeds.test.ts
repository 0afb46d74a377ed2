// The whole flow on the five real seed pages, scored against their gold (../shared/seeds/gold.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runFlow } from '../../bench/seeds.js';
import { badDates, checkActors, checkDocuments, checkEvents, checkPlaces, readGold } from '../../bench/seeds-score.js';
import { SEEDS_DIR, seedsSkip } from '../helpers.js';

test('seeds: the whole flow meets the gold', { skip: seedsSkip }, async (t) => {
  const gold = readGold(join(SEEDS_DIR, 'gold.json'));
  const run = await runFlow(SEEDS_DIR);
  const docs = checkDocuments(run, gold);
  await t.test('every body line is kept and every drop line removed', () => {
    for (const d of docs) {
      assert.deepEqual(d.lostBodyLines, [], `${d.file} lost body lines`);
      assert.ok(d.dropRemoved / d.dropTotal >= 0.95, `${d.file} kept drop lines ${d.keptDropLines.join(',')}`);
    }
  });
  await t.test('titles and publication dates are right, and undated pages have none', () => {
    for (const d of docs) {
      assert.ok(d.titleRight, `${d.file}: title ${d.title}`);
      assert.ok(d.dateRight, `${d.file}: published ${d.published}`);
    }
  });
  await t.test('one story', () => assert.equal(new Set(run.storyOf.values()).size, 1));
  await t.test('every spelling of Deir ez-Zor is one place near the gold point', () => {
    const deir = checkPlaces(run, gold).find((p) => p.name.startsWith('Deir'))!;
    assert.ok(deir.ok, deir.detail);
    assert.ok(deir.spellingsFound >= 6);
  });
  await t.test('both actor groups are merged', () => {
    for (const a of checkActors(run, gold)) assert.ok(a.ok, `${a.name}: ${a.detail}`);
  });
  await t.test('the four gold events are in the timeline with the right date and source', () => {
    for (const e of checkEvents(run, gold)) assert.ok(e.found, `${e.event.date} ${e.event.fact} (timeline has ${e.entryDate})`);
  });
  await t.test('no timeline entry is dated outside the years the story spans', () => {
    assert.deepEqual(badDates(run).map((e) => `${e.date} ${e.text}`), []);
  });
});
