import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeRef } from '../../../src/model.js';
import { sentenceDate } from '../../../src/analyze/time/index.js';
import { day, tag } from './helpers.js';

const PUBLISHED = { value: '2017-11-04', granularity: 'day' as const };

test('the first resolved DATE in the sentence wins', () => {
  const refs = tag('Two months ago, after a siege of over 3 years, the column arrived on September 5.', day('2017-11-04'));
  assert.deepEqual(sentenceDate(refs, PUBLISHED), { value: '2017-09', granularity: 'month', from: 'expression', text: 'Two months ago' });
});

test('durations, sets, vague references and unresolved values are passed over', () => {
  const refs = tag('Currently, after fighting for over two years and daily raids, the town fell on Friday.', null);
  assert.deepEqual(sentenceDate(refs, PUBLISHED), { value: '2017-11-04', granularity: 'day', from: 'publication' });
});

test('a sentence naming no date falls back to the publication date', () => {
  assert.deepEqual(sentenceDate([], PUBLISHED), { value: '2017-11-04', granularity: 'day', from: 'publication' });
  assert.deepEqual(sentenceDate([], { value: '2017-11', granularity: 'month' }), { value: '2017-11', granularity: 'month', from: 'publication' });
});

test('no expression and no publication date: null', () => {
  assert.equal(sentenceDate([], null), null);
});

test('a TIME keeps its clock and time granularity', () => {
  const ref: TimeRef = { text: '12:45', start: 0, end: 5, type: 'TIME', value: '2017-10-16T12:45', granularity: 'time', anchor: 'document', rule: 'clockTime' };
  assert.deepEqual(sentenceDate([ref], null), { value: '2017-10-16T12:45', granularity: 'time', from: 'expression', text: '12:45' });
});
