import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../../src/analyze/places/gazetteer.js';
import { findPlaces, mostPopulousCandidate, resolveSpans } from '../../../src/analyze/places/resolve.js';
import { resolvePhrases as resolvePhrasesIn } from './phrases.js';

const gazetteer = loadGazetteer();

const resolvePhrases = (text: string, phrases: string[]) => resolvePhrasesIn(text, phrases, gazetteer);

const idOf = (r: ReturnType<typeof resolveSpans>, text: string) => r.find((x) => x.text === text)?.place?.id;

test('first-level divisions are places: a US state and a Syrian governorate', () => {
  const text = 'Floods closed roads across Louisiana on Tuesday. Farther east, Idlib province saw new fighting.';
  const r = resolvePhrases(text, ['Louisiana', 'Idlib province']);
  assert.equal(idOf(r, 'Louisiana'), 'admin1:US-LA');
  const idlib = r.find((x) => x.text === 'Idlib province')!.place!;
  assert.equal(idlib.featureCode, 'ADM1');
  assert.equal(idlib.countryCode, 'SY');
});

test('continents and large regions resolve', () => {
  const text = 'Ministers from Europe and the Middle East met in Vienna.';
  const r = resolvePhrases(text, ['Europe', 'Middle East']);
  assert.equal(idOf(r, 'Europe'), 'geonames:6255148');
  assert.equal(idOf(r, 'Middle East'), 'region:middle-east');
});

test('a demonym marked as a place resolves to its country, American to the United States', () => {
  const text = 'Turkish officials and American diplomats spoke by phone.';
  const r = resolvePhrases(text, ['Turkish', 'American']);
  assert.equal(idOf(r, 'Turkish'), 'country:TR');
  assert.equal(idOf(r, 'American'), 'country:US');
});

test('an AP state abbreviation after a comma sets the state: Paris, Tenn. is not the French capital', () => {
  const text = 'The fair opened in Paris, Tenn., on Friday, and Paris officials expect a crowd.';
  const r = resolvePhrases(text, ['Paris', 'Tenn.']);
  assert.equal(idOf(r, 'Tenn.'), 'admin1:US-TN');
  for (const x of r.filter((y) => y.text === 'Paris')) assert.equal(x.place?.countryCode, 'US');
  const found = findPlaces(text, gazetteer);
  assert.ok(found.mentions.some((m) => m.text === 'Tenn.' && m.entityId === 'admin1:US-TN'), 'the finder sees the abbreviation too');
});

test('a state named in the article settles its towns: Alexandria in Louisiana', () => {
  const text = 'A fire destroyed a home in Alexandria late on Sunday, the Louisiana state fire marshal said.';
  const r = resolvePhrases(text, ['Alexandria', 'Louisiana']);
  const alexandria = r.find((x) => x.text === 'Alexandria')!.place!;
  assert.equal(alexandria.countryCode, 'US');
});

test('where most places lie in one country, an ambiguous name is read there: Georgia among Georgian towns of the US', () => {
  const text = 'Storms hit Macon and Valdosta before moving on to Savannah. Georgia emergency crews worked overnight.';
  const r = resolvePhrases(text, ['Macon', 'Valdosta', 'Savannah', 'Georgia']);
  assert.equal(idOf(r, 'Georgia'), 'admin1:US-GA');
});

test('the population baseline picks the largest namesake, whatever the context', () => {
  const text = 'The fair opened in Paris, Tenn., on Friday.';
  const at = text.indexOf('Paris');
  assert.equal(mostPopulousCandidate(text, at, at + 5, gazetteer)?.countryCode, 'FR');
});

test('a given span without any candidate comes back unresolved, not guessed', () => {
  const text = 'They walked to Qwzxv Lane after lunch.';
  const r = resolvePhrases(text, ['Qwzxv']);
  assert.equal(r[0].place, null);
  assert.equal(r[0].candidates, 0);
});

test('the map shows one pin for a province and the city it is named after', () => {
  const text = 'Shelling hit Deir ez-Zor overnight, and clashes spread across Deir ez-Zor province.';
  const found = findPlaces(text, gazetteer);
  const ids = new Set(found.mentions.map((m) => m.entityId));
  assert.deepEqual([...ids], ['geonames:170794']);
  const province = found.mentions.find((m) => m.start > text.indexOf('across'))!;
  const city = found.mentions[0];
  assert.ok(province.confidence < city.confidence, 'the province mention is less sure of its exact entity');
});
