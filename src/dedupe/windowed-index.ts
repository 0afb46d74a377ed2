// The copy index of a store, held in memory over a window of the latest items: a page (or sentence)
// is compared with the copies recorded in its kind's last one or two generations, so memory stays
// flat however long a stream runs, and a look-up is a few array reads rather than dozens of SQL seeks.
// Generations are numbered from the database's first item, so the window, and every mark, is the same
// whether the pages came in one run or many. Each record is also returned for the store to keep, from
// which the window is rebuilt when the database is opened again.
import { bandEnds, type CopyCandidate, type CopyIndex } from './index.js';
import { ChainTable, keyHalves } from './chain-table.js';
import { bandKeys, signatureOfHashes } from './minhash.js';

/** One item's entry in the index, as the store keeps it. */
export interface CopyRecord {
  item: string;
  /** Its exact key's 64-bit hash, when one was recorded for it. */
  exact?: [number, number];
  /** Its shingle hashes, when its bands were recorded (the band keys follow from them: bandsOf). */
  hashes?: Uint32Array;
}

/** An item's LSH band keys as 64-bit table keys, from its shingle hashes. */
function bandsOf(hashes: Uint32Array): [number, number][] {
  return bandKeys(signatureOfHashes(hashes)).map(keyHalves);
}

class Generation {
  readonly exact: ChainTable;
  readonly bands: ChainTable;
  readonly items: string[] = [];
  private pool: Uint32Array;
  private start: number[] = [];
  private length: number[] = [];
  private used = 0;

  constructor(readonly base: number, expected: number) {
    this.exact = new ChainTable(expected);
    this.bands = new ChainTable(expected * 4);
    this.pool = new Uint32Array(Math.max(4096, expected * 8));
  }

  addItem(item: string): number {
    this.items.push(item);
    this.start.push(0);
    this.length.push(0);
    return this.items.length - 1;
  }

  setHashes(local: number, hashes: Uint32Array): void {
    if (this.used + hashes.length > this.pool.length) {
      const grown = new Uint32Array(Math.max(this.pool.length * 2, this.used + hashes.length));
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    this.pool.set(hashes, this.used);
    this.start[local] = this.used;
    this.length[local] = hashes.length;
    this.used += hashes.length;
  }

  hashes(local: number): Uint32Array {
    return this.pool.subarray(this.start[local], this.start[local] + this.length[local]);
  }
}

export class WindowedCopyIndex implements CopyIndex {
  private older: Generation | undefined;
  private current: Generation;
  /** The item being recorded (exact key first, then bands) and its place. */
  private pending: { item: string; gen: Generation; local: number; record: CopyRecord } | undefined;
  private records: CopyRecord[] = [];

  /**
   * `next`: how many items the database has recorded of this kind (the next item's number), so that
   * generations start where they started when those items were recorded.
   */
  constructor(private readonly generationSize: number, private next = 0) {
    // The generation of the last item recorded: a new one starts only when an item falls past it, as in the live window.
    const g = next > 0 ? Math.floor((next - 1) / generationSize) : 0;
    this.current = new Generation(g * generationSize, generationSize);
  }

  /** The first item number the window holds: where the stored records must be replayed from. */
  windowStart(): number {
    return Math.max(0, this.current.base - this.generationSize);
  }

  /**
   * Replays a stored record (numbered `seq`) into the window: `next` must have been given as the count of
   * items, and records are replayed in order from windowStart().
   */
  replay(seq: number, record: CopyRecord): void {
    const gen = seq >= this.current.base ? this.current : (this.older ??= new Generation(this.current.base - this.generationSize, this.generationSize));
    this.place(gen, gen.addItem(record.item), record);
  }

  private place(gen: Generation, local: number, record: CopyRecord): void {
    if (record.exact && gen.exact.countOf(record.exact[0], record.exact[1]) === 0) gen.exact.add(record.exact[0], record.exact[1], local);
    if (record.hashes) {
      gen.setHashes(local, record.hashes);
      for (const [hi, lo] of bandsOf(record.hashes)) gen.bands.add(hi, lo, local);
    }
  }

  exact(key: string): string | undefined {
    const [hi, lo] = keyHalves(key);
    for (const gen of this.generations()) {
      const local = gen.exact.firstValue(hi, lo);
      if (local !== undefined) return gen.items[local];
    }
    return undefined;
  }

  candidates(bands: string[], perBandEnd: number): CopyCandidate[] {
    const seen = new Set<string>();
    const out: CopyCandidate[] = [];
    const gens = this.generations();
    for (const band of bands) {
      const [hi, lo] = keyHalves(band);
      const lists = gens.map((gen) => ({ gen, count: gen.bands.countOf(hi, lo), values: gen.bands.ends(hi, lo, perBandEnd, []) }));
      for (const { gen, local } of concatEnds(lists, perBandEnd)) {
        const item = gen.items[local];
        if (seen.has(item)) continue;
        seen.add(item);
        out.push({ item, hashes: gen.hashes(local) });
      }
    }
    return out;
  }

  recordExact(key: string, item: string): void {
    const { gen, local, record } = this.itemFor(item);
    if (record.exact) return;
    record.exact = keyHalves(key);
    // Kept per generation (not only where no generation has the key): a replayed window must hold what the live one held.
    if (gen.exact.countOf(record.exact[0], record.exact[1]) === 0) gen.exact.add(record.exact[0], record.exact[1], local);
  }

  recordBands(item: string, bands: string[], hashes: Uint32Array): void {
    const { gen, local, record } = this.itemFor(item);
    record.hashes = hashes.slice();
    gen.setHashes(local, hashes);
    for (const [hi, lo] of bands.map(keyHalves)) gen.bands.add(hi, lo, local);
  }

  /** The records made since the last call, in order, for the store to keep. */
  takeRecords(): CopyRecord[] {
    const out = this.records;
    this.records = [];
    this.pending = undefined;
    return out;
  }

  /** Items this kind has recorded in all (the next item's number). */
  get count(): number {
    return this.next;
  }

  private generations(): Generation[] {
    return this.older ? [this.older, this.current] : [this.current];
  }

  private itemFor(item: string): { gen: Generation; local: number; record: CopyRecord } {
    if (this.pending?.item === item) return this.pending;
    const seq = this.next++;
    if (seq >= this.current.base + this.generationSize) {
      this.older = this.current;
      this.current = new Generation(this.current.base + this.generationSize, this.generationSize);
    }
    const record: CopyRecord = { item };
    this.records.push(record);
    this.pending = { item, gen: this.current, local: this.current.addItem(item), record };
    return this.pending;
  }
}

/**
 * The first and last `n` of several lists joined in order, as bandEnds gives them for the joined list,
 * from each list's own ends (all of it, or its first and last `n`) and its full length.
 */
function concatEnds(lists: { gen: Generation; count: number; values: number[] }[], n: number): { gen: Generation; local: number }[] {
  const total = lists.reduce((s, l) => s + l.count, 0);
  const tag = (l: { gen: Generation }, local: number) => ({ gen: l.gen, local });
  if (total <= 2 * n) return lists.flatMap((l) => l.values.map((v) => tag(l, v)));
  const heads = lists.flatMap((l) => l.values.slice(0, Math.min(n, l.count)).map((v) => tag(l, v)));
  const tails = lists.flatMap((l) => l.values.slice(l.values.length - Math.min(n, l.count)).map((v) => tag(l, v)));
  return bandEnds([...heads.slice(0, n), ...tails.slice(tails.length - n)], n);
}
