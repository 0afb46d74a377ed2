// The per-page work in worker threads changes nothing of what is stored: the JSON export of the
// examples with real pages of the benchmark sets among them is byte for byte the same with 1 and 2 workers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingestPages, storyBundle } from '../../src/pipeline.js';
import { listFiles, readFile } from '../../src/ingest/index.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { makePage } from '../../src/ingest/page.js';
import type { KeyedItem } from '../../src/ingest/warc.js';
import { openStore } from '../../src/store/sqlite.js';
import { toJson } from '../../src/export/json.js';
import { EXAMPLES_DIR } from '../helpers.js';

const ZYTE = resolve('..', 'shared', 'bench', 'zyte', 'html');
/** Real pages of many sites: enough to keep two threads busy and to interleave with the examples. */
const REAL_PAGES = 24;

function items(): KeyedItem[] {
  const out: KeyedItem[] = [];
  for (const file of listFiles([EXAMPLES_DIR]).files) out.push(...readFile(file));
  if (existsSync(ZYTE)) {
    for (const name of readdirSync(ZYTE).sort().slice(0, REAL_PAGES)) {
      const text = decodeBytes(gunzipSync(readFileSync(join(ZYTE, name))), 'html');
      out.push({ page: makePage({ content: text.text, kind: 'html', source: name, encoding: text.encoding }) });
    }
  }
  // Interleaved, so that a worker's result for a later page is ready before an earlier one's.
  return out.map((item, i) => ({ item, key: (i * 7) % out.length })).sort((a, b) => a.key - b.key).map((x) => x.item);
}

async function exported(workers: number): Promise<string> {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'newsline-workers-')), 'test.db'));
  try {
    const all = items();
    const report = await ingestPages(store, all, { workers, batchSize: 10 });
    assert.equal(report.errors.length, 0);
    // Raw pages compressed in a worker read back as they came in.
    for (const item of all) if ('page' in item) assert.equal(store.page(item.page.id)?.content, item.page.content);
    return toJson(store.stories().map((s) => storyBundle(store, s.id)!));
  } finally {
    store.close();
  }
}

test('one worker and two give the same JSON export, byte for byte', async (t) => {
  if (!existsSync(ZYTE)) t.diagnostic(`no ${ZYTE}: the examples alone are compared`);
  const one = await exported(1);
  const two = await exported(2);
  assert.ok(one.length > 10_000);
  assert.equal(two, one);
});
