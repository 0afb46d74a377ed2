import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMarkdown } from '../../src/export/markdown.js';
import { makeBundle } from './bundle-fixture.js';

const markdown = toMarkdown([makeBundle()]);
const lines = markdown.split('\n');

test('markdown has story title and sections in order', () => {
  assert.equal(lines[0], '# Port Velmar harbour storm');
  const order = ['## Summary', '## Timeline', '## Places', '## Actors', '## Sources'].map((h) => lines.indexOf(h));
  assert.ok(order.every((i) => i > 0), `all sections present: ${order}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order);
});

test('markdown date headings are chronological and rendered by granularity', () => {
  const headings = lines.filter((l) => /^## (\d|[A-Z][a-z]+ \d{4})/.test(l));
  assert.deepEqual(headings, ['## February 2019', '## 2019-03-14']);
});

test('markdown summary sentences carry footnotes that match the numbered sources', () => {
  const summary = lines.slice(lines.indexOf('## Summary') + 2, lines.indexOf('## Timeline') - 1);
  assert.equal(summary.length, 2);
  assert.match(summary[0], /after twelve days\. \[2\]$/);
  assert.match(summary[1], /struck\. \[1\]$/);
  const sources = lines.slice(lines.indexOf('## Sources') + 2).filter(Boolean);
  assert.match(sources[0], /^1\. Coast \\\| Daily — Storm damage in \\\*Port Velmar\\\* — 2019-03-15 — pages\/a\.txt$/);
  assert.match(sources[1], /^2\. Harbour Watch — .* — no date — .* — near-copy of \[1\]$/);
});

test('markdown events show source counts, disagreements and the publication-date marker', () => {
  const strand = lines.find((l) => l.startsWith('- About 40 boats'));
  assert.equal(strand, '- About 40 boats were stranded in the bay during the storm. (2 sources) [1][2] (date from publication)');
  const next = lines[lines.indexOf(strand!) + 1];
  assert.equal(next, '  - ⚠ sources disagree (number): 40 [2] vs 45 [1]');
  const reopen = lines.find((l) => l.startsWith('- Engineers'));
  assert.ok(reopen && !reopen.includes('(date from publication)'));
});

test('markdown escapes page text: no raw HTML, no link syntax, pipes escaped in tables', () => {
  assert.ok(!markdown.includes('<script>'));
  assert.ok(markdown.includes('\\<script\\>alert(1)\\</script\\>'));
  assert.ok(!/(^|[^\\])[<>]/m.test(markdown), 'every angle bracket is escaped');
  assert.ok(!/[^\\]\]\(/.test(markdown), 'no unescaped ](');
  assert.ok(!markdown.includes('https://'), 'URLs from pages cannot autolink');
  const placeRow = lines.find((l) => l.startsWith('| Port Velmar'));
  assert.equal(placeRow, '| Port Velmar | Port Velmar, Velmar \\| port | 43.5000 | 16.2500 | 5 | 2 |');
  const cells = placeRow!.split(/(?<!\\)\|/).length;
  assert.equal(cells, 8, 'escaped pipe does not add a cell');
  assert.ok(lines.includes('| Port Authority | Port Authority, harbour office | 3 | 1 |'));
});

test('markdown is deterministic and handles no stories', () => {
  assert.equal(toMarkdown([makeBundle()]), markdown);
  assert.equal(toMarkdown([]), '_No stories._\n');
});
