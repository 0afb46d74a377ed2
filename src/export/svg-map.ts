// A map with no tiles and no network: the story's places plotted equirectangularly (longitude
// across, latitude up, one degree the same length both ways) inside their own bounding box.
// Enough to see where things happened relative to each other, and it prints.

import type { EntityTally, Place } from '../model.js';
import { escapeHtml as h } from './escape.js';

// Fixed drawing width in SVG units; the figure scales to the page with CSS.
const MAP_WIDTH = 640;
// Tall narrow boxes (places along a north–south road) would otherwise make a very tall figure.
const MAP_MAX_HEIGHT = 420;
// One place alone, or places a few hundred metres apart, still get a readable frame around them.
const MAP_MIN_HEIGHT = 180;
const MIN_SPAN_DEGREES = 0.5;
// A small margin so no place sits on the frame.
const MARGIN_FRACTION = 0.12;
// Room in SVG units for the largest circle and its label at the edge of the plot.
const EDGE_PADDING = 24;
// Circle area grows with mentions (radius with its square root), between these radii.
const MIN_RADIUS = 4;
const MAX_RADIUS = 16;
// Graticule steps in degrees; the first that keeps lines few enough is used.
const GRID_STEPS = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 45, 90];
const MAX_GRID_LINES = 6;
// Labels right of this fraction of the width are drawn to the left of their circle instead.
const LABEL_FLIP_FRACTION = 0.72;

const fmt = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

function hasCoordinates(p: EntityTally<Place>): boolean {
  const { lat, lon } = p.entity;
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

function gridStep(span: number): number {
  return GRID_STEPS.find((step) => span / step <= MAX_GRID_LINES) ?? GRID_STEPS[GRID_STEPS.length - 1];
}

function gridValues(lo: number, hi: number): number[] {
  const step = gridStep(hi - lo);
  const out: number[] = [];
  for (let k = Math.ceil(lo / step); k * step <= hi; k++) out.push(Number((k * step).toFixed(6)));
  return out;
}

function degreeLabel(value: number, positive: string, negative: string): string {
  const abs = Number(Math.abs(value).toFixed(2));
  return `${abs}°${value >= 0 ? positive : negative}`;
}

/** An inline <svg> of the places, or '' when no place has coordinates. */
export function placesSvg(places: EntityTally<Place>[], idPrefix = 'map'): string {
  const plotted = places.filter(hasCoordinates);
  if (plotted.length === 0) return '';

  const lats = plotted.map((p) => p.entity.lat);
  const lons = plotted.map((p) => p.entity.lon);
  const spanLat = Math.max(Math.max(...lats) - Math.min(...lats), MIN_SPAN_DEGREES) * (1 + 2 * MARGIN_FRACTION);
  const spanLon = Math.max(Math.max(...lons) - Math.min(...lons), MIN_SPAN_DEGREES) * (1 + 2 * MARGIN_FRACTION);
  const midLat = (Math.max(...lats) + Math.min(...lats)) / 2;
  const midLon = (Math.max(...lons) + Math.min(...lons)) / 2;
  const latHi = midLat + spanLat / 2;
  const latLo = midLat - spanLat / 2;
  const lonLo = midLon - spanLon / 2;
  const lonHi = midLon + spanLon / 2;

  const scale = Math.min((MAP_WIDTH - 2 * EDGE_PADDING) / spanLon, (MAP_MAX_HEIGHT - 2 * EDGE_PADDING) / spanLat);
  const height = Math.max(spanLat * scale + 2 * EDGE_PADDING, MAP_MIN_HEIGHT);
  const x0 = (MAP_WIDTH - spanLon * scale) / 2;
  const y0 = (height - spanLat * scale) / 2;
  const x = (lon: number) => x0 + (lon - lonLo) * scale;
  const y = (lat: number) => y0 + (latHi - lat) * scale;

  const maxMentions = Math.max(1, ...plotted.map((p) => p.mentions));
  const radius = (mentions: number) =>
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.max(0, mentions) / maxMentions);

  const grid: string[] = [];
  for (const lat of gridValues(latLo, latHi)) {
    grid.push(`<line class="grid" x1="${fmt(x0)}" y1="${fmt(y(lat))}" x2="${fmt(x0 + spanLon * scale)}" y2="${fmt(y(lat))}"/>`);
    grid.push(`<text class="grid-label" x="${fmt(x0 + 3)}" y="${fmt(y(lat) - 3)}">${h(degreeLabel(lat, 'N', 'S'))}</text>`);
  }
  for (const lon of gridValues(lonLo, lonHi)) {
    grid.push(`<line class="grid" x1="${fmt(x(lon))}" y1="${fmt(y0)}" x2="${fmt(x(lon))}" y2="${fmt(y0 + spanLat * scale)}"/>`);
    // Below the frame, so longitude labels never collide with the latitude ones inside it.
    grid.push(`<text class="grid-label" x="${fmt(x(lon))}" y="${fmt(y0 + spanLat * scale + 12)}" text-anchor="middle">${h(degreeLabel(lon, 'E', 'W'))}</text>`);
  }

  // Big circles first, so small ones stay on top and can be hovered.
  const order = plotted
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.mentions - a.p.mentions || a.i - b.i);
  const marks = order.map(({ p }) => {
    const cx = x(p.entity.lon);
    const cy = y(p.entity.lat);
    const r = radius(p.mentions);
    const flip = cx > MAP_WIDTH * LABEL_FLIP_FRACTION;
    const tip = `${p.entity.name} — ${p.mentions} mention${p.mentions === 1 ? '' : 's'} (${p.entity.lat.toFixed(3)}, ${p.entity.lon.toFixed(3)})`;
    return `<g class="place"><title>${h(tip)}</title>`
      + `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(r)}"/>`
      + `<text x="${fmt(flip ? cx - r - 4 : cx + r + 4)}" y="${fmt(cy + 4)}"${flip ? ' text-anchor="end"' : ''}>${h(p.entity.name)}</text></g>`;
  });

  const titleId = `${idPrefix}-title`;
  return `<svg class="map" viewBox="0 0 ${MAP_WIDTH} ${fmt(height)}" role="img" aria-labelledby="${h(titleId)}">`
    + `<title id="${h(titleId)}">Map of ${plotted.length} place${plotted.length === 1 ? '' : 's'}, equirectangular, scaled to their bounding box</title>`
    + `<rect class="frame" x="${fmt(x0)}" y="${fmt(y0)}" width="${fmt(spanLon * scale)}" height="${fmt(spanLat * scale)}"/>`
    + grid.join('')
    + marks.join('')
    + '</svg>';
}
