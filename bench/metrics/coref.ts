// Coreference metrics as the reference coreference scorers (v8; Pradhan et al., 'Scoring Coreference
// Partitions of Predicted Mentions: A Reference Implementation', ACL 2014) define them, written from
// the published definitions:
//   MUC (Vilain et al. 1995), link-based: recall = sum over key clusters K of (|K| - p(K)) / sum (|K| - 1),
//     p(K) = the number of pieces the response cuts K into (a mention of K the response lacks is a piece
//     of its own); precision the same with key and response swapped.
//   B3 (Bagga & Baldwin 1998), mention-weighted: recall = sum over K, R of |K∩R|² / |K|, over the key's
//     mentions; precision = sum over K, R of |K∩R|² / |R|, over the response's mentions.
//   CEAF-e (Luo 2005), entity-based: phi4(K, R) = 2|K∩R| / (|K| + |R|); the one-to-one alignment of key
//     and response clusters with the largest total phi4 (Kuhn-Munkres); recall = total / key clusters,
//     precision = total / response clusters.
//   CoNLL F1 = the mean of the three F1s.
// A ratio whose denominator is 0 is 0, as in the scorer (so MUC of partitions made only of singletons is 0).
// Clusters are lists of mention ids; a mention may sit in one cluster of a partition only.

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorefScores {
  muc: PRF;
  b3: PRF;
  ceafe: PRF;
  /** Mean of the MUC, B3 and CEAF-e F1s. */
  conll: number;
}

export type Partition = readonly (readonly string[])[];

function prf(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** mention -> index of its cluster; throws if a mention is in two clusters. */
function clusterIndex(partition: Partition): Map<string, number> {
  const out = new Map<string, number>();
  partition.forEach((cluster, i) => {
    for (const m of cluster) {
      if (out.has(m)) throw new Error(`mention '${m}' is in two clusters`);
      out.set(m, i);
    }
  });
  return out;
}

/** MUC recall of `key` against `response` (precision is the same with the two swapped). */
function mucRecall(key: Partition, response: Partition): number {
  const of = clusterIndex(response);
  let num = 0;
  let den = 0;
  for (const cluster of key) {
    if (!cluster.length) continue;
    const pieces = new Set<string>();
    for (const m of cluster) {
      const r = of.get(m);
      pieces.add(r === undefined ? `missing:${m}` : `r:${r}`);
    }
    num += cluster.length - pieces.size;
    den += cluster.length - 1;
  }
  return ratio(num, den);
}

export function muc(key: Partition, response: Partition): PRF {
  return prf(mucRecall(response, key), mucRecall(key, response));
}

/** Sum over clusters K of `a` of sum over clusters R of `b` of |K∩R|² / |K|, and the mentions of `a`. */
function b3Sum(a: Partition, b: Partition): { sum: number; mentions: number } {
  const of = clusterIndex(b);
  let sum = 0;
  let mentions = 0;
  for (const cluster of a) {
    if (!cluster.length) continue;
    mentions += cluster.length;
    const overlap = new Map<number, number>();
    for (const m of cluster) {
      const r = of.get(m);
      if (r !== undefined) overlap.set(r, (overlap.get(r) ?? 0) + 1);
    }
    for (const n of overlap.values()) sum += (n * n) / cluster.length;
  }
  return { sum, mentions };
}

export function b3(key: Partition, response: Partition): PRF {
  const r = b3Sum(key, response);
  const p = b3Sum(response, key);
  return prf(ratio(p.sum, p.mentions), ratio(r.sum, r.mentions));
}

/**
 * The one-to-one assignment of rows to columns with the largest total weight (Kuhn-Munkres, the
 * shortest-augmenting-path form with potentials, O(n² m)); any matrix shape. Returns, per row, its
 * column or -1, and the total weight.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): { columnOf: number[]; total: number } {
  const rows = weights.length;
  const cols = rows ? weights[0].length : 0;
  if (!rows || !cols) return { columnOf: new Array<number>(rows).fill(-1), total: 0 };
  // Work on n <= m: rows are assigned, some columns stay free.
  const flip = rows > cols;
  const n = flip ? cols : rows;
  const m = flip ? rows : cols;
  const cost = (i: number, j: number) => -(flip ? weights[j][i] : weights[i][j]);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfCol = new Int32Array(m + 1); // 1-based row assigned to column j, 0 = free
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOfCol[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0];
      rowOfCol[j0] = rowOfCol[j1];
      j0 = j1;
    } while (j0);
  }
  const columnOf = new Array<number>(rows).fill(-1);
  let total = 0;
  for (let j = 1; j <= m; j++) {
    const i = rowOfCol[j];
    if (!i) continue;
    const [r, c] = flip ? [j - 1, i - 1] : [i - 1, j - 1];
    columnOf[r] = c;
    total += weights[r][c];
  }
  return { columnOf, total };
}

/**
 * CEAF-e. Clusters that share no mention have phi4 = 0, so the best alignment is the sum of the best
 * alignments of the connected groups of clusters (key and response clusters linked by shared
 * mentions): each group is solved apart, which keeps a corpus of thousands of clusters fast.
 */
export function ceafe(key: Partition, response: Partition): PRF {
  const keyClusters = key.filter((c) => c.length);
  const responseClusters = response.filter((c) => c.length);
  const responseOf = clusterIndex(responseClusters);
  clusterIndex(keyClusters);
  // Union-find over key clusters 0..k-1 and response clusters k..k+r-1.
  const k = keyClusters.length;
  const parent = Array.from({ length: k + responseClusters.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const overlaps = keyClusters.map((cluster, i) => {
    const counts = new Map<number, number>();
    for (const m of cluster) {
      const r = responseOf.get(m);
      if (r === undefined) continue;
      counts.set(r, (counts.get(r) ?? 0) + 1);
      parent[find(i)] = find(k + r);
    }
    return counts;
  });
  const groups = new Map<number, { keys: number[]; responses: number[] }>();
  const groupOf = (x: number) => {
    const root = find(x);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { keys: [], responses: [] }));
    return g;
  };
  for (let i = 0; i < k; i++) groupOf(i).keys.push(i);
  for (let r = 0; r < responseClusters.length; r++) groupOf(k + r).responses.push(r);
  let similarity = 0;
  for (const g of groups.values()) {
    if (!g.keys.length || !g.responses.length) continue;
    const matrix = g.keys.map((i) => g.responses.map((r) => {
      const n = overlaps[i].get(r) ?? 0;
      return n ? (2 * n) / (keyClusters[i].length + responseClusters[r].length) : 0;
    }));
    similarity += matrix.length === 1 && matrix[0].length === 1 ? matrix[0][0] : maxWeightAssignment(matrix).total;
  }
  return prf(ratio(similarity, responseClusters.length), ratio(similarity, k));
}

export function corefScores(key: Partition, response: Partition): CorefScores {
  const scores = { muc: muc(key, response), b3: b3(key, response), ceafe: ceafe(key, response) };
  return { ...scores, conll: (scores.muc.f1 + scores.b3.f1 + scores.ceafe.f1) / 3 };
}

/** Clusters from a labelling: items with the same label form one cluster, in order of first appearance. */
export function partitionOf(labels: ReadonlyMap<string, string>): string[][] {
  const byLabel = new Map<string, string[]>();
  for (const [item, label] of labels) {
    const cluster = byLabel.get(label);
    if (cluster) cluster.push(item);
    else byLabel.set(label, [item]);
  }
  return [...byLabel.values()];
}
