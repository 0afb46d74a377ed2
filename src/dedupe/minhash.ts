// MinHash signatures and banded LSH: near-duplicate candidates without comparing every pair.

/** 64 hash functions in 16 bands of 4 rows: pairs above a Jaccard of about 0.5 share a band with high probability. */
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;

/** FNV-1a, 32 bits: stable across runs and machines, which keeps ids and results deterministic. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seeds for the hash family, derived deterministically. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function signature(shingleSet: Set<string>): number[] {
  return signatureOfHashes([...shingleSet].map(fnv1a));
}

/**
 * The signature from the shingles' FNV-1a hashes (as dedupe's shingleHashes keeps them): the same as
 * from the shingles themselves, so a stored item's band keys need not be stored beside its hashes.
 */
export function signatureOfHashes(hashes: Iterable<number>): number[] {
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const base of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(base, SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function bandKeys(sig: number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join('.')}`);
  return keys;
}
