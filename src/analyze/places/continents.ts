// Continents and the large areas news names as places ('Africa', 'the Middle East', 'the Gaza Strip',
// 'Java', 'the Pacific'): neither cities500 nor the country and division tables hold them. The continents'
// coordinates and ids are GeoNames' own continent rows; the other areas are our own list, each pinned at a
// rough middle of the area (general geographic knowledge, rounded: an area has no one true point).

export interface Continent {
  id: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  geonameId?: number;
  /** CONT continent, RGN region, ISL island, OCN ocean, SEA sea or gulf, LK lake, MTS mountains, PCLD dependent or disputed land. */
  featureCode: 'CONT' | 'RGN' | 'ISL' | 'OCN' | 'SEA' | 'LK' | 'MTS';
  /** The country holding the area, where one does: it lends the area the article's country context. */
  countryCode?: string;
  /** Nominal size: a continent outranks any town of the same name ('Europa'), and any country. */
  population: number;
}

const CONTINENT_POPULATION = 1e9;
const REGION_POPULATION = 3e8;
/** Named areas within a country or two: above any town sharing the name ('Java', Indiana), below a country. */
const AREA_POPULATION = 5e6;
/** Waters and mountains: above villages of the name, but under the great-city bar that a word inside a
 *  longer capitalised run must clear ('Union Pacific' is a railway, not an ocean). */
const NATURAL_AREA_POPULATION = 5e5;

type AreaRow = [name: string, aliases: string[], lat: number, lon: number, featureCode: Continent['featureCode'], countryCode?: string];

