// Placeholder until this benchmark is written.
import type { BenchArgs } from './args.js';

export async function run(_args: BenchArgs): Promise<void> {
  throw new Error('not written yet');
}
