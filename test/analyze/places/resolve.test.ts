import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../../src/analyze/places/gazetteer.js';
import { findPlaces } from '../../../src/analyze/places/resolve.js';

const gazetteer = loadGazetteer();
const DEIR = { lat: 35.336, lon: 40.141 };

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function placesIn(text: string) {
  const result = findPlaces(text, gazetteer);
  for (const m of result.mentions) {
    assert.equal(m.text, text.slice(m.start, m.end), 'mention text is the slice it points to');
    assert.equal(m.kind, 'place');
    assert.ok(m.confidence > 0 && m.confidence <= 1);
  }
  return result;
}

const byText = (r: ReturnType<typeof findPlaces>, text: string) => r.mentions.filter((m) => m.text === text).map((m) => m.entityId);

test('all eight spellings of Deir ez-Zor resolve to one place near the city', () => {
  const text = [
    'Army units pushed into Deir ez-Zor on the third day.',
    'Shelling hit a market in Deir ez-Zor City overnight.',
    'Aid trucks reached Deir al-Zour after a long wait.',
    'Officials in Deir Ez-Zor gave no figures.',
    'The road from Deir al-Zor to the south stayed shut.',
    'Residents of Deir Ezzor described long queues for bread.',
    'Several districts of Deir Ezzor city changed hands.',
    'Fighting continued in Deir Ez Zour and nearby villages.',
  ].join('\n\n');
  const result = placesIn(text);
  const spellings = ['Deir ez-Zor', 'Deir al-Zour', 'Deir Ez-Zor', 'Deir al-Zor', 'Deir Ezzor', 'Deir Ez Zour'];
  const ids = new Set(result.mentions.map((m) => m.entityId));
  assert.equal(ids.size, 1, `one place, got ${[...ids].join(', ')}`);
  for (const s of spellings) assert.ok(byText(result, s).length > 0, `no mention for ${s}`);
  assert.equal(result.mentions.length, 8);
  const place = result.places[0];
  assert.equal(place.id, 'geonames:170794');
  assert.ok(km(place, DEIR) < 25);
  // 'City' and 'city' stay outside the name.
  assert.ok(!result.mentions.some((m) => /city/i.test(m.text)));
});

test('Mayadeen, Albukamal, Abu Bukamal and Raqqa resolve to the Syrian towns', () => {
  const text =
    'Syrian troops moved down the Euphrates from Mayadeen towards Albukamal, after Al-Mayadeen fell. ' +
    'Convoys left Raqqa for the border town of Abu Bukamal.';
  const result = placesIn(text);
  assert.deepEqual(byText(result, 'Mayadeen'), ['geonames:173480']);
  assert.deepEqual(byText(result, 'Al-Mayadeen'), ['geonames:173480']);
  assert.deepEqual(byText(result, 'Albukamal'), ['geonames:174448']);
  assert.deepEqual(byText(result, 'Abu Bukamal'), ['geonames:174448']);
  assert.deepEqual(byText(result, 'Raqqa'), ['geonames:172955']);
});

test('countries and capitals resolve sensibly', () => {
  const text =
    'Talks in Geneva stalled while envoys flew between Moscow and Damascus. Syria said Aleppo, Homs and Idlib were calm. ' +
    'Later, officials in Washington and Turkey disagreed, and an envoy left for Ankara.';
  const result = placesIn(text);
  const one = (s: string) => byText(result, s)[0];
  assert.equal(one('Syria'), 'country:SY');
  assert.equal(one('Damascus'), 'geonames:170654');
  assert.equal(one('Aleppo'), 'geonames:170063');
  assert.equal(one('Homs'), 'geonames:169577');
  assert.equal(one('Idlib'), 'geonames:169389');
  assert.equal(gazetteer.byId(one('Moscow'))?.countryCode, 'RU');
  assert.equal(gazetteer.byId(one('Geneva'))?.countryCode, 'CH');
  assert.equal(gazetteer.byId(one('Washington'))?.countryCode, 'US');
  assert.equal(one('Turkey'), 'country:TR');
  assert.equal(gazetteer.byId(one('Ankara'))?.countryCode, 'TR');
});

test('common capitalised words, demonyms, days and people are not places', () => {
  const text =
    'On Monday the State News Post said the Army Force Center at Home would Reply. ' +
    'Syrian and Russian officials met. There was no word from Dean Heller or President Trump. ' +
    'Scores of people fled. Leave a Reply.';
  const result = placesIn(text);
  assert.deepEqual(result.mentions.map((m) => m.text), []);
});

test('excluded spans (actor names) are skipped', () => {
  const text = 'The Islamic State of Iraq and Syria lost ground in Syria.';
  const start = text.indexOf('Islamic');
  const end = start + 'Islamic State of Iraq and Syria'.length;
  const result = findPlaces(text, gazetteer, { exclude: [{ start, end }] });
  assert.equal(result.mentions.length, 1);
  assert.equal(result.mentions[0].start, text.lastIndexOf('Syria'));
  const unexcluded = findPlaces(text, gazetteer).mentions.map((m) => m.entityId);
  assert.deepEqual(unexcluded, ['country:IQ', 'country:SY', 'country:SY'], 'without the exclusion the name yields places');
});

test('a province resolves to its capital city with lower confidence', () => {
  const text = 'Syrian jets struck villages in Deir Ez Zour province. Later they bombed Deir Ez Zour itself.';
  const result = placesIn(text);
  const [province, city] = result.mentions;
  assert.equal(province.entityId, 'geonames:170794');
  assert.equal(city.entityId, 'geonames:170794');
  assert.equal(province.text, 'Deir Ez Zour');
  assert.ok(province.confidence < city.confidence, `${province.confidence} < ${city.confidence}`);
});

test('country abbreviations count, but not in shouted text', () => {
  const result = placesIn('The U.S. envoy and UK officials met. WHAT DOES IT MEAN FOR US NOW');
  assert.deepEqual(result.mentions.map((m) => [m.text, m.entityId]), [['U.S.', 'country:US'], ['UK', 'country:GB']]);
});

test('the article context picks among namesakes', () => {
  // Alone, Damascus is the Syrian capital; a Maryland story picks the American town only with strong hints.
  const syrian = placesIn('Rebels shelled Damascus and Homs.');
  assert.equal(byText(syrian, 'Damascus')[0], 'geonames:170654');
  const outside = placesIn('In Tripoli, Lebanon, protesters gathered.');
  assert.equal(gazetteer.byId(byText(outside, 'Tripoli')[0])?.countryCode, 'LB');
});
