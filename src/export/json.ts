// A StoryBundle list as JSON for other programs. Keys are written in sorted order at every
// level, so the bytes depend only on the data, never on how an object happened to be built
// (from the pipeline or read back from a store); arrays keep their order, which carries meaning.

import type { StoryBundle } from '../model.js';

const INDENT = 2;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // Values that serialise themselves (a Date) are left to do so.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

export function toJson(bundles: StoryBundle[]): string {
  return JSON.stringify(sortKeys({ generator: 'newsline', stories: bundles }), null, INDENT) + '\n';
}
