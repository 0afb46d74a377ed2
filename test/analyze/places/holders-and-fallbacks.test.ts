import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../../src/analyze/places/gazetteer.js';
import { distanceKm } from '../../../src/analyze/places/distance.js';
import { facilityTownPrefixes, holderAfter, possessiveHolder } from '../../../src/analyze/places/owners.js';
import { resolvePhrases } from './phrases.js';

const gazetteer = loadGazetteer();
const placeOf = (text: string, phrases: string[], which: string) => resolvePhrases(text, phrases, gazetteer).find((r) => r.text === which)?.place ?? null;

test('the holder of a name: a possessive before it, or a place written after it', () => {
  const text = "Delays spread to Dublin's Ringsend docks and to the Keller Clinic in Galway, Ireland.";
  const pos = possessiveHolder(text, text.indexOf('Ringsend'));
  assert.equal(pos && text.slice(pos.start, pos.end), 'Dublin');
  const after = holderAfter(text, text.indexOf('Keller Clinic') + 'Keller Clinic'.length);
  assert.equal(after && text.slice(after.start, after.end), 'Galway');
  assert.equal(possessiveHolder('We met the Ringsend crew.', 'We met the '.length), null);
});

test('a facility may be named after its town: leading words are tried, only for facility names', () => {
  assert.deepEqual(facilityTownPrefixes('Perth Concert Hall'), ['Perth Concert', 'Perth']);
  assert.deepEqual(facilityTownPrefixes('Adelaide-Kingsford Smith Airport'), ['Adelaide Kingsford Smith', 'Adelaide Kingsford', 'Adelaide']);
  assert.deepEqual(facilityTownPrefixes('Perth Amboy'), []);
});

test('a possessive holder moves a namesake abroad home, or stands in for a place the gazetteer lacks', () => {
  const text = "Queues formed at Melbourne's Heathrow terminal and at Madrid's Zzyzxville market on Monday.";
  const melbourne = placeOf(text, ['Melbourne', 'Heathrow'], 'Melbourne')!;
  const heathrow = placeOf(text, ['Melbourne', 'Heathrow'], 'Heathrow')!;
  assert.ok(distanceKm(heathrow, melbourne) < 60, `${heathrow.name} ${heathrow.countryCode} is not by Melbourne`);
  const unknown = placeOf(text, ['Zzyzxville'], 'Zzyzxville')!;
  assert.equal(unknown.countryCode, 'ES');
});

test('a marked place with no entry falls back to its facility town, its holder, then where the article is set', () => {
  const text = 'Crowds gathered at the Winnipeg Folk Gallery. Later, medics at Qwertyton Clinic in Regina treated two people. Regina police said Xyzzy Lane was shut.';
  const phrases = ['Winnipeg Folk Gallery', 'Qwertyton Clinic', 'Regina', 'Xyzzy Lane'];
  assert.equal(placeOf(text, phrases, 'Winnipeg Folk Gallery')?.name, 'Winnipeg');
  assert.equal(placeOf(text, phrases, 'Qwertyton Clinic')?.name, 'Regina');
  assert.equal(placeOf(text, phrases, 'Xyzzy Lane')?.name, 'Regina');
});

test('a bare New York is the city where a district comes before it or city words are used', () => {
  assert.equal(placeOf('Two pupils in Brooklyn, New York fell ill.', ['New York'], 'New York')?.featureCode.startsWith('PPL'), true);
  assert.equal(placeOf('The mayor of New York spoke about the buses.', ['New York'], 'New York')?.featureCode.startsWith('PPL'), true);
});

test('a bare New York is the state when the words speak of the state', () => {
  assert.equal(placeOf('Farmers upstate say New York must act; the governor agreed.', ['New York'], 'New York')?.featureCode, 'ADM1');
});

test('a state written by its own name is the state, not a small town named after it', () => {
  const text = 'Inspectors traced the outbreak to farms in Ohio, Pennsylvania and California.';
  assert.equal(placeOf(text, ['Ohio', 'Pennsylvania', 'California'], 'California')?.id, 'admin1:US-CA');
  // Written with its state after a comma, the town is meant.
  const town = placeOf('The mill in California, Pennsylvania closed.', ['California'], 'California')!;
  assert.ok(town.featureCode.startsWith('PPL'), `${town.name} ${town.featureCode}`);
});

test('former country names are the country: Zaire, Ceylon', () => {
  assert.equal(placeOf('Relief flights left Zaire for Ceylon in 1971.', ['Zaire', 'Ceylon'], 'Zaire')?.id, 'country:CD');
  assert.equal(placeOf('Relief flights left Zaire for Ceylon in 1971.', ['Zaire', 'Ceylon'], 'Ceylon')?.id, 'country:LK');
});

test('a small town abroad, in no country the other names lie in, yields to where the story is set', () => {
  // The gazetteer holds only the Australian Innisfail; this story is in Alberta.
  const text = 'Coaches from Red Deer and Edmonton met in Red Deer on Monday. Next month the young skaters train in Innisfail.';
  const r = placeOf(text, ['Red Deer', 'Edmonton', 'Innisfail'], 'Innisfail')!;
  assert.equal(r.countryCode, 'CA');
});

test('a holder may follow a few lowercase words: a camp in a town', () => {
  const text = 'Aid reached the Zzyzx refugee camp in Kassala on Monday.';
  const h = holderAfter(text, text.indexOf('Zzyzx') + 'Zzyzx'.length);
  assert.equal(h && text.slice(h.start, h.end), 'Kassala');
  assert.equal(holderAfter('Zzyzx and Kassala met.', 'Zzyzx'.length), null);
});

test('with no holder, a place the gazetteer lacks takes the place named nearest in its sentence, before the article focus', () => {
  const text = 'Bergen officials said Bergen schools near Bergen stay shut. On Friday ferries ran from Oslo to Zzyzxholm without delay.';
  const phrases = ['Bergen', 'Oslo', 'Zzyzxholm'];
  assert.equal(placeOf(text, phrases, 'Zzyzxholm')?.name, 'Oslo');
  // Alone in its sentence, it takes the article's most named town.
  const alone = 'Bergen officials said Bergen schools near Bergen stay shut. Oslo was calm. Zzyzxholm reported nothing.';
  assert.equal(placeOf(alone, phrases, 'Zzyzxholm')?.name, 'Bergen');
});

test('Canadian local news (a constable, a North American phone number) reads London as London, Ontario', () => {
  const text = 'A man was hurt at an east-end bar, London police say. Const. Ann Fisk asked witnesses to call 519-555-0199.';
  assert.equal(placeOf(text, ['London'], 'London')?.countryCode, 'CA');
  // Without those marks London is the British capital.
  assert.equal(placeOf('A man was hurt at an east-end bar, London police say.', ['London'], 'London')?.countryCode, 'GB');
});

test('British court news with British spelling and a Crown prosecutor keeps London in England', () => {
  const text = 'The Crown prosecutor told the court the defendant had left the town centre for London, where he was arrested by Metropolitan Police officers.';
  assert.equal(placeOf(text, ['London'], 'London')?.countryCode, 'GB');
});