/** Areas inside or across countries, ordered by kind. */
const AREAS: readonly AreaRow[] = [
  // Territories and regions written as places of their own.
  ['Gaza Strip', [], 31.42, 34.36, 'RGN', 'PS'],
  ['West Bank', [], 31.95, 35.25, 'RGN', 'PS'],
  ['Darfur', [], 13.5, 24.0, 'RGN', 'SD'],
  ['Kashmir', [], 34.0, 76.0, 'RGN'],
  ['Kurdistan', [], 36.5, 44.0, 'RGN'],
  ['Sinai', ['Sinai Peninsula'], 29.5, 33.8, 'RGN', 'EG'],
  ['Siberia', [], 60.0, 100.0, 'RGN', 'RU'],
  ['South Ossetia', [], 42.35, 44.0, 'RGN', 'GE'],
  ['Abkhazia', ['Abkhaz'], 43.0, 41.0, 'RGN', 'GE'],
  ['North Ossetia', [], 43.1, 44.3, 'RGN', 'RU'],
  ['Chechnya', [], 43.4, 45.7, 'RGN', 'RU'],
  ['Golan Heights', ['Golan'], 33.0, 35.75, 'RGN', 'SY'],
  ['Anatolia', ['Asia Minor'], 39.0, 33.0, 'RGN', 'TR'],
  ['Jutland', [], 56.0, 9.2, 'RGN', 'DK'],
  ['Nagorno-Karabakh', ['Nagorno Karabakh'], 39.9, 46.7, 'RGN', 'AZ'],
  ['Transnistria', [], 47.2, 29.4, 'RGN', 'MD'],
  ['Patagonia', [], -44.0, -69.0, 'RGN'],
  ['Amazon', ['Amazonia', 'Amazon rainforest'], -3.0, -60.0, 'RGN'],
  ['Sahara', ['Sahara Desert'], 23.0, 13.0, 'RGN'],
  ['Sahel', [], 14.0, 5.0, 'RGN'],
  ['Horn of Africa', [], 8.0, 45.0, 'RGN'],
  ['Sub-Saharan Africa', [], -5.0, 20.0, 'RGN'],
  ['North Africa', [], 27.0, 10.0, 'RGN'],
  ['Southern Africa', [], -25.0, 25.0, 'RGN'],
  ['Central Africa', [], 2.0, 20.0, 'RGN'],
  ['Balkans', [], 42.5, 21.0, 'RGN'],
  ['Scandinavia', [], 62.0, 15.0, 'RGN'],
  ['Caucasus', [], 42.5, 45.0, 'RGN'],
  ['Central Asia', [], 45.0, 68.0, 'RGN'],
  ['South Asia', [], 22.0, 80.0, 'RGN'],
  ['East Asia', [], 35.0, 115.0, 'RGN'],
  ['Levant', [], 33.5, 36.0, 'RGN'],
  ['Arabian Peninsula', ['Arabia'], 23.0, 47.0, 'RGN'],
  ['Korean Peninsula', [], 37.5, 127.5, 'RGN'],
  ['Americas', ['the Americas'], 15.0, -80.0, 'RGN'],
  ['European Union', ['EU', 'E.U.'], 50.0, 10.0, 'RGN'],
  ['Soviet Union', ['USSR', 'U.S.S.R.'], 60.0, 90.0, 'RGN'],
  ['Midwest', ['Mid-West', 'American Midwest'], 41.5, -90.0, 'RGN', 'US'],
  ['New England', [], 43.5, -71.5, 'RGN', 'US'],
  ['Pacific Northwest', [], 46.0, -121.0, 'RGN', 'US'],
  // Islands.
  ['Java', [], -7.5, 110.5, 'ISL', 'ID'],
  ['Sumatra', [], 0.0, 102.0, 'ISL', 'ID'],
  ['Borneo', [], 1.0, 114.0, 'ISL'],
  ['Sulawesi', ['Celebes'], -2.0, 121.0, 'ISL', 'ID'],
  ['Luzon', [], 16.0, 121.0, 'ISL', 'PH'],
  ['Mindanao', [], 8.0, 125.0, 'ISL', 'PH'],
  ['Honshu', [], 36.0, 138.0, 'ISL', 'JP'],
  ['North Island', [], -38.5, 176.0, 'ISL', 'NZ'],
  ['South Island', [], -43.5, 171.0, 'ISL', 'NZ'],
  // Oceans, seas and gulfs.
  ['Pacific Ocean', ['Pacific'], 0.0, -160.0, 'OCN'],
  ['Atlantic Ocean', ['Atlantic'], 10.0, -30.0, 'OCN'],
  ['Indian Ocean', [], -20.0, 80.0, 'OCN'],
  ['Arctic Ocean', ['Arctic'], 85.0, 0.0, 'OCN'],
  ['Mediterranean Sea', ['Mediterranean'], 35.0, 18.0, 'SEA'],
  ['Eastern Mediterranean', [], 34.0, 30.0, 'SEA'],
  ['Red Sea', [], 20.0, 38.5, 'SEA'],
  ['Black Sea', [], 43.4, 34.0, 'SEA'],
  ['Caspian Sea', [], 41.7, 50.6, 'SEA'],
  ['Baltic Sea', [], 58.0, 20.0, 'SEA'],
  ['North Sea', [], 56.0, 3.0, 'SEA'],
  ['Dead Sea', [], 31.5, 35.5, 'SEA'],
  ['Arabian Sea', [], 15.0, 65.0, 'SEA'],
  ['South China Sea', [], 12.0, 113.0, 'SEA'],
  ['East China Sea', [], 29.0, 125.0, 'SEA'],
  ['Persian Gulf', ['Arabian Gulf'], 27.0, 51.0, 'SEA'],
  ['Gulf of Mexico', [], 25.0, -90.0, 'SEA'],
  ['Gulf of Aden', [], 12.0, 48.0, 'SEA'],
  ['English Channel', [], 50.2, -1.0, 'SEA'],
  // Lakes and mountains.
  ['Lake Victoria', [], -1.0, 33.0, 'LK'],
  ['Lake Titicaca', [], -15.9, -69.3, 'LK'],
  ['Lake Erie', [], 42.2, -81.2, 'LK'],
  ['Lake Michigan', [], 44.0, -87.0, 'LK', 'US'],
  ['Lake Ontario', [], 43.7, -77.9, 'LK'],
  ['Lake Superior', [], 47.7, -87.5, 'LK'],
  ['Lake Huron', [], 44.8, -82.4, 'LK'],
  ['Great Lakes', [], 45.0, -84.0, 'LK'],
  ['Himalayas', ['Himalaya'], 28.0, 84.0, 'MTS'],
  ['Alps', [], 46.5, 10.0, 'MTS'],
  ['Andes', [], -15.0, -70.0, 'MTS'],
  ['Ural Mountains', ['Urals'], 60.0, 59.0, 'MTS', 'RU'],
  ['Rocky Mountains', ['Rockies'], 45.0, -110.0, 'MTS'],
];

