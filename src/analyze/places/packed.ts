// The gazetteer's strings and name index packed into SharedArrayBuffers: built once per process, then
// read in place by every worker thread, where a Map per thread would cost each of them the whole index.

/** Many strings in one UTF-8 byte pool, the i-th between offsets i and i + 1. */
export interface PackedStringsData {
  bytes: SharedArrayBuffer;
  offsets: SharedArrayBuffer;
}

function shared(bytes: number): SharedArrayBuffer {
  return new SharedArrayBuffer(bytes);
}

export function packStrings(strings: string[]): PackedStringsData {
  const encoded = strings.map((s) => Buffer.from(s, 'utf8'));
  const total = encoded.reduce((n, b) => n + b.length, 0);
  const bytes = shared(total);
  const pool = Buffer.from(bytes);
  const offsets = shared((strings.length + 1) * 4);
  const at = new Int32Array(offsets);
  let pos = 0;
  encoded.forEach((b, i) => {
    at[i] = pos;
    b.copy(pool, pos);
    pos += b.length;
  });
  at[strings.length] = pos;
  return { bytes, offsets };
}

export class PackedStrings {
  private pool: Buffer;
  private at: Int32Array;
  readonly length: number;

  constructor(data: PackedStringsData) {
    this.pool = Buffer.from(data.bytes);
    this.at = new Int32Array(data.offsets);
    this.length = this.at.length - 1;
  }

  get(i: number): string {
    return this.pool.toString('utf8', this.at[i], this.at[i + 1]);
  }

  /** Whether the i-th string is `key` (given as its UTF-8 bytes), without decoding it. */
  equals(i: number, key: Buffer): boolean {
    const start = this.at[i];
    const end = this.at[i + 1];
    return end - start === key.length && this.pool.compare(key, 0, key.length, start, end) === 0;
  }
}

/** A string-keyed index of integer postings: open addressing over the keys' FNV-1a hashes. */
export interface PackedIndexData {
  keys: PackedStringsData;
  /** Per slot: key number + 1, or 0 when free. */
  slots: SharedArrayBuffer;
  /** Per key: where its postings start in `postings`, and (the next key's start) where they end. */
  starts: SharedArrayBuffer;
  postings: SharedArrayBuffer;
}

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

export function packIndex(map: Map<string, number | number[]>): PackedIndexData {
  const keyList = [...map.keys()];
  const keys = packStrings(keyList);
  const capacity = 1 << Math.ceil(Math.log2(Math.max(16, keyList.length * 2)));
  const slots = shared(capacity * 4);
  const slot = new Int32Array(slots);
  const pool = new Uint8Array(keys.bytes);
  const at = new Int32Array(keys.offsets);
  const total = [...map.values()].reduce<number>((n, p) => n + (typeof p === 'number' ? 1 : p.length), 0);
  const starts = shared((keyList.length + 1) * 4);
  const start = new Int32Array(starts);
  const postings = shared(total * 4);
  const post = new Int32Array(postings);
  let pos = 0;
  keyList.forEach((key, k) => {
    let s = hashBytes(pool, at[k], at[k + 1]) & (capacity - 1);
    while (slot[s] !== 0) s = (s + 1) & (capacity - 1);
    slot[s] = k + 1;
    start[k] = pos;
    const p = map.get(key)!;
    if (typeof p === 'number') post[pos++] = p;
    else for (const v of p) post[pos++] = v;
  });
  start[keyList.length] = pos;
  return { keys, slots, starts, postings };
}

export class PackedIndex {
  private keys: PackedStrings;
  private slot: Int32Array;
  private start: Int32Array;
  private post: Int32Array;

  constructor(data: PackedIndexData) {
    this.keys = new PackedStrings(data.keys);
    this.slot = new Int32Array(data.slots);
    this.start = new Int32Array(data.starts);
    this.post = new Int32Array(data.postings);
  }

  /** The postings of `key`, in the order they were indexed (empty when the key is not there). */
  get(key: string): Int32Array {
    const bytes = Buffer.from(key, 'utf8');
    const mask = this.slot.length - 1;
    for (let s = hashBytes(bytes, 0, bytes.length) & mask; this.slot[s] !== 0; s = (s + 1) & mask) {
      const k = this.slot[s] - 1;
      if (this.keys.equals(k, bytes)) return this.post.subarray(this.start[k], this.start[k + 1]);
    }
    return EMPTY;
  }
}

const EMPTY = new Int32Array(0);

/** A typed array's contents in shared memory. */
export function sharedCopy<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const out = new Ctor(shared(length * array.BYTES_PER_ELEMENT));
  out.set(array.subarray(0, length) as never);
  return out;
}
