// Where the article is on the page: the densest run of prose lines. Furniture lines are skipped
// over (an 'Advertisement' line does not cut an article in two), short lines are tolerated in
// small numbers (subheadings), and a 'Related links' style heading ends a run for good.
import type { SourceLine } from './lines.js';
import { isProse, matchLineRule, type LineRule } from './rules.js';
import { TEXT_SETTINGS, type TextSettings } from './settings.js';

export type LineKind = 'prose' | 'furniture' | 'section' | 'other';

export interface ClassifiedLine extends SourceLine {
  kind: LineKind;
  /** The furniture or section rule that claimed the line. */
  rule: LineRule | null;
}

export interface ProseRun {
  /** Indexes into the classified lines of the first and last prose line. */
  first: number;
  last: number;
  /** Characters of prose in the run. */
  chars: number;
  /** True when a section heading ('Related links', 'Latest news') came before the run. */
  afterSection: boolean;
  score: number;
}

export function classifyLine(line: SourceLine, settings: TextSettings = TEXT_SETTINGS): ClassifiedLine {
  const rule = matchLineRule(line.text, settings);
  if (rule) return { ...line, kind: rule.endsArticle ? 'section' : 'furniture', rule };
  return { ...line, kind: isProse(line.text, settings) ? 'prose' : 'other', rule: null };
}

export function classifyLines(lines: SourceLine[], settings: TextSettings = TEXT_SETTINGS): ClassifiedLine[] {
  return lines.map((l) => classifyLine(l, settings));
}

export function findProseRuns(lines: ClassifiedLine[], settings: TextSettings = TEXT_SETTINGS): ProseRun[] {
  const runs: ProseRun[] = [];
  let current: ProseRun | null = null;
  let gap = 0;
  let sectionSeen = false;
  const close = () => {
    if (current) runs.push(current);
    current = null;
  };
  lines.forEach((line, i) => {
    if (line.kind === 'section') {
      close();
      sectionSeen = true;
    } else if (line.kind === 'other') {
      gap++;
    } else if (line.kind === 'prose') {
      if (current && gap <= settings.maxGapLines) {
        current.last = i;
        current.chars += line.text.length;
      } else {
        close();
        current = { first: i, last: i, chars: line.text.length, afterSection: sectionSeen, score: 0 };
      }
      gap = 0;
    }
  });
  close();
  for (const run of runs) run.score = run.chars * (run.afterSection ? settings.sectionRunPenalty : 1);
  return runs;
}

/** The run with the highest score; the earlier one on a tie, since articles come before their sidebars. */
export function chooseMainRun(runs: ProseRun[]): ProseRun | null {
  let best: ProseRun | null = null;
  for (const run of runs) if (!best || run.score > best.score) best = run;
  return best;
}
