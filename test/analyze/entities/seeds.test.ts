import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findActors, loadActorTable } from '../../../src/analyze/entities/actors.js';

const SEEDS = resolve('..', 'shared', 'seeds');
const skip = existsSync(SEEDS) ? false : `seed pages not found at ${SEEDS}`;

test('every gold actor spelling in the seed pages is its one actor', { skip }, (t) => {
  const gold = JSON.parse(readFileSync(resolve(SEEDS, 'gold.json'), 'utf8'));
  const actors = gold.story.actors as Record<string, string[]>;
  const table = loadActorTable();
  let checked = 0;
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(resolve(SEEDS, file), 'utf8');
    const result = findActors(text, table);
    for (const [name, spellings] of Object.entries(actors)) {
      const actor = table.actors.find((a) => a.name === name);
      assert.ok(actor, `no actor named ${name} in the table`);
      for (const spelling of spellings) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${spelling.replace(/'/g, "['’]")}(?![\\p{L}\\p{N}])`, 'gu');
        for (const m of text.matchAll(pattern)) {
          const at = m.index;
          const mention = result.mentions.find((x) => x.start <= at && at + m[0].length <= x.end);
          assert.ok(mention, `${file}: '${m[0]}' at ${at} found no actor`);
          assert.equal(mention.entityId, `actor:${actor.id}`, `${file}: '${m[0]}' at ${at}`);
          checked++;
        }
      }
    }
  }
  t.diagnostic(`${checked} gold actor mentions checked`);
  assert.ok(checked > 50);
});
