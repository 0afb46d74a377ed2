// Shared command-line handling for the benchmarks: `<name> [--data <dir>] [--set <set>]`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BenchArgs {
  data?: string;
  set?: string;
  limit?: number;
  workers?: number;
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--data') args.data = value;
    else if (flag === '--set') args.set = value;
    else if (flag === '--limit') args.limit = Number(value);
    else if (flag === '--workers') args.workers = Number(value);
    else throw new Error(`unknown argument '${flag}'`);
    i++;
  }
  return args;
}

/** The shared data folder beside the project, or the folder given with --data. */
export function dataDir(given: string | undefined, fallback: string): string {
  const dir = resolve(given ?? resolve('..', 'shared', fallback));
  if (!existsSync(dir)) throw new Error(`no benchmark data at ${dir} (give --data <dir>)`);
  return dir;
}

/** A fixed-width table for people; the JSON line after it is for machines. */
export function printTable(rows: (string | number)[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const [i, row] of rows.entries()) {
    process.stdout.write(row.map((cell, c) => (typeof cell === 'number' ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]))).join('  ') + '\n');
    if (i === 0) process.stdout.write(widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  }
}
