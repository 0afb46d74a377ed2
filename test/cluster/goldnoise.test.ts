// The gold-noise analysis of the cluster bench: topic keywords read from a folder name alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldNoise, mentionsTopic, topicMatcher } from '../../bench/cluster.js';

test('a CamelCase topic name gives its telling words and their demonym stems, generic words dropped', () => {
  const m = topicMatcher('NorvanianCrisis');
  assert.deepEqual(m.stems, ['norvanian', 'norvania', 'norvan']);
  assert.ok(mentionsTopic('Troops crossed into Norvania at dawn.', m));
  assert.ok(!mentionsTopic('A crisis in the bond markets deepened.', m), "'crisis' alone names no topic");
});

test('a short all-capital name is read as initials; a run-together lower-case name as two words', () => {
  const initials = topicMatcher('QT');
  assert.ok(mentionsTopic('Fans mourned Quinn Tarrow outside the theatre.', initials));
  assert.ok(!mentionsTopic('The quiet town slept.', initials));
  const joined = topicMatcher('zxleak');
  assert.ok(mentionsTopic('ZX said the leak was sealed on Friday.', joined));
  assert.ok(!mentionsTopic('The leak was sealed on Friday.', joined));
});

test('gold noise: shares per topic, F1 on the pages that name their topic, and the bound with the others as singletons', () => {
  const pages = [
    { topic: 'Norvania', text: 'Norvania votes.' },
    { topic: 'Norvania', text: 'Norvanian troops move.' },
    { topic: 'Norvania', text: 'Stocks fell.' },
    { topic: 'Ostrel', text: 'Ostrel floods.' },
  ];
  const noise = goldNoise(pages);
  assert.deepEqual(noise.topics.map((t) => [t.topic, t.pages, t.onTopicShare]), [['Norvania', 3, 2 / 3], ['Ostrel', 1, 1]]);
  assert.equal(noise.onTopicShare, 3 / 4);
  // One cluster for everything: on the three on-topic pages, precision (2/3+2/3+1/3)/3, recall 1.
  const p = (2 / 3 + 2 / 3 + 1 / 3) / 3;
  assert.ok(Math.abs(noise.f1OnTopic(['a', 'a', 'a', 'a']) - (2 * p) / (p + 1)) < 1e-12);
  // Perfect on-topic, stray page alone: precision 1; recall (2/3+2/3+1/3+1)/4.
  const r = (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4;
  assert.ok(Math.abs(noise.upperBound - (2 * r) / (1 + r)) < 1e-12);
});
