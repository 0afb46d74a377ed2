// A plain-text page as numbered lines: the unit every text rule looks at.

export interface SourceLine {
  /** 1-based line number in the original content. */
  line: number;
  /** The line without surrounding whitespace. */
  text: string;
}

/** Splits on \r\n, \r and \n alike so line numbers match what an editor shows; blank lines are left out. */
export function splitLines(content: string): SourceLine[] {
  const out: SourceLine[] = [];
  content.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const text = raw.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0]+$/g, '');
    if (text) out.push({ line: i + 1, text });
  });
  return out;
}
