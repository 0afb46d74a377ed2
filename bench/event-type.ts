// Event typing on CASE 2021 Task 2 (fine-grained event classification into ACLED's sub-event types),
// scored as the task scores it: sklearn's F1 averaged three ways (weighted by gold support, micro,
// macro) over a fixed label list. Subtask 1 = the snippets whose gold is one of ACLED's 25 sub-types,
// scored over those 25 labels; subtask 3 = every snippet over all 30 labels. The six-type accuracy
// maps each gold sub-type to its ACLED event type. NEWSLINE_EVENT_TYPE_ERRORS=1 lists every
// misclassified snippet on stderr.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyEvent, SUB_TYPE_TO_TYPE, ACLED_SUB_TYPES, EXTRA_KINDS, typeOfLabel, type EventLabel } from '../src/events/types.js';
import { dataDir, printTable, type BenchArgs } from './args.js';

const SET = 'events/case2021-task2';

/** The task's label codes (its 'Note on EVENT TYPES') as the codebook names them. */
const CODE_TO_LABEL: Record<string, EventLabel> = {
  ARMED_CLASH: 'Armed clash',
  GOV_REGAINS_TERIT: 'Government regains territory',
  NON_STATE_ACTOR_OVERTAKES_TER: 'Non-state actor overtakes territory',
  AIR_STRIKE: 'Air/drone strike',
  ART_MISS_ATTACK: 'Shelling/artillery/missile attack',
  REM_EXPLOS: 'Remote explosive/landmine/IED',
  SUIC_BOMB: 'Suicide bomb',
  GRENADE: 'Grenade',
  CHEM_WEAP: 'Chemical weapon',
  ATTACK: 'Attack',
  ABDUCT_DISSAP: 'Abduction/forced disappearance',
  SEX_VIOL: 'Sexual violence',
  PEACE_PROTEST: 'Peaceful protest',
  PROTEST_WITH_INTER: 'Protest with intervention',
  FORCE_AGAINST_PROTEST: 'Excessive force against protesters',
  VIOL_DEMONSTR: 'Violent demonstration',
  MOB_VIOL: 'Mob violence',
  AGREEMENT: 'Agreement',
  ARREST: 'Arrests',
  CHANGE_TO_GROUP_ACT: 'Change to group/activity',
  DISR_WEAP: 'Disrupted weapons use',
  HQ_ESTABLISHED: 'Headquarters or base established',
  PROPERTY_DISTRUCT: 'Looting/property destruction',
  NON_VIOL_TERRIT_TRANSFER: 'Non-violent transfer of territory',
  OTHER: 'Other',
  NATURAL_DISASTER: 'Natural disaster',
  MAN_MADE_DISASTER: 'Man-made disaster',
  ORG_CRIME: 'Organized crime',
  DIPLO: 'Diplomatic event',
  ATTRIB: 'Attribution',
};

/** Published on all 1,019 snippets (Haneczok et al., CASE 2021): subtask 1 and subtask 3 weighted F1. */
const ANCHORS: [string, number | string, number | string][] = [
  ['best CASE 2021 system (all 1,019)', 0.839, 0.771],
  ['RoBERTa (all 1,019)', 0.83, ''],
  ['zero-shot NLI (all 1,019, about)', 0.74, ''],
];

interface Snippet {
  id: string;
  text: string;
  gold: EventLabel;
}

function readSnippets(file: string): Snippet[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = lines[0].split('\t');
  const [idCol, textCol, goldCol] = ['id', 'EventSnippet', 'SubType'].map((name) => header.indexOf(name));
  if (idCol < 0 || textCol < 0 || goldCol < 0) throw new Error(`${file}: expected columns id, EventSnippet, SubType`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    const code = cells[goldCol]?.trim();
    const gold = CODE_TO_LABEL[code];
    if (!gold) throw new Error(`${file}:${i + 2}: unknown label '${code}'`);
    return { id: cells[idCol], text: cells[textCol], gold };
  });
}

