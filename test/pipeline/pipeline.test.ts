// The whole flow on the example corpus we wrote (examples/), through the CLI a user runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, storyBundle } from '../../src/pipeline.js';
import { openStore } from '../../src/store/sqlite.js';
import { toHtmlReport } from '../../src/export/html-report.js';
import { EXAMPLES_DIR } from '../helpers.js';

const expected = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'expected.json'), 'utf8'));

function freshDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'newsline-pipeline-')), 'test.db');
}

test('the example corpus becomes two stories, and ingesting it again adds nothing', async () => {
  const file = freshDb();
  const store = openStore(file);
  const first = await ingestPaths(store, [EXAMPLES_DIR]);
  assert.equal(first.errors.length, 0, JSON.stringify(first.errors));
  assert.equal(first.added, 13);
  const stories = store.stories();
  assert.equal(stories.length, 2, stories.map((s) => s.label).join(' | '));
  assert.deepEqual(stories.map((s) => s.pageIds.length).sort((a, b) => a - b), [2, 11]);
  const again = await ingestPaths(store, [EXAMPLES_DIR]);
  assert.equal(again.added, 0);
  assert.equal(again.alreadyKnown, 13);
  assert.equal(store.pageCount(), 13);
  assert.equal(store.stories().length, 2);
  store.close();
});

test('the Deir ez-Zor story has a dated, sourced timeline with no date outside the story', async () => {
  const store = openStore(freshDb());
  await ingestPaths(store, [EXAMPLES_DIR]);
  const big = store.stories().sort((a, b) => b.pageIds.length - a.pageIds.length)[0];
  const bundle = storyBundle(store, big.id)!;
  const entries = bundle.timeline.entries;
  assert.ok(entries.length >= 6, `only ${entries.length} entries`);
  for (const e of entries) {
    assert.ok(e.date >= '2017-04' && e.date <= '2017-11-05', `entry dated ${e.date}: ${e.text}`);
    assert.ok(e.sources.length >= 1);
    for (const s of e.sources) {
      const a = store.article(s.pageId)!;
      assert.equal(a.text.slice(s.start, s.end), s.text, 'every source sentence points at its exact words');
    }
  }
  assert.ok(entries.some((e) => e.date === '2017-10-16' && e.sources.length >= 2), 'the storming of the districts is carried by the page and its copy');
  const deir = bundle.places.find((p) => p.entity.id === 'geonames:170794');
  assert.ok(deir, 'Deir ez-Zor is one place');
  assert.ok(deir!.spellings.length >= 4, `spellings: ${deir!.spellings.join(', ')}`);
  const is = bundle.actors.find((a) => /islamic state/i.test(a.entity.name));
  assert.ok(is && is.spellings.length >= 4, `IS spellings: ${is?.spellings.join(', ')}`);
  assert.ok(bundle.summary.sentences.length >= 3);
  const html = toHtmlReport([bundle]);
  assert.ok(!/<script/i.test(html));
  store.close();
});

test('bad input never stops the batch: each bad file is reported and the good ones are read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-bad-'));
  writeFileSync(join(dir, 'good.txt'), 'Troops crossed the river at dawn on Monday, officials said.\n\nThe crossing took four hours under fire.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0, 159, 146, 150, 0, 1]));
  writeFileSync(join(dir, 'broken.html'), '<html><body><div><p>Unclosed tags everywhere <b>bold <i>and more text about the river crossing');
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A page saved as UTF-16 about the river crossing.', 'utf16le')]));
  const store = openStore(freshDb());
  const report = await ingestPaths(store, [dir]);
  assert.equal(report.added, 3);
  assert.deepEqual(report.errors.map((e) => e.source.split('/').pop()).sort(), ['binary.html', 'empty.txt']);
  assert.equal(store.errors().length, 2);
  store.close();
});

test('every example page gets the publication date and the story that examples/expected.json gives it', async () => {
  const store = openStore(freshDb());
  await ingestPaths(store, [EXAMPLES_DIR]);
  const docs = expected.documents as Record<string, { published: string | null; story: string }>;
  const storyOfDoc = new Map<string, string | null>();
  for (const article of store.articles()) {
    const source = store.page(article.pageId)!.source;
    const key = Object.keys(docs).find((name) => source.endsWith(`/${name}`));
    assert.ok(key, `no entry in expected.json for ${source}`);
    assert.equal(article.published?.value ?? null, docs[key].published, `${key}: publication date`);
    storyOfDoc.set(key, store.storyOf(article.pageId));
  }
  assert.equal(storyOfDoc.size, Object.keys(docs).length);
  // Pages expected in one story share a stored story; pages of different expected stories never do.
  for (const [a, storyA] of storyOfDoc) {
    for (const [b, storyB] of storyOfDoc) assert.equal(storyA === storyB, docs[a].story === docs[b].story, `${a} and ${b}`);
  }
  store.close();
});
