import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../../src/analyze/places/gazetteer.js';
import { findPlaces } from '../../../src/analyze/places/resolve.js';
import { distanceKm } from '../../../src/analyze/places/distance.js';
import { areaKey, loadGeonamesAreas } from '../../../src/analyze/places/geonames-areas.js';
import { resolvePhrases } from './phrases.js';

const gazetteer = loadGazetteer();

/** The place each occurrence of a phrase resolves to, in order. */
function resolved(text: string, phrase: string) {
  return resolvePhrases(text, [phrase], gazetteer).map((r) => r.place);
}

test('GeoNames country and division rows give their own point and id (Queensland, Australia)', () => {
  assert.ok(loadGeonamesAreas().length > 0, 'data/geonames-areas.tsv is found');
  const [state] = resolved('Floods closed roads across Queensland this week.', 'Queensland');
  assert.equal(state?.featureCode, 'ADM1');
  assert.equal(state?.geonameId, 2152274);
  assert.equal(state?.admin1, 'AU.04', 'the division carries GeoNames admin-1 code, as its towns do');
  const [country] = resolved('Wheat exports from Australia rose again.', 'Australia');
  assert.equal(country?.id, 'country:AU', 'a country keeps our id');
  assert.ok(distanceKm(country!, { lat: -25, lon: 135 }) < 1);
});

test('a formal GeoNames name matches the short one writers use', () => {
  assert.equal(areaKey('State of New South Wales'), 'new south wales');
  assert.equal(areaKey('Commonwealth of Australia'), 'australia');
});

test('towns carry their first-level division as Place.admin1', () => {
  const [town] = resolved('The mayor of Tulsa spoke on Monday.', 'Tulsa');
  assert.equal(town?.admin1, 'US.OK');
});

test('areas that are neither towns, countries nor divisions have a pin: strips, islands, seas', () => {
  const text = 'Aid convoys waited at the edge of the Gaza Strip. Ferries to Java were cancelled. A tanker sank in the Mediterranean.';
  assert.ok(distanceKm(resolved(text, 'Gaza Strip')[0]!, { lat: 31.4, lon: 34.4 }) < 50);
  assert.equal(resolved(text, 'Java')[0]?.countryCode, 'ID');
  assert.equal(resolved(text, 'Mediterranean')[0]?.featureCode, 'SEA');
});

test('a state written by its own name is the state, not a town listing the name as an alternate', () => {
  const text = 'Growers in Arizona said the lettuce harvest was late.';
  const [place] = resolved(text, 'Arizona');
  assert.equal(place?.id, 'admin1:US-AZ');
});

test('names listed together are of one kind: a country among countries', () => {
  const text = 'The vaccine campaign covers Senegal, Mali, Niger, Nigeria and Chad.';
  const niger = resolvePhrases(text, ['Senegal', 'Mali', 'Niger', 'Chad'], gazetteer).find((r) => r.text === 'Niger')?.place;
  assert.equal(niger?.featureCode, 'PCLI');
  assert.equal(niger?.countryCode, 'NE');
});

test('names listed together are of one kind: a province among provinces of one country', () => {
  const text = 'Cases were confirmed in British Columbia, Alberta, Manitoba, Ontario and Quebec.';
  const ontario = resolvePhrases(text, ['British Columbia', 'Alberta', 'Manitoba', 'Ontario', 'Quebec'], gazetteer).find((r) => r.text === 'Ontario')?.place;
  assert.equal(ontario?.featureCode, 'ADM1');
  assert.equal(ontario?.countryCode, 'CA');
});

test("'Washington' alone is the capital; 'Washington state' and 'the state of Washington' are the state", () => {
  const capital = resolved('Officials in Washington declined to comment on the talks.', 'Washington')[0];
  assert.equal(capital?.featureCode, 'PPLC');
  const state = resolved('The orchard is on a Washington state farm near the river.', 'Washington')[0];
  assert.equal(state?.featureCode, 'ADM1');
  const stateOf = resolved('Wildfires spread across the state of Washington.', 'Washington')[0];
  assert.equal(stateOf?.featureCode, 'ADM1');
});

test('a state named in the article places its ambiguous towns (Alexandria ... Virginia)', () => {
  const text = 'Alexandria police opened an inquiry. The suspect will be sent back to Virginia for trial.';
  const town = resolvePhrases(text, ['Alexandria', 'Virginia'], gazetteer)[0].place;
  assert.equal(town?.countryCode, 'US');
  assert.equal(town?.admin1, 'US.VA');
});