export interface LabelScore {
  label: string;
  support: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Averages {
  weightedF1: number;
  microF1: number;
  macroF1: number;
  perLabel: LabelScore[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * sklearn's precision_recall_fscore_support with an explicit `labels` list: predictions outside the
 * list are no label's false positives but still their gold label's false negatives; an undefined
 * ratio counts 0 (zero_division=0); weighted = per-label F1 weighted by gold support; micro pools the
 * counts of the listed labels; macro is the plain mean over the list.
 */
export function averages(gold: string[], predicted: string[], labels: readonly string[]): Averages {
  const perLabel = labels.map((label) => {
    let tp = 0, support = 0, guessed = 0;
    gold.forEach((g, i) => {
      if (g === label) support++;
      if (predicted[i] === label) guessed++;
      if (g === label && predicted[i] === label) tp++;
    });
    const precision = ratio(tp, guessed);
    const recall = ratio(tp, support);
    return { label, support, predicted: guessed, tp, precision, recall, f1: harmonic(precision, recall) };
  });
  const supportSum = perLabel.reduce((s, l) => s + l.support, 0);
  const tpSum = perLabel.reduce((s, l) => s + l.tp, 0);
  const guessedSum = perLabel.reduce((s, l) => s + l.predicted, 0);
  return {
    weightedF1: ratio(perLabel.reduce((s, l) => s + l.f1 * l.support, 0), supportSum),
    microF1: harmonic(ratio(tpSum, guessedSum), ratio(tpSum, supportSum)),
    macroF1: ratio(perLabel.reduce((s, l) => s + l.f1, 0), perLabel.length),
    perLabel: perLabel.map(({ tp: _tp, ...rest }) => rest),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function run(args: BenchArgs): Promise<void> {
  const dir = dataDir(args.data, 'bench/events/case2021-task2');
  let snippets = readSnippets(join(dir, 'snippets.tsv'));
  if (args.limit) snippets = snippets.slice(0, args.limit);
  const showErrors = process.env.NEWSLINE_EVENT_TYPE_ERRORS === '1';
  const results = snippets.map((s) => ({ ...s, ...classifyEvent(s.text) }));

  const acledLabels = ACLED_SUB_TYPES as readonly string[];
  const allLabels = [...acledLabels, ...EXTRA_KINDS];
  // '' (nothing recognised) is a prediction outside every label list: a miss, never a false positive
  const acled = results.filter((r) => acledLabels.includes(r.gold));
  const sub1 = averages(acled.map((r) => r.gold), acled.map((r) => r.subType), acledLabels);
  const sub3 = averages(results.map((r) => r.gold), results.map((r) => r.subType), allLabels);
  const typeRight = acled.filter((r) => r.type === SUB_TYPE_TO_TYPE[r.gold as keyof typeof SUB_TYPE_TO_TYPE]).length;
  const typeAccuracy = ratio(typeRight, acled.length);

  process.stdout.write(`CASE 2021 Task 2 from ${dir}: ${results.length} snippets, ${acled.length} of them of ACLED's 25 sub-event types\n\n`);
  printTable([
    ['system', 'subtask 1 weighted F1', 'micro F1', 'macro F1', '6-type accuracy', 'subtask 3 weighted F1'],
    ['newsline (ordered rules)', round(sub1.weightedF1), round(sub1.microF1), round(sub1.macroF1), round(typeAccuracy), round(sub3.weightedF1)],
    ...ANCHORS.map(([name, s1, s3]) => [name, s1, '', '', '', s3]),
  ]);
  process.stdout.write('\nper label, over all snippets (subtask 3):\n');
  printTable([
    ['label', 'type', 'gold', 'predicted', 'precision', 'recall', 'F1'],
    ...sub3.perLabel.map((l) => [l.label, typeOfLabel(l.label as EventLabel), l.support, l.predicted, round(l.precision), round(l.recall), round(l.f1)]),
  ]);
  const untyped = results.filter((r) => r.subType === '').length;
  process.stdout.write(`\nnothing recognised in ${untyped} snippets; ACLED type right on ${typeRight} of ${acled.length}\n`);

  if (showErrors) {
    for (const r of results) {
      if (r.subType === r.gold) continue;
      process.stderr.write(`${r.id}\tgold=${r.gold}\tours=${r.subType || '-'}\trule=${r.rule}\t${r.text.replace(/\s+/g, ' ').slice(0, 300)}\n`);
    }
  }

  process.stdout.write(JSON.stringify({
    set: SET,
    snippets: results.length,
    weightedF1: round(sub1.weightedF1),
    microF1: round(sub1.microF1),
    macroF1: round(sub1.macroF1),
    typeAccuracy: round(typeAccuracy),
    subtask3WeightedF1: round(sub3.weightedF1),
    method: 'rules',
  }) + '\n');
}
