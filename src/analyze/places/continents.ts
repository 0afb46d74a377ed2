// Continents and the large regions news names as places ('Africa', 'the Middle East'): neither cities500
// nor the country and division tables hold them. Coordinates and ids are GeoNames' own continent rows.

export interface Continent {
  id: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  geonameId?: number;
  featureCode: 'CONT' | 'RGN';
  /** Nominal size: a continent outranks any town of the same name ('Europa'), and any country. */
  population: number;
}

const CONTINENT_POPULATION = 1e9;
const REGION_POPULATION = 3e8;

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
];
