// The web UI's files, read once at start: our own page, script and style, Leaflet from npm, and
// a base layer of country borders (world-atlas TopoJSON turned into GeoJSON) — nothing is ever
// fetched from elsewhere, so the UI works with no internet.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export interface Asset {
  type: string;
  body: string | Buffer;
}

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** The web/ folder beside this file when run from source, or in src/ when run from dist/. */
function webDir(): string {
  for (const dir of [join(here, 'web'), join(here, '..', '..', '..', 'src', 'server', 'web')]) if (existsSync(join(dir, 'index.html'))) return dir;
  throw new Error('the web UI files (src/server/web) are missing');
}

/** 1:110m borders: a few hundred KB, plenty for pins at country and city zoom. */
function countries(): string {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  return JSON.stringify(feature(topology, topology.objects.countries));
}

export function loadAssets(): Map<string, Asset> {
  const web = webDir();
  const leaflet = dirname(require.resolve('leaflet/dist/leaflet.js'));
  const js = 'text/javascript; charset=utf-8';
  return new Map<string, Asset>([
    ['/', { type: 'text/html; charset=utf-8', body: readFileSync(join(web, 'index.html'), 'utf8') }],
    ['/assets/app.js', { type: js, body: readFileSync(join(web, 'app.js'), 'utf8') }],
    ['/assets/style.css', { type: 'text/css; charset=utf-8', body: readFileSync(join(web, 'style.css'), 'utf8') }],
    ['/assets/leaflet.js', { type: js, body: readFileSync(join(leaflet, 'leaflet.js'), 'utf8') }],
    ['/assets/leaflet.css', { type: 'text/css; charset=utf-8', body: readFileSync(join(leaflet, 'leaflet.css'), 'utf8') }],
    ['/assets/countries.geojson', { type: 'application/geo+json', body: countries() }],
  ]);
}
