// The article-extraction-benchmark metric (Zyte, formerly ScrapingHub), as its evaluate.py computes it:
// tokens are runs of \w (no lowercasing), 4-token shingles counted as multisets, per page TP/FP/FN
// normalised to sum to 1, mean precision and mean recall over pages, F1 from those two means, and
// accuracy = share of pages with no false positive and no false negative.
// TO VERIFY against the published outputs (see issue 3): edge cases for empty predictions.

export const SHINGLE_SIZE = 4;

/** Python's `\w` under re.UNICODE: letters, digits, marks and the underscore. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

export function zyteTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingleCounts(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = zyteTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (!shingle.length) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(truth: string, predicted: string): PageCounts {
  const t = shingleCounts(truth);
  const p = shingleCounts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface ZyteScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

function pagePrecision(c: PageCounts): number {
  return c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
}

function pageRecall(c: PageCounts): number {
  return c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
}

export function scoreZyte(truth: Record<string, string>, predicted: Record<string, string>): ZyteScore & { perPage: Record<string, PageCounts> } {
  const perPage: Record<string, PageCounts> = {};
  for (const id of Object.keys(truth)) perPage[id] = shingleMatch(truth[id] ?? '', predicted[id] ?? '');
  const counts = Object.values(perPage);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(counts.map(pagePrecision));
  const recall = mean(counts.map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(counts.map((c) => (c.fp === 0 && c.fn === 0 ? 1 : 0)));
  return { pages: counts.length, precision, recall, f1, accuracy, perPage };
}
