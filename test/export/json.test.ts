import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toJson } from '../../src/export/json.js';
import { makeBundle } from './bundle-fixture.js';

test('toJson round-trips and names its generator', () => {
  const parsed = JSON.parse(toJson([makeBundle()]));
  assert.equal(parsed.generator, 'newsline');
  assert.equal(parsed.stories[0].story.id, 'story-1');
  assert.deepEqual(parsed.stories[0], JSON.parse(JSON.stringify(makeBundle())));
});

test('toJson is byte-identical across calls and independent of key insertion order', () => {
  const a = makeBundle();
  const b = makeBundle();
  // Same data, keys built in the reverse order.
  const reversed = Object.fromEntries(Object.entries(b.story).reverse()) as typeof b.story;
  b.story = reversed;
  assert.equal(toJson([a]), toJson([a]));
  assert.equal(toJson([a]), toJson([b]));
  const text = toJson([a]);
  assert.ok(text.indexOf('"id"') < text.indexOf('"label"'), 'keys are sorted');
  assert.ok(text.startsWith('{\n  "generator": "newsline",'));
});
