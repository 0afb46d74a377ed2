// The five real seed pages against their hand-made gold: body lines kept, furniture dropped,
// titles, sites and publication dates as a person reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText, type TextExtraction } from '../../src/extract/text/index.js';
import type { GoldDocument } from '../../bench/seeds-score.js';

const SEEDS = resolve('..', 'shared', 'seeds');
const skip = existsSync(resolve(SEEDS, 'gold.json')) ? false : `seed pages not found at ${SEEDS}`;

type GoldDoc = GoldDocument;

function load(): { name: string; gold: GoldDoc; content: string; result: TextExtraction }[] {
  const gold = JSON.parse(readFileSync(resolve(SEEDS, 'gold.json'), 'utf8')).documents as Record<string, GoldDoc>;
  return Object.entries(gold).map(([name, g]) => {
    const content = readFileSync(resolve(SEEDS, name), 'utf8');
    return { name, gold: g, content, result: extractText(content) };
  });
}

test('seeds: every gold body line is a paragraph (recall 1.0)', { skip }, () => {
  let kept = 0;
  let total = 0;
  for (const { name, gold, result } of load()) {
    const lines = new Set(result.paragraphs.map((p) => p.line));
    for (const l of gold.body) {
      total++;
      if (lines.has(l)) kept++;
      else assert.fail(`${name}: body line ${l} was dropped (${result.dropped.find((d) => d.line === l)?.reason})`);
    }
  }
  assert.equal(kept / total, 1);
});

test('seeds: gold drop lines are dropped (target >= 0.95)', { skip }, () => {
  let dropped = 0;
  let total = 0;
  const missed: string[] = [];
  for (const { name, gold, result } of load()) {
    const lines = new Set(result.dropped.map((d) => d.line));
    for (const l of gold.drop) {
      total++;
      if (lines.has(l)) dropped++;
      else missed.push(`${name}:${l}`);
    }
  }
  assert.ok(dropped / total >= 0.95, `drop share ${(dropped / total).toFixed(3)}; missed ${missed.join(', ')}`);
  assert.deepEqual(missed, []);
});

test('seeds: titles, title lines, sites and publication dates match gold', { skip }, () => {
  for (const { name, gold, result } of load()) {
    assert.equal(result.title, gold.title, `${name} title`);
    assert.equal(result.titleEvidence?.line, gold.title_line, `${name} title line`);
    assert.equal(result.site, gold.site, `${name} site`);
    assert.equal(result.published?.value ?? null, gold.published, `${name} published`);
    if (result.published) assert.equal(result.published.evidence.source, 'line');
    assert.equal(result.language, 'en', `${name} language`);
  }
});

test('seeds: nothing is lost and offsets point into the text', { skip }, () => {
  for (const { name, content, result } of load()) {
    const covered = new Set([...result.paragraphs.map((p) => p.line), ...result.dropped.map((d) => d.line)]);
    content.split(/\r\n|\r|\n/).forEach((l, i) => {
      if (l.trim()) assert.ok(covered.has(i + 1), `${name}: line ${i + 1} neither kept nor dropped`);
    });
    for (const p of result.paragraphs) assert.equal(result.text.slice(p.start, p.end), p.text);
    // The title line is never also a body paragraph.
    assert.ok(!result.paragraphs.some((p) => p.line === result.titleEvidence?.line), `${name}: title kept as body`);
  }
});

test('seeds: no date from a 2025 footer or the numeric trap', { skip }, () => {
  for (const { result } of load()) assert.ok(!result.published?.value.startsWith('2025'));
  const informed = load().find((d) => d.gold.published === '2017-11-04');
  assert.ok(informed);
  assert.notEqual(informed.result.published?.value, '2017-04-11');
});
