import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ERROR_KM, parseGeoXml, scoreRecognition, scoreResolution } from '../../../bench/metrics/geo.js';

test('the LGL/TR-News schema: offsets, phrase, GeoNames id and coordinates; toponyms without a gaztag kept', () => {
  const xml = `<articles><article docid="1"><text><![CDATA[Rain fell on Springvale and Elm St. today.]]></text><toponyms>
    <toponym><start>13</start><end>23</end><phrase>Springvale</phrase><gaztag geonameid="42"><lat>10.5</lat><lon>-20.25</lon></gaztag></toponym>
    <toponym><start>28</start><end>35</end><phrase>Elm St.</phrase></toponym></toponyms></article></articles>`;
  const [a] = parseGeoXml(xml, 'toponym');
  assert.equal(a.text.slice(a.toponyms[0].start, a.toponyms[0].end), 'Springvale');
  assert.deepEqual(a.toponyms[0], { start: 13, end: 23, phrase: 'Springvale', lat: 10.5, lon: -20.25, geonameId: 42 });
  assert.equal(a.toponyms[1].lat, undefined);
});

test('the GeoVirus schema: entities decoded, commented-out locations ignored, offsets one off realigned', () => {
  const xml = `<articles><article><text>Fish &amp; chips in Northport.</text><locations>
    <location><name>Northport</name><start>19</start><end>28</end><lat>1</lat><lon>2</lon></location>
    <!--<location><name>Nowhere</name><start>0</start><end>4</end><lat>0</lat><lon>0</lon></location>-->
    </locations></article></articles>`;
  const [a] = parseGeoXml(xml, 'location');
  assert.equal(a.text, 'Fish & chips in Northport.');
  assert.equal(a.toponyms.length, 1);
  assert.equal(a.text.slice(a.toponyms[0].start, a.toponyms[0].end), 'Northport');
});

test('accuracy@161 counts errors under 161 km; a toponym with no prediction is a miss at the largest error', () => {
  const gold = { start: 0, end: 1, phrase: 'X', lat: 0, lon: 0, geonameId: 7 };
  const s = scoreResolution([
    { gold, predicted: { lat: 0, lon: 1, geonameId: 7 } }, // ~111 km
    { gold, predicted: { lat: 0, lon: 2 } }, // ~222 km
    { gold, predicted: null },
  ]);
  assert.equal(s.toponyms, 3);
  assert.equal(s.acc161, 1 / 3);
  assert.equal(s.exact, 1 / 3);
  assert.equal(s.unresolved, 1);
  assert.ok(Math.abs(s.medianKm - 222.4) < 1);
  assert.ok(s.meanKm > MAX_ERROR_KM / 3);
});

test('recognition is strict: a span must start and end where the gold one does', () => {
  const r = scoreRecognition([{ gold: [{ start: 0, end: 5 }, { start: 10, end: 15 }], predicted: [{ start: 0, end: 5 }, { start: 10, end: 14 }] }]);
  assert.equal(r.precision, 0.5);
  assert.equal(r.recall, 0.5);
});

test('offsets that drift several characters behind the text are realigned to the nearest copy of the phrase', () => {
  const text = 'In Brookfield the mill reopened; later, Brookfield council voted.';
  const at = text.lastIndexOf('Brookfield');
  const xml = `<articles><article><text>${text}</text><toponyms>
    <toponym><start>${at - 7}</start><end>${at + 3}</end><phrase>Brookfield</phrase><gaztag geonameid="7"><lat>1</lat><lon>2</lon></gaztag></toponym>
    </toponyms></article></articles>`;
  const [a] = parseGeoXml(xml, 'toponym');
  assert.equal(a.toponyms[0].start, at);
  assert.equal(a.text.slice(a.toponyms[0].start, a.toponyms[0].end), 'Brookfield');
});
