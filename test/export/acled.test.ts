import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACLED_COLUMNS, csvCell, toAcledCsv } from '../../src/export/csv-acled.js';
import { makeBundle, SCRIPT_TEXT } from './bundle-fixture.js';

/** An RFC 4180 reader written for this test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

test('the header is ACLED’s columns in ACLED’s order', () => {
  const [header] = parseCsv(toAcledCsv([makeBundle()]));
  assert.deepEqual(header, ['event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'inter1', 'actor2', 'inter2', 'interaction', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities']);
  assert.deepEqual(header, [...ACLED_COLUMNS]);
});

test('the CSV parses back: one row per entry, every row as wide as the header, the text intact', () => {
  const bundle = makeBundle();
  const rows = parseCsv(toAcledCsv([bundle]));
  assert.equal(rows.length, 1 + bundle.timeline.entries.length);
  for (const r of rows) assert.equal(r.length, ACLED_COLUMNS.length);
  const notes = rows.slice(1).map((r) => r[ACLED_COLUMNS.indexOf('notes')]);
  assert.ok(notes.some((n) => n.includes(SCRIPT_TEXT)));
});

test('dates are whole days with their precision; a month date is its first day at precision 3', () => {
  const rows = parseCsv(toAcledCsv([makeBundle()])).slice(1);
  for (const r of rows) assert.match(r[0], /^\d{4}-\d{2}-\d{2}$/);
  const month = rows.find((r) => r[0] === '2019-02-01');
  assert.ok(month);
  assert.equal(month[1], '3');
});

test('a cell that would start a spreadsheet formula is defused', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('-12.5', false), '-12.5');
  assert.equal(csvCell('a,b'), '"a,b"');
});
