// A multimap from 64-bit keys (two 32-bit halves) to small integers, each key's values kept in the order
// added, held in typed arrays: millions of LSH band keys in tens of megabytes, where a Map of arrays
// would take ten times that and keep the garbage collector busy.

const EMPTY = -1;

export class ChainTable {
  private capacity: number;
  private keyHi: Uint32Array;
  private keyLo: Uint32Array;
  /** Per slot: its first and its latest entry (-1 when the slot is free). */
  private first: Int32Array;
  private last: Int32Array;
  private count: Int32Array;
  private used = 0;
  /** Per entry: its value, and the next and previous entries of the same key (-1 at either end). */
  private value: Int32Array;
  private next: Int32Array;
  private prev: Int32Array;
  private entries = 0;

  constructor(expectedKeys = 1024) {
    this.capacity = 1 << Math.max(10, Math.ceil(Math.log2(expectedKeys * 2)));
    this.keyHi = new Uint32Array(this.capacity);
    this.keyLo = new Uint32Array(this.capacity);
    this.first = new Int32Array(this.capacity).fill(EMPTY);
    this.last = new Int32Array(this.capacity).fill(EMPTY);
    this.count = new Int32Array(this.capacity);
    this.value = new Int32Array(Math.max(1024, expectedKeys));
    this.next = new Int32Array(this.value.length);
    this.prev = new Int32Array(this.value.length);
  }

  /** Entries held (values over all keys): what the table's memory follows. */
  get size(): number {
    return this.entries;
  }

  private slotOf(hi: number, lo: number): number {
    const mask = this.capacity - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.first[slot] !== EMPTY && (this.keyHi[slot] !== hi || this.keyLo[slot] !== lo)) slot = (slot + 1) & mask;
    return slot;
  }

  add(hi: number, lo: number, value: number): void {
    if ((this.used + 1) * 2 > this.capacity) this.grow();
    const slot = this.slotOf(hi, lo);
    if (this.entries === this.value.length) {
      const grown = this.value.length * 2;
      const v = new Int32Array(grown);
      v.set(this.value);
      const n = new Int32Array(grown);
      n.set(this.next);
      const p = new Int32Array(grown);
      p.set(this.prev);
      this.value = v;
      this.next = n;
      this.prev = p;
    }
    const e = this.entries++;
    this.value[e] = value;
    this.next[e] = EMPTY;
    this.prev[e] = this.last[slot];
    if (this.first[slot] === EMPTY) {
      this.keyHi[slot] = hi;
      this.keyLo[slot] = lo;
      this.first[slot] = e;
      this.used++;
    } else this.next[this.last[slot]] = e;
    this.last[slot] = e;
    this.count[slot]++;
  }

  /** The first value added under a key, or undefined. */
  firstValue(hi: number, lo: number): number | undefined {
    const e = this.first[this.slotOf(hi, lo)];
    return e === EMPTY ? undefined : this.value[e];
  }

  /** How many values a key holds. */
  countOf(hi: number, lo: number): number {
    return this.count[this.slotOf(hi, lo)];
  }

  /**
   * A key's values in the order added, appended to `out`: all of them, or, past `2 * n`, the first
   * `n` and the last `n` (the work bounded however many the key holds).
   */
  ends(hi: number, lo: number, n: number, out: number[]): number[] {
    const slot = this.slotOf(hi, lo);
    if (this.count[slot] <= 2 * n) {
      for (let e = this.first[slot]; e !== EMPTY; e = this.next[e]) out.push(this.value[e]);
      return out;
    }
    let e = this.first[slot];
    for (let i = 0; i < n; i++, e = this.next[e]) out.push(this.value[e]);
    let tail = this.last[slot];
    for (let i = 1; i < n; i++) tail = this.prev[tail];
    for (let i = 0; i < n; i++, tail = this.next[tail]) out.push(this.value[tail]);
    return out;
  }

  private grow(): void {
    const old = { hi: this.keyHi, lo: this.keyLo, first: this.first, last: this.last, capacity: this.capacity };
    this.capacity *= 2;
    this.keyHi = new Uint32Array(this.capacity);
    this.keyLo = new Uint32Array(this.capacity);
    this.first = new Int32Array(this.capacity).fill(EMPTY);
    this.last = new Int32Array(this.capacity).fill(EMPTY);
    const oldCount = this.count;
    this.count = new Int32Array(this.capacity);
    for (let s = 0; s < old.capacity; s++) {
      if (old.first[s] === EMPTY) continue;
      const slot = this.slotOf(old.hi[s], old.lo[s]);
      this.keyHi[slot] = old.hi[s];
      this.keyLo[slot] = old.lo[s];
      this.first[slot] = old.first[s];
      this.last[slot] = old.last[s];
      this.count[slot] = oldCount[s];
    }
  }
}

/** Two independent 32-bit hashes of a string: a 64-bit key for ChainTable. */
export function keyHalves(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, b >>> 0];
}
