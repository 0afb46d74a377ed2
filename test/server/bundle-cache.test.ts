import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BundleCache } from '../../src/server/bundle-cache.js';
import type { StoryBundle } from '../../src/model.js';

test('a kept answer is made once and made again after a write', () => {
  const cache = new BundleCache(() => undefined as StoryBundle | undefined);
  let made = 0;
  const make = () => ({ n: ++made });
  assert.equal(cache.answer('story|a', make), '{"n":1}');
  assert.equal(cache.answer('story|a', make), '{"n":1}');
  assert.equal(made, 1);
  cache.invalidate();
  assert.equal(cache.answer('story|a', make), '{"n":2}');
});

test('an answer that fails is not kept', () => {
  const cache = new BundleCache(() => undefined as StoryBundle | undefined);
  assert.throws(() => cache.answer('story|missing', () => { throw new Error('no story'); }));
  assert.equal(cache.answer('story|missing', () => ({ ok: true })), '{"ok":true}');
});