test('US local-news marks make the United States the setting of an article that never names it', () => {
  const text =
    'The Sheriff’s Office said the crash happened on 1200 Maple Street late Friday. Call 555-201-3344 with any information. ' +
    'The driver was taken to a hospital in Athens.';
  const [town] = resolved(text, 'Athens');
  assert.equal(town?.countryCode, 'US');
  const foreign = 'Tourists crowded the Acropolis in Athens as Greece reopened its museums.';
  assert.equal(resolved(foreign, 'Athens')[0]?.countryCode, 'GR', 'without those marks, the great city');
});

test('findPlaces gives the pins of areas and keeps town names inside longer names out', () => {
  const { mentions } = findPlaces('Union Pacific trains crossed Nebraska. Storms over the Pacific grew.', gazetteer);
  const pacific = mentions.filter((m) => m.text === 'Pacific');
  assert.equal(pacific.length, 1, "'Union Pacific' is a railway, not an ocean");
  assert.equal(pacific[0].entityId, 'region:pacific-ocean');
});

test('ambiguous names settle each other: a Paris beside a Henry County is the Tennessee pair', () => {
  const text = 'Deputies from the Henry County sheriff office helped Paris police search the lake. A reward of $500 is offered.';
  const town = resolvePhrases(text, ['Henry County', 'Paris'], gazetteer)[1].place;
  assert.equal(town?.admin1, 'US.TN');
  const alone = resolvePhrases(text, ['Paris'], gazetteer)[0].place;
  assert.notEqual(alone?.admin1, 'US.TN', 'without the county, nothing points to Tennessee');
});

test("'the' before a one-word name favours the sea or region over a town of that name", () => {
  const [sea] = resolved('Fishing boats returned early from the Mediterranean.', 'Mediterranean');
  assert.equal(sea?.featureCode, 'SEA');
});

test('marked spans: county and township abbreviations, postal codes, residents, and feature words fall back to the place', () => {
  const text =
    'Fair week opens in Platte Co. on Monday. Trustees of Madison Twp. met. He moved to KY last year. ' +
    'Richmondites lined the streets. Texan voters went to the polls. Ships waited in Boston Harbor.';
  const at = (phrase: string) => resolved(text, phrase)[0];
  assert.equal(at('Platte Co.')?.featureCode, 'ADM2');
  assert.ok(at('Madison Twp.') !== null, 'a township abbreviation finds the place it is named after');
  assert.equal(at('KY')?.id, 'admin1:US-KY');
  assert.equal(at('Richmondites')?.name, 'Richmond');
  assert.equal(at('Texan')?.id, 'admin1:US-TX');
  assert.ok(distanceKm(at('Boston Harbor')!, { lat: 42.36, lon: -71.06 }) < 30);
});

test('a division learns the admin-1 code its towns carry, so a province and its cities meet (Quebec, Montreal)', () => {
  const [province] = resolved('Road rules differ in Quebec.', 'Quebec');
  const [city] = resolved('Traffic was heavy in Montreal.', 'Montreal');
  assert.equal(province?.featureCode, 'ADM1');
  assert.equal(province?.admin1, city?.admin1);
});

test('a dateline in capitals is where the story was filed: the capital', () => {
  const [place] = resolved('WASHINGTON — The committee met behind closed doors on Tuesday.', 'WASHINGTON');
  assert.equal(place?.featureCode, 'PPLC');
});

test("'Town, State' and 'Town, Country': the name after the comma holds the town", () => {
  const text = 'The company has offices in Atlanta, Georgia and in Alexandria, Egypt.';
  const [atlanta] = resolved(text, 'Atlanta');
  assert.equal(atlanta?.admin1, 'US.GA');
  const [alexandria] = resolved(text, 'Alexandria');
  assert.equal(alexandria?.countryCode, 'EG');
});

test('two names joined by and are of one kind: a state beside a state', () => {
  const text = 'The storm moved from Montana and Wyoming into the plains.';
  const wyoming = resolvePhrases(text, ['Montana', 'Wyoming'], gazetteer)[1].place;
  assert.equal(wyoming?.featureCode, 'ADM1');
});

test('a place just across a border of the article’s country beats a far namesake (Gaza beside Israel)', () => {
  const [gaza] = resolved('Israel closed the crossings after rockets were fired from Gaza overnight.', 'Gaza');
  assert.equal(gaza?.countryCode, 'PS');
});

test('the candidate filters are named and ordered', async () => {
  const { PLACE_CANDIDATE_FILTERS } = await import('../../../src/analyze/places/resolve.js');
  assert.deepEqual(PLACE_CANDIDATE_FILTERS, ['area-or-city-called-x-city', 'named-area-over-loose-namesakes', 'state-over-small-namesakes', 'only-divisions-when-said-so']);
});
