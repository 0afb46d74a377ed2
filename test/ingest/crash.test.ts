import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { warcResponseRecord } from '../../src/ingest/warc.js';

const RECORDS = 30;
const TOWNS = ['Ashford', 'Brookvale', 'Carrow', 'Dunmere', 'Elsby', 'Fenwick'];

function generatedWarc(dir: string): string {
  const records = Array.from({ length: RECORDS }, (_, i) => {
    const town = TOWNS[i % TOWNS.length];
    const html =
      `<!DOCTYPE html><html lang="en"><head><title>Storm damage in ${town}, report ${i}</title></head><body><article>` +
      `<h1>Storm damage in ${town}, report ${i}</h1><p>Winds of ${60 + i} km/h tore roofs from ${i + 3} houses in ${town} on 12 January 2025.</p>` +
      `<p>Council crews in ${town} cleared ${i * 2 + 1} fallen trees by the evening, the ${i}th update said.</p></article></body></html>`;
    return warcResponseRecord({ uri: `https://${town.toLowerCase()}.test/storm/${i}`, date: '2025-01-12T18:00:00Z', html, id: `crash-${i}` });
  });
  const path = join(dir, 'storm.warc.gz');
  writeFileSync(path, Buffer.concat(records));
  return path;
}

const CLI = [process.execPath, '--import', 'tsx', resolve('src/cli/index.ts')];

function count(db: string, sql: string): number {
  try {
    const handle = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (handle.prepare(sql).get() as { n: number }).n;
    } finally {
      handle.close();
    }
  } catch {
    return 0;
  }
}

test('kill -9 in the middle of a WARC ingest, then the same command again: every record in exactly once, every page in a story', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-crash-'));
  const warc = generatedWarc(dir);
  const db = join(dir, 'crash.db');
  const args = ['ingest', warc, '--db', db, '--resume', '--batch', '7'];
  const child = spawn(CLI[0], [...CLI.slice(1), ...args], { stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let atKill = 0;
  for (let tries = 0; tries < 1200; tries++) {
    await new Promise((r) => setTimeout(r, 50));
    atKill = count(db, 'SELECT COUNT(*) AS n FROM pages');
    if (atKill >= 5 || child.exitCode !== null) break;
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(atKill > 0 && atKill < RECORDS, `killed with ${atKill} of ${RECORDS} pages in`);

  const rerun = spawnSync(CLI[0], [...CLI.slice(1), ...args, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.equal(count(db, 'SELECT COUNT(*) AS n FROM pages'), RECORDS);
  assert.equal(count(db, 'SELECT COUNT(DISTINCT url) AS n FROM pages'), RECORDS);
  assert.equal(count(db, 'SELECT COUNT(*) AS n FROM articles'), RECORDS);
  assert.equal(count(db, 'SELECT COUNT(*) AS n FROM story_pages'), RECORDS);
  assert.equal(count(db, 'SELECT COUNT(*) AS n FROM story_pages sp LEFT JOIN stories s ON s.id = sp.story_id WHERE s.id IS NULL'), 0);
  assert.equal(count(db, "SELECT COUNT(*) AS n FROM ingest_log WHERE outcome = 'added'"), RECORDS);
  const report = JSON.parse(rerun.stdout);
  // Pages committed before the kill are not added twice (one may land between the count and the kill).
  assert.ok(report.added <= RECORDS - atKill, `${report.added} added on the rerun`);
});
