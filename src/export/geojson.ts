// Places as GeoJSON (RFC 7946): one Point per place of each story, for any GIS. Coordinates are
// [longitude, latitude] in WGS 84, as the RFC requires.
import type { StoryBundle } from '../model.js';

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | string[] | null>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

export function toFeatureCollection(bundles: StoryBundle[]): FeatureCollection {
  const features: PointFeature[] = [];
  for (const bundle of bundles) {
    for (const tally of bundle.places) {
      const p = tally.entity;
      if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
      features.push({
        type: 'Feature',
        id: `${bundle.story.id}/${p.id}`,
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: {
          storyId: bundle.story.id,
          placeId: p.id,
          name: p.name,
          countryCode: p.countryCode,
          featureCode: p.featureCode,
          events: tally.events,
          mentions: tally.mentions,
          spellings: tally.spellings,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

export function toGeoJson(bundles: StoryBundle[]): string {
  return JSON.stringify(toFeatureCollection(bundles), null, 2) + '\n';
}
