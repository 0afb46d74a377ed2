// Cue triggers: read off a pattern's source, and sound: a cue is skipped only where its pattern
// could not have matched, on every sentence of the examples and the seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CUES } from '../../src/events/acled-cues.js';
import { mayMatch, patternTriggers, wordStarts } from '../../src/events/cue-triggers.js';
import { snippetSentences } from '../../src/events/acled-evidence.js';
import { listFiles, readFile } from '../../src/ingest/index.js';
import { extractPage } from '../../src/extract/index.js';
import { EXAMPLES_DIR, SEEDS_DIR } from '../helpers.js';

test('triggers are the first letters of the words a pattern must begin with', () => {
  assert.deepEqual(patternTriggers(/\b(?:attack(?:ed|s)?|raid(?:ed)?)\b/i), new Set(['att', 'rai']));
  assert.deepEqual(patternTriggers(/\b(?:heavy|fierce) (?:fighting|battles?)\b|\bfought\b/i), new Set(['hea', 'fie', 'fou']));
  assert.deepEqual(patternTriggers(/\b(?:in combat|a man)\b/i), new Set(['in', 'a']));
  assert.deepEqual(patternTriggers(/(?<!rubber )\bbullets\b/i), new Set(['bul']));
  // Each of these could match a text without any such letters: the cue always runs.
  assert.equal(patternTriggers(/\b(?:re)?deploy(?:ed)?\b/i), null);
  assert.equal(patternTriggers(/\b[A-Z][a-z]+ clashes\b/), null);
  assert.equal(patternTriggers(/clash/i), null);
  assert.equal(patternTriggers(/\bU\.?S\.?-led\b/i), null);
  assert.equal(patternTriggers(/\bar?ms\b/i), null);
});

test('word starts are three letters of each longer word and short words whole', () => {
  assert.deepEqual(wordStarts('Troops in Al-Mayadeen'), new Set(['tro', 'in', 'al', 'may']));
});

function sentences(): string[] {
  const dirs = [EXAMPLES_DIR, ...(existsSync(SEEDS_DIR) ? [SEEDS_DIR] : [])];
  const out: string[] = [];
  for (const file of listFiles(dirs).files) {
    for (const item of readFile(file)) if ('page' in item) out.push(...snippetSentences(extractPage(item.page).text));
  }
  return out;
}

test('a cue is skipped only where its pattern cannot match', () => {
  const all = sentences();
  assert.ok(all.length > 100);
  let skipped = 0;
  for (const cue of CUES) {
    const triggers = patternTriggers(cue.pattern);
    for (const s of all) {
      if (mayMatch(triggers, wordStarts(s))) continue;
      skipped++;
      assert.equal(new RegExp(cue.pattern.source, cue.pattern.flags.replace('g', '')).test(s), false, `${cue.name} skipped on: ${s}`);
    }
  }
  assert.ok(skipped > all.length * 10, `most cues are skipped on most sentences (${skipped})`);
});