const NATURAL: ReadonlySet<string> = new Set(['OCN', 'SEA', 'LK', 'MTS']);

export const CONTINENTS: readonly Continent[] = [
  { id: 'region:africa', name: 'Africa', aliases: [], lat: 7.1881, lon: 21.0938, geonameId: 6255146, featureCode: 'CONT', population: CONTINENT_POPULATION },
  { id: 'region:asia', name: 'Asia', aliases: [], lat: 29.8406, lon: 89.2969, geonameId: 6255147, featureCode: 'CONT', population: CONTINENT_POPULATION },
  { id: 'region:europe', name: 'Europe', aliases: [], lat: 48.691, lon: 9.1406, geonameId: 6255148, featureCode: 'CONT', population: CONTINENT_POPULATION },
  { id: 'region:north-america', name: 'North America', aliases: [], lat: 46.0732, lon: -100.5469, geonameId: 6255149, featureCode: 'CONT', population: CONTINENT_POPULATION },
  { id: 'region:south-america', name: 'South America', aliases: [], lat: -14.6049, lon: -57.6563, geonameId: 6255150, featureCode: 'CONT', population: CONTINENT_POPULATION },
  { id: 'region:oceania', name: 'Oceania', aliases: [], lat: -18.3128, lon: 138.5156, geonameId: 6255151, featureCode: 'CONT', population: CONTINENT_POPULATION },
  { id: 'region:antarctica', name: 'Antarctica', aliases: [], lat: -78.1586, lon: 16.4063, geonameId: 6255152, featureCode: 'CONT', population: CONTINENT_POPULATION },
  { id: 'region:middle-east', name: 'Middle East', aliases: ['Mideast', 'Near East'], lat: 29.3, lon: 42.5, featureCode: 'RGN', population: REGION_POPULATION },
  { id: 'region:latin-america', name: 'Latin America', aliases: [], lat: -8.8, lon: -55.5, featureCode: 'RGN', population: REGION_POPULATION },
  { id: 'region:caribbean', name: 'Caribbean', aliases: [], lat: 15.0, lon: -70.0, featureCode: 'RGN', population: REGION_POPULATION },
  { id: 'region:west-africa', name: 'West Africa', aliases: [], lat: 11.0, lon: -5.0, featureCode: 'RGN', population: REGION_POPULATION },
  { id: 'region:east-africa', name: 'East Africa', aliases: [], lat: 1.0, lon: 36.0, featureCode: 'RGN', population: REGION_POPULATION },
  { id: 'region:southeast-asia', name: 'Southeast Asia', aliases: ['South East Asia', 'South-East Asia'], lat: 10.0, lon: 110.0, featureCode: 'RGN', population: REGION_POPULATION },
  { id: 'region:central-america', name: 'Central America', aliases: [], lat: 13.0, lon: -86.0, featureCode: 'RGN', population: REGION_POPULATION },
  ...AREAS.map(([name, aliases, lat, lon, featureCode, countryCode]): Continent => ({
    id: `region:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name,
    aliases,
    lat,
    lon,
    featureCode,
    countryCode,
    population: NATURAL.has(featureCode) ? NATURAL_AREA_POPULATION : AREA_POPULATION,
  })),
];
