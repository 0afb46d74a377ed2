// Counts as sources write them ('at least 23 fighters died'), and which counts can both be true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresCompatible, figuresOf } from '../../src/events/numbers.js';
import { buildEvents, type PageInfo } from '../../src/events/index.js';
import { interaction } from '../../src/export/csv-acled.js';
import { article } from '../helpers.js';

const shape = (text: string) => figuresOf(text).map((f) => [f.unit, f.value, f.bound, f.high ?? null]);

test('the dead are counted as killed whatever the writer called them', () => {
  assert.deepEqual(shape('At least 23 fighters died in the bombardment of the ridge.'), [['killed', 23, 'at-least', null]]);
  assert.deepEqual(shape('A monitor said 17 militants were killed in the raids.'), [['killed', 17, 'exact', null]]);
  assert.deepEqual(shape('Nine soldiers lost their lives at the checkpoint.'), [['killed', 9, 'exact', null]]);
  assert.deepEqual(shape('Four people were injured when the roof fell.'), [['wounded', 4, 'exact', null]]);
});

test('qualifiers and ranges bound a count', () => {
  assert.deepEqual(shape('Up to 300 families were displaced by the floods.'), [['displaced', 300, 'at-most', null]]);
  assert.deepEqual(shape('More than 40 people were arrested overnight.'), [['arrested', 40, 'at-least', null]]);
  assert.deepEqual(shape('Between 20 and 30 villagers were wounded.'), [['wounded', 20, 'exact', 30]]);
  assert.deepEqual(shape('Engineers cleared some 25 hectares of farmland.'), [['hectare', 25, 'about', null]]);
});

test('two counts disagree only when they cannot both be true', () => {
  const f = (value: number, bound: 'exact' | 'at-least' | 'at-most' | 'about' = 'exact', high?: number) => ({ value, bound, high });
  assert.equal(figuresCompatible(f(23, 'at-least'), f(17)), false, "'at least 23' and 17");
  assert.equal(figuresCompatible(f(17, 'at-least'), f(23)), true, "'at least 17' and 23");
  assert.equal(figuresCompatible(f(23), f(17)), false);
  assert.equal(figuresCompatible(f(30, 'at-most'), f(25)), true, "'up to 30' and 25");
  assert.equal(figuresCompatible(f(20, 'exact', 30), f(25)), true, '20 to 30 and 25');
  assert.equal(figuresCompatible(f(100, 'about'), f(104)), true, 'about 100 and 104');
});

test('a merged event lists its counts with their sentences, takes the lowest count of the dead, and flags only true disagreements', () => {
  const day = { value: '2019-08-02', granularity: 'day' as const, from: 'expression' as const, text: 'Friday' };
  const a = article({ pageId: 'a', paragraphs: ['Rebels attacked the border post of Kelmor on Friday, and at least 12 guards were killed.'], dates: [day] });
  const b = article({ pageId: 'b', paragraphs: ['On Friday rebels attacked the Kelmor border post, where 15 guards were killed.'], dates: [day] });
  const c = article({ pageId: 'c', paragraphs: ['Rebels attacked the border post at Kelmor on Friday; 9 guards were killed, officials said.'], dates: [day] });
  const info = new Map<string, PageInfo>(['a', 'b', 'c'].map((id) => [id, { source: id, site: id, title: null }]));
  const [event] = buildEvents('s', [a, b], info);
  assert.equal(event.sources.length, 2);
  assert.equal(event.fatalities?.value, 12);
  assert.equal(event.fatalities?.source.pageId, 'a');
  assert.equal(event.disagreements.length, 0, "'at least 12' and 15 can both be true");
  const [disputed] = buildEvents('s', [a, b, c], info);
  assert.equal(disputed.fatalities?.value, 9);
  const numbers = disputed.disagreements.find((d) => d.kind === 'number')!;
  assert.deepEqual(numbers.values.map((v) => v.value).sort(), ['15 killed', '9 killed', 'at least 12 killed']);
});

test("ACLED's interaction code puts the lower actor code first, and a lone actor with 0", () => {
  assert.equal(interaction(2, 1), '12');
  assert.equal(interaction(1, undefined), '10');
  assert.equal(interaction(undefined, undefined), '');
});
