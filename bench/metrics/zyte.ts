// The article-extraction-benchmark metric (Zyte, formerly ScrapingHub), as its evaluate.py computes it
// (github.com/scrapinghub/article-extraction-benchmark, evaluate.py at commit 4a3bc97; our own code):
// - tokens are runs of Python's `\w` (no lowercasing); 4-token shingles counted as multisets, a text of
//   fewer than 4 tokens being one shorter shingle;
// - per page TP/FP/FN normalised to sum to 1;
// - precision = 1 when FP = FN = 0, 0 when TP = FP = 0, else TP/(TP+FP); pages with TP+FP = 0 (an empty
//   prediction) are left out of the precision mean, pages with TP+FN = 0 out of the recall mean;
// - F1 from mean precision and mean recall; accuracy = share of pages whose token sequence equals the truth's.
// Verified by scoring the repository's own output/*.json: trafilatura 2.0.0 0.958/0.938/0.978/0.293,
// readability_js 0.947/0.914/0.982/0.166, rs_trafilatura 0.970/0.951/0.990/0.287, as published.

export const SHINGLE_SIZE = 4;

/** Python's `\w` under re.UNICODE: characters for which str.isalnum() holds (letters, numbers) and the underscore; combining marks split words there, so they do here. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function zyteTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingleCounts(tokens: string[], n = SHINGLE_SIZE): Map<string, number> {
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
  /** The predicted tokens are exactly the true tokens. */
  exact: boolean;
}

export function shingleMatch(truth: string, predicted: string): PageCounts {
  const trueTokens = zyteTokens(truth);
  const predTokens = zyteTokens(predicted);
  const t = shingleCounts(trueTokens);
  const p = shingleCounts(predTokens);
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
  const exact = trueTokens.length === predTokens.length && trueTokens.every((tok, i) => tok === predTokens[i]);
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp, fp, fn, exact };
}

export interface ZyteScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

function pagePrecision(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fp === 0) return 0;
  return c.tp / (c.tp + c.fp);
}

function pageRecall(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fn === 0) return 0;
  return c.tp / (c.tp + c.fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function scoreZyte(truth: Record<string, string>, predicted: Record<string, string>): ZyteScore & { perPage: Record<string, PageCounts> } {
  const perPage: Record<string, PageCounts> = {};
  for (const id of Object.keys(truth)) perPage[id] = shingleMatch(truth[id] ?? '', predicted[id] ?? '');
  const counts = Object.values(perPage);
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(counts.map((c) => (c.exact ? 1 : 0)));
  return { pages: counts.length, precision, recall, f1, accuracy, perPage };
}
