import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toHtmlReport } from '../../src/export/html-report.js';
import { escapeHtml } from '../../src/export/escape.js';
import { makeBundle, reopening, stranding } from './bundle-fixture.js';

const bundle = makeBundle();
const html = toHtmlReport([bundle], { title: 'Harbour <report>' });

test('html is one self-contained HTML5 document', () => {
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
  assert.ok(html.trimEnd().endsWith('</html>'));
  assert.ok(html.includes('<title>Harbour &lt;report&gt;</title>'));
  assert.ok(!/<script/i.test(html), 'no script at all');
  assert.ok(!/<link\b|<img\b|<iframe\b|@import|url\(/i.test(html), 'nothing loaded from elsewhere');
  assert.ok(!/\b(src|srcset|action)=/i.test(html.replace(/&quot;&gt;&lt;img src=x/g, '')), 'no resource attributes');
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(hrefs.length > 0 && hrefs.every((h) => /^#story-\d+(-source-\d+)?$/.test(h)), `only in-page links: ${hrefs}`);
});

test('html escapes hostile page text in text and attributes', () => {
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('Harbour reopens&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!html.includes('"><img'));
  // URLs from pages appear only as text inside <code>, never in a tag or attribute.
  const urls = [...html.matchAll(/https?:\/\//g)];
  assert.ok(urls.length > 0, 'the fixture source URL is listed');
  for (const m of urls) assert.equal(html.slice(m.index! - 6, m.index!), '<code>', html.slice(m.index! - 40, m.index! + 40));
  assert.ok(!/(href|src)="https?:/i.test(html));
  assert.ok(!/xmlns=/.test(html), 'inline svg needs no namespace URL');
});

test('html contains every event sentence, every source sentence and every source', () => {
  for (const e of [reopening, stranding]) {
    assert.ok(html.includes(escapeHtml(e.text)), e.id);
    for (const s of e.sources) assert.ok(html.includes(`<blockquote>${escapeHtml(s.text)}</blockquote>`), s.text);
  }
  assert.ok(html.includes('<li id="story-1-source-1" value="1">Coast | Daily — <cite>Storm damage in *Port Velmar*</cite>'));
  assert.ok(html.includes('<li id="story-1-source-2" value="2">Harbour Watch'));
  assert.ok(html.includes('near-copy of <a href="#story-1-source-1">[1]</a>'));
  assert.ok(html.includes('title="read from line 3: March 15, 2019">2019-03-15</time>'));
  assert.ok(html.includes('no date'));
});

test('html timeline: date headings by granularity in order, badges, disagreement, publication flag', () => {
  const feb = html.indexOf('<h4><time datetime="2019-02">February 2019</time></h4>');
  const mar = html.indexOf('<h4><time datetime="2019-03-14">2019-03-14</time></h4>');
  assert.ok(feb > 0 && mar > feb, `${feb} ${mar}`);
  assert.equal(html.match(/<span class="badge">2 sources<\/span>/g)?.length, 2);
  assert.ok(html.includes('<strong>⚠ Sources disagree</strong> (number):<ul><li><span class="value">40</span> <span class="refs"><a href="#story-1-source-2">[2]</a></span></li><li><span class="value">45</span>'));
  assert.equal(html.match(/<span class="flag">date from publication<\/span>/g)?.length, 1);
  assert.equal(html.match(/<details>/g)?.length, 2);
});

test('html places table, actors table and an inline svg map with one circle per place', () => {
  assert.ok(html.includes('<td>Port Velmar</td><td>Port Velmar, Velmar | port</td><td class="num">43.500, 16.250</td><td class="num">5</td>'));
  assert.ok(html.includes('<td>Port Authority</td><td>Port Authority, harbour office</td><td class="num">3</td>'));
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  assert.equal(svg.match(/<circle /g)?.length, 2);
  assert.ok(svg.includes('<title>Port Velmar — 5 mentions (43.500, 16.250)</title>'));
});

test('html is deterministic; multiple stories get a contents list', () => {
  assert.equal(toHtmlReport([makeBundle()], { title: 'Harbour <report>' }), html);
  const two = toHtmlReport([makeBundle(), { ...makeBundle(), story: { id: 's2', label: 'Second <b>story</b>', pageIds: [] } }]);
  assert.ok(two.includes('<a href="#story-2">Second &lt;b&gt;story&lt;/b&gt;</a>'));
  assert.ok(two.includes('id="story-2-source-1"'));
  assert.ok(toHtmlReport([]).includes('No stories.'));
});
