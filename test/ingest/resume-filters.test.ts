// --resume across runs with different filters: what one run's filters passed over, another run may want.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifySources, readSources } from '../../src/ingest/sources.js';
import { filterSignature, isDoneUnder, warcResponseRecord } from '../../src/ingest/warc.js';
import { ingestPages } from '../../src/pipeline.js';
import { openStore } from '../../src/store/sqlite.js';

function page(town: string, n: number): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Ferry service to ${town} resumes</title></head><body><article><h1>Ferry service to ${town} resumes</h1>` +
    `<p>The harbour board of ${town} reopened the ferry crossing on Tuesday after storm repairs, report number ${n}.</p>` +
    `<p>Crews replaced two damaged pontoons and tested the new landing ramp before the first sailing left at noon.</p></article></body></html>`;
}

test('a record passed over by one run\'s host filter is taken up by a resumed run with another filter, and only once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-resume-filters-'));
  const warc = join(dir, 'ferries.warc.gz');
  writeFileSync(warc, Buffer.concat([
    warcResponseRecord({ uri: 'https://north.test/ferry', date: '2024-05-07T09:00:00Z', html: page('Northport', 1), id: 'n1' }),
    warcResponseRecord({ uri: 'https://south.test/ferry', date: '2024-05-07T09:00:00Z', html: page('Southby', 2), id: 's1' }),
  ]));
  const store = openStore(join(dir, 'db.sqlite'));
  try {
    const sources = classifySources([warc]);
    const runWith = (hosts: string[] | undefined) => ingestPages(store, readSources(sources, { memory: store, resume: true, hosts }), { resume: true });

    const first = await runWith(['north.test']);
    assert.equal(first.added, 1);
    assert.equal(first.skipped.length, 1, 'the south page is passed over by the filter');

    const sameFilter = await runWith(['north.test']);
    assert.equal(sameFilter.added + sameFilter.skipped.length + sameFilter.pagesRead, 0, 'the same filters: nothing to do again');

    const otherFilter = await runWith(['south.test']);
    assert.equal(otherFilter.added, 1, 'the record the first filter passed over is read now');
    assert.equal(store.pageCount(), 2);

    const noFilter = await runWith(undefined);
    assert.equal(noFilter.added, 0, 'both records are in: neither is added twice');
    assert.equal(store.pageCount(), 2);
  } finally {
    store.close();
  }
});

test('filter signatures ignore order and case; a filtered outcome is done only under the same filters', () => {
  const a = filterSignature({ hosts: ['B.test', 'a.test'], from: '2024-01' });
  assert.equal(a, filterSignature({ hosts: ['a.test', 'b.test'], from: '2024-01' }));
  assert.notEqual(a, filterSignature({ hosts: ['a.test'], from: '2024-01' }));
  assert.equal(isDoneUnder(`filtered ${a}`, a), true);
  assert.equal(isDoneUnder(`filtered ${a}`, filterSignature({})), false);
  assert.equal(isDoneUnder('added', filterSignature({})), true);
  assert.equal(isDoneUnder(undefined, a), false);
});
