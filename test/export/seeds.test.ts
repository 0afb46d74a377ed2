// Renders a bundle assembled from the seed gold file (read at run time, never copied here):
// the real titles, sites, dates and places of the five pages must come through intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toHtmlReport } from '../../src/export/html-report.js';
import { toMarkdown } from '../../src/export/markdown.js';
import { toJson } from '../../src/export/json.js';
import { escapeHtml, escapeMarkdown } from '../../src/export/escape.js';
import type { StoryBundle } from '../../src/model.js';

const SEEDS = path.resolve('..', 'shared', 'seeds');
const GOLD = path.join(SEEDS, 'gold.json');
const skip = existsSync(GOLD) ? false : `seed folder ${SEEDS} is absent`;

interface GoldDoc { title: string; published: string | null; site: string | null }
interface GoldPlace { mentions: string[]; lat: number; lon: number }

function bundleFromGold(): { bundle: StoryBundle; docs: [string, GoldDoc][] } {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
  const docs = Object.entries(gold.documents) as [string, GoldDoc][];
  const places = Object.entries(gold.story.places as Record<string, GoldPlace>);
  const actors = Object.entries(gold.story.actors as Record<string, string[]>);
  const bundle: StoryBundle = {
    story: { id: 'seed-story', label: 'Seed story', pageIds: docs.map(([f]) => f) },
    timeline: {
      storyId: 'seed-story',
      entries: (gold.story.events as { date: string; granularity?: 'month'; source: string; fact: string }[]).map((e, i) => ({
        id: `e${i}`, storyId: 'seed-story', date: e.date, granularity: e.granularity ?? 'day', dateFromPublication: false,
        text: e.fact, type: 'Other', placeIds: [], actorIds: [], disagreements: [], score: 1,
        sources: [{ pageId: e.source, sentence: 0, start: 0, end: 1, text: e.fact, site: null, title: null, source: e.source }],
      })),
    },
    summary: { storyId: 'seed-story', sentences: [] },
    sources: docs.map(([file, d]) => ({
      pageId: file, source: file, title: d.title, site: d.site,
      published: d.published ? { value: d.published, granularity: 'day', confidence: 1, evidence: { source: 'given', text: d.published } } : null,
    })),
    places: places.map(([name, p], i) => ({
      entity: { id: `p${i}`, name, lat: p.lat, lon: p.lon, countryCode: 'SY', featureCode: 'PPL', population: 0 },
      mentions: p.mentions.length, spellings: p.mentions, events: 0,
    })),
    actors: actors.map(([name, spellings], i) => ({
      entity: { id: `a${i}`, name, type: 'other', aliases: spellings }, mentions: spellings.length, spellings, events: 0,
    })),
  };
  return { bundle, docs };
}

test('seed bundle renders every title, site and date in HTML and Markdown', { skip }, () => {
  const { bundle, docs } = bundleFromGold();
  const html = toHtmlReport([bundle]);
  const md = toMarkdown([bundle]);
  for (const [file, d] of docs) {
    assert.ok(html.includes(`<cite>${escapeHtml(d.title)}</cite>`), file);
    assert.ok(md.includes(escapeMarkdown(d.title)), file);
    if (d.published) assert.ok(html.includes(`>${d.published}</time>`), file);
  }
  assert.equal(html.match(/— no date — /g)?.length, docs.filter(([, d]) => !d.published).length);
  assert.equal(html.slice(html.indexOf('<svg'), html.indexOf('</svg>')).match(/<circle /g)?.length, bundle.places.length);
  const headings = md.split('\n').filter((l) => /^## \d{4}-\d{2}-\d{2}$|^## [A-Z][a-z]+ \d{4}$/.test(l));
  assert.deepEqual(headings, ['## 2017-07-04', '## September 2017', '## 2017-10-16', '## 2017-11-04']);
  assert.ok(!/<script/i.test(html));
  assert.equal(JSON.parse(toJson([bundle])).stories[0].sources.length, docs.length);
});
