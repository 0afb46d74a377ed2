import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../../src/analyze/places/gazetteer.js';
import { findPlaces, resolveSpans } from '../../../src/analyze/places/resolve.js';
import { demonymCountries } from '../../../src/analyze/places/demonyms.js';
import { distanceKm } from '../../../src/analyze/places/distance.js';
import { resolvePhrases as resolvePhrasesIn } from './phrases.js';

const gazetteer = loadGazetteer();

const resolvePhrases = (text: string, phrases: string[]) => resolvePhrasesIn(text, phrases, gazetteer);

const placeOf = (r: ReturnType<typeof resolveSpans>, text: string) => r.find((x) => x.text === text)?.place ?? null;

test('a US county is a place of its own, in the state the article names', () => {
  const text = 'Deputies in Laurel County, Kentucky, closed two roads after the storm.';
  const county = placeOf(resolvePhrases(text, ['Laurel County', 'Kentucky']), 'Laurel County')!;
  assert.equal(county.featureCode, 'ADM2');
  assert.equal(county.countryCode, 'US');
  // London, Kentucky is the county seat: the county's point lies near it.
  assert.ok(distanceKm(county, { lat: 37.13, lon: -84.08 }) < 50);
});

test('a Louisiana county is written as a parish', () => {
  const text = 'The school board of Rapides Parish met on Monday.';
  const parish = placeOf(resolvePhrases(text, ['Rapides Parish']), 'Rapides Parish')!;
  assert.equal(parish.featureCode, 'ADM2');
  assert.ok(distanceKm(parish, { lat: 31.2, lon: -92.5 }) < 60);
});

test('a county name written bare does not take a state or town name from its namesakes', () => {
  const text = 'Voters in Indiana and in Ontario went to the polls.';
  const r = resolvePhrases(text, ['Indiana', 'Ontario']);
  assert.equal(placeOf(r, 'Indiana')?.featureCode, 'ADM1');
  assert.notEqual(placeOf(r, 'Ontario')?.featureCode, 'ADM2');
});

test('a hamlet too small for cities500 still resolves, from the ZIP-code places', () => {
  const text = 'The fire started near Lanexa, a small community in New Kent County, Virginia.';
  const hamlet = placeOf(resolvePhrases(text, ['Lanexa']), 'Lanexa')!;
  assert.ok(hamlet !== null);
  assert.ok(distanceKm(hamlet, { lat: 37.4, lon: -76.9 }) < 30);
});

test('a state whose listed point is its great city is drawn at the middle of its counties', () => {
  const state = gazetteer.byId('admin1:US-NY')!;
  // The middle of the state, not Manhattan (40.7 N, 74.0 W).
  assert.ok(distanceKm(state, { lat: 40.71, lon: -74.01 }) > 150);
  assert.ok(distanceKm(state, { lat: 43.0, lon: -75.5 }) < 161);
});

test('Canadian and Australian abbreviations of provinces and states resolve', () => {
  const text = 'Snow fell across B.C. on Sunday, and a man from Kingston, Ont. was rescued. Rain is due in NSW.';
  const r = resolvePhrases(text, ['B.C.', 'Ont.', 'NSW']);
  assert.equal(placeOf(r, 'B.C.')?.id, 'admin1:CA-BC');
  assert.equal(placeOf(r, 'Ont.')?.id, 'admin1:CA-ON');
  assert.equal(placeOf(r, 'NSW')?.id, 'admin1:AU-NSW');
  const found = findPlaces(text, gazetteer).mentions.map((m) => m.text);
  assert.ok(found.includes('B.C.'));
});

test('a people named where their place is meant resolves to the place', () => {
  const text = 'Ohioans and Minnesotans disagree, and many Europeans watched.';
  const r = resolvePhrases(text, ['Ohioans', 'Minnesotans', 'Europeans']);
  assert.equal(placeOf(r, 'Ohioans')?.id, 'admin1:US-OH');
  assert.equal(placeOf(r, 'Minnesotans')?.id, 'admin1:US-MN');
  assert.equal(placeOf(r, 'Europeans')?.featureCode, 'CONT');
});

test('a demonym two countries share goes to the independent, larger one', () => {
  assert.equal(demonymCountries().get('french'), 'FR');
});

test('a country name lends no context to itself against a same-named town of the article', () => {
  const text = 'Palestine police said the crash on Loop 256 closed traffic. Officers from Tyler and Athens, Texas helped, and Palestine firefighters came.';
  const r = resolvePhrases(text, ['Palestine', 'Tyler', 'Athens', 'Texas']);
  const town = r.find((x) => x.text === 'Palestine')!.place!;
  assert.equal(town.countryCode, 'US');
});

test('a country holding the article\'s clear places beats its capital named alike', () => {
  const text = 'Officials in Tijuana and Monterrey said Mexico would send more doctors.';
  const r = resolvePhrases(text, ['Tijuana', 'Monterrey', 'Mexico']);
  assert.equal(placeOf(r, 'Mexico')?.featureCode, 'PCLI');
});
