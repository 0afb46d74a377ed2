// The trafilatura evaluation metric, as its tests/eval_common.py computes it (github.com/adbar/trafilatura,
// commit d5f6da0; our own code): the output and each snippet are whitespace-normalised (runs of Python's
// `\s` to one space, trimmed); a 'with' snippet found in the output is a TP, missing a FN; a 'without'
// snippet found is a FP, absent a TN; counts are summed over all pages; P = TP/(TP+FP), R = TP/(TP+FN),
// accuracy = (TP+TN)/all, F = 2TP/(2TP+FP+FN). A page whose extraction failed (null) finds no snippet.

/** Python's `\s` on str: ASCII whitespace, the information separators 0x1c-0x1f, and Unicode spaces. */
const PY_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

export function normaliseSnippet(text: string): string {
  return text.replace(PY_SPACE, ' ').trim();
}

export interface SnippetItem {
  with: string[];
  without: string[];
}

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function countSnippets(item: SnippetItem, output: string | null): SnippetCounts {
  let tp = 0;
  let fp = 0;
  if (output !== null) {
    const text = normaliseSnippet(output);
    for (const w of item.with) if (text.includes(normaliseSnippet(w))) tp++;
    for (const w of item.without) if (text.includes(normaliseSnippet(w))) fp++;
  }
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}

export interface SnippetScore extends SnippetCounts {
  precision: number;
  recall: number;
  accuracy: number;
  f: number;
}

export function scoreSnippets(counts: SnippetCounts[]): SnippetScore {
  const sum = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const { tp, fp, fn, tn } = sum;
  const total = tp + fp + fn + tn;
  return {
    ...sum,
    precision: tp + fp ? tp / (tp + fp) : 0,
    recall: tp + fn ? tp / (tp + fn) : 0,
    accuracy: total ? (tp + tn) / total : 0,
    f: 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0,
  };
}
