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
  if (rule) return { line: line.line, text: line.text, kind: rule.endsArticle ? 'section' : 'furniture', rule };
  return { line: line.line, text: line.text, kind: isProse(line.text, settings) ? 'prose' : 'other', rule: null };
}

export function classifyLines(lines: SourceLine[], settings: TextSettings = TEXT_SETTINGS): ClassifiedLine[] {
  return lines.map((l) => classifyLine(l, settings));
}

/** What a line adds to a stretch of article: prose pays its length, anything else costs a fixed toll. */
function lineWeight(line: ClassifiedLine, settings: TextSettings): number {
  if (line.kind === 'prose') return line.text.length;
  if (line.kind === 'furniture') return -settings.furnitureLineCost;
  return -settings.otherLineCost;
}

/**
 * The candidate article stretches: section headings ('Related', 'Comments') cut the page into
 * blocks, and in each block the stretch with the greatest total weight (prose length less a toll
 * per non-prose line) is a candidate. A list, a photo credit or a subheading inside an article
 * costs less than the prose around it brings, so the stretch bridges it; a menu or a teaser list of
 * short lines costs more than any prose beside it, so it bounds the stretch.
 */
export function findProseRuns(lines: ClassifiedLine[], settings: TextSettings = TEXT_SETTINGS): ProseRun[] {
  const runs: ProseRun[] = [];
  let sectionSeen = false;
  let best: ProseRun | null = null;
  let current: ProseRun | null = null;
  let sum = 0;
  const closeBlock = () => {
    if (best) runs.push(best);
    best = current = null;
    sum = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'section') {
      closeBlock();
      sectionSeen = true;
      continue;
    }
    const weight = lineWeight(line, settings);
    if (!current) {
      if (weight <= 0) continue;
      current = { first: i, last: i, chars: 0, afterSection: sectionSeen, score: 0 };
      sum = 0;
    }
    sum += weight;
    if (sum <= 0) {
      current = null;
      continue;
    }
    if (line.kind === 'prose') {
      current.chars += line.text.length;
      current.last = i;
      if (!best || sum > best.score) best = { ...current, score: sum };
    }
  }
  closeBlock();
  for (const run of runs) run.score *= run.afterSection ? settings.sectionRunPenalty : 1;
  return runs;
}

/** The run with the highest score; the earlier one on a tie, since articles come before their sidebars. */
export function chooseMainRun(runs: ProseRun[]): ProseRun | null {
  let best: ProseRun | null = null;
  for (const run of runs) if (!best || run.score > best.score) best = run;
  return best;
}
