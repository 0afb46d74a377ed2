import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findActors, loadActorTable, makeActorTable, slugify } from '../../../src/analyze/entities/actors.js';

const table = loadActorTable();

function actorsIn(text: string) {
  const result = findActors(text, table);
  for (const m of result.mentions) {
    assert.equal(m.text, text.slice(m.start, m.end));
    assert.equal(m.kind, 'actor');
    assert.ok(m.entityId.startsWith('actor:'));
  }
  return result;
}
const pairs = (r: ReturnType<typeof findActors>) => r.mentions.map((m) => [m.text, m.entityId]);

test('the table loads from data/actors.json with the required actors', () => {
  for (const id of ['islamic-state', 'syrian-arab-army', 'sohr', 'sana', 'reuters', 'al-masdar-news', 'hezbollah', 'nato', 'united-nations']) {
    assert.ok(table.byId(id), id);
  }
  assert.ok(table.actors.length >= 40);
});

test('every name of the Islamic State is one actor', () => {
  const text =
    'The Islamic State (IS) lost a town. ISIS fighters fled, ISIL said nothing, and Daesh denied it. ' +
    'The Islamic State group regrouped; analysts still call it the Islamic State of Iraq and Syria.';
  const result = actorsIn(text);
  assert.deepEqual(
    result.mentions.map((m) => m.text),
    ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'Islamic State of Iraq and Syria'],
  );
  assert.deepEqual(new Set(result.mentions.map((m) => m.entityId)), new Set(['actor:islamic-state']));
  assert.deepEqual(result.actors.map((a) => a.id), ['islamic-state']);
});

test('every name of the Syrian Arab Army is one actor', () => {
  const text =
    'The Syrian Arab Army advanced. The Syrian Army said so, the Syrian army confirmed, SAA units dug in, ' +
    "Syrian forces shelled the road, Syria's army waited and the Syria Army moved on. Syria’s army rested.";
  const result = actorsIn(text);
  assert.deepEqual(
    result.mentions.map((m) => m.text),
    ['Syrian Arab Army', 'Syrian Army', 'Syrian army', 'SAA', 'Syrian forces', "Syria's army", 'Syria Army', 'Syria’s army'],
  );
  assert.deepEqual(new Set(result.mentions.map((m) => m.entityId)), new Set(['actor:syrian-arab-army']));
});

test("acronyms match only in capitals and only as whole words: 'is', 'Is', 'ISIS'", () => {
  const result = actorsIn('Is it true? It is. ISIS is not IS-K, but IS is IS. THIS IS NOT NEWS. Isis was a goddess.');
  assert.deepEqual(pairs(result), [
    ['ISIS', 'actor:islamic-state'],
    ['IS', 'actor:islamic-state'],
    ['IS', 'actor:islamic-state'],
    ['IS', 'actor:islamic-state'],
  ]);
});

test('possessives keep the name and drop the ending', () => {
  const result = actorsIn("Daesh's grip loosened and ISIS’s fighters left; Hezbollah's men stayed.");
  assert.deepEqual(result.mentions.map((m) => m.text), ['Daesh', 'ISIS', 'Hezbollah']);
});

test('names need their capital: lowercase common phrases do not match', () => {
  assert.deepEqual(actorsIn('the reuters of old; a hamas of sorts').mentions, []);
  assert.equal(actorsIn('Reuters reported it').mentions[0]?.entityId, 'actor:reuters');
});

test('an acronym defined in parentheses creates an actor that later bare uses join', () => {
  const text = 'Fighters of the Free Tribal Council (FTC) took the bridge. Later the FTC withdrew.';
  const result = actorsIn(text);
  assert.deepEqual(pairs(result), [
    ['Free Tribal Council', 'actor:free-tribal-council'],
    ['FTC', 'actor:free-tribal-council'],
    ['FTC', 'actor:free-tribal-council'],
  ]);
  assert.equal(result.actors[0].id, 'free-tribal-council');
  assert.deepEqual(result.actors[0].aliases, ['Free Tribal Council', 'FTC']);
  // Initials that do not match are not taken as a definition.
  assert.deepEqual(actorsIn('A Long Council (XYZ) met.').mentions, []);
});

test('a known expansion teaches its acronym to the article', () => {
  const result = actorsIn('The Syrian Observatory for Human Rights (SOHR) counted the dead; Reuters quoted the Britain-based monitor.');
  assert.deepEqual(result.actors.map((a) => a.id), ['sohr', 'reuters']);
  assert.equal(result.mentions.filter((m) => m.entityId === 'actor:sohr').length, 3);
});

test("'the X group' creates an ad-hoc actor", () => {
  const result = actorsIn('Clashes with the Jaish al-Tawhid group left five dead; the militant group fled.');
  assert.deepEqual(pairs(result), [['Jaish al-Tawhid group', 'actor:jaish-al-tawhid']]);
});

test('extra tables merge: new actors join and known ids gain aliases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-actors-'));
  const extra = join(dir, 'extra.json');
  writeFileSync(
    extra,
    JSON.stringify({
      actors: [
        { id: 'tribal-council', name: 'Tribal Council', type: 'armed-group', aliases: ['Shaitat tribesmen'] },
        { id: 'islamic-state', name: 'Islamic State', type: 'armed-group', aliases: ['Tanzim'] },
      ],
    }),
  );
  const merged = loadActorTable([extra]);
  const result = findActors('Shaitat tribesmen fought the Tanzim and ISIS.', merged);
  assert.deepEqual(pairs(result), [
    ['Shaitat tribesmen', 'actor:tribal-council'],
    ['Tanzim', 'actor:islamic-state'],
    ['ISIS', 'actor:islamic-state'],
  ]);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ actors: [{ id: 'Bad Id', name: 'x', type: 'other', aliases: [] }] }));
  assert.throws(() => loadActorTable([bad]), /invalid actor table .*bad\.json.*actors\.0\.id/);
});

test('makeActorTable builds a table from a list, longest alias first', () => {
  const t = makeActorTable([
    { id: 'a', name: 'North Army', type: 'armed-forces', aliases: ['North Army'] },
    { id: 'b', name: 'North Army Reserve', type: 'armed-forces', aliases: ['North Army Reserve'] },
  ]);
  assert.deepEqual(pairs(findActors('The North Army Reserve and the North Army.', t)), [
    ['North Army Reserve', 'actor:b'],
    ['North Army', 'actor:a'],
  ]);
  assert.equal(slugify('Ḩayat Taḩrir al-Sham’s'), 'hayat-tahrir-al-shams');
});
