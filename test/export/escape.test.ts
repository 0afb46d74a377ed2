import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, escapeMarkdown, formatDate } from '../../src/export/escape.js';

test('escapeHtml escapes the five significant characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  assert.equal(escapeHtml('&amp;'), '&amp;amp;', 'an entity in page text stays visible text');
});

test('escapeMarkdown neutralises links, HTML, emphasis, code and table pipes', () => {
  assert.equal(escapeMarkdown('[click](javascript:x)'), '\\[click\\](javascript:x)');
  assert.equal(escapeMarkdown('<b>a|b</b>'), '\\<b\\>a\\|b\\</b\\>');
  assert.equal(escapeMarkdown('*x* _y_ `z` \\'), '\\*x\\* \\_y\\_ \\`z\\` \\\\');
  assert.equal(escapeMarkdown('two\nlines'), 'two lines');
  assert.ok(!escapeMarkdown('see https://evil.test now').includes('://'));
  assert.ok(!escapeMarkdown('see www.evil.test').includes('www.'));
});

test('formatDate renders by granularity', () => {
  assert.equal(formatDate('2017-10-16', 'day'), '2017-10-16');
  assert.equal(formatDate('2017-09', 'month'), 'September 2017');
  assert.equal(formatDate('2017', 'year'), '2017');
  assert.equal(formatDate('2017-10-16', 'month'), 'October 2017', 'a finer value is cut to its granularity');
  assert.equal(formatDate('2017-10-16T12:45', 'time'), '2017-10-16 12:45');
  assert.equal(formatDate('2017-W42', 'week'), 'week 42, 2017');
  assert.equal(formatDate('201', 'decade'), '2010s');
  assert.equal(formatDate('XXXX-10-16', 'day'), 'XXXX-10-16', 'unreadable values are shown, not guessed');
});

test('formatDate names quarters and seasons the way a reader says them', () => {
  assert.equal(formatDate('2019-Q3', 'quarter'), 'Q3 2019');
  assert.equal(formatDate('2018-SU', 'season'), 'summer 2018');
  assert.equal(formatDate('2018-WI', 'season'), 'winter 2018');
  assert.equal(formatDate('XXXX-Q2', 'quarter'), 'XXXX-Q2');
});
