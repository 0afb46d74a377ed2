// From cue weights to one label. First the precedence rules, in order: each says that when one
// kind of happening is clearly told, the signs of another in the same text are only its context
// (the ACLED codebook's own tie-breaks: a suicide bomb is coded as such and not as the explosion
// or attack it also is; a chemical weapon over the shell that carried it; sexual violence over the
// attack around it). Then two decisions the codebook makes from the whole text (ground taken after
// a withdrawal; how a protest went), then the heaviest label.
import { scoresOf, type Evidence, type Hit } from './acled-evidence.js';
import type { EventLabel } from './acled-taxonomy.js';

/**
 * Below this total weight nothing is typed. Every cue weighs at least 1 in the first sentence, so
 * only faint words heard later in a text (background) fall under it.
 */
export const MIN_SCORE = 0.5;

export interface Precedence {
  name: string;
  winner: EventLabel;
  /** The winner must weigh at least this much, else the rule stays silent. */
  min: number;
  losers: EventLabel[];
  /** Only when this cue of the winner was heard (a label's evidence can be of several kinds). */
  byCue?: string;
  /**
   * Only the losers told after the winner in the text: the protest is the news and what it is
   * about comes after it ('protesters denounced the killing of...'); told before, it is the news.
   */
  onlyLater?: boolean;
}

const PROTEST_FAMILY: EventLabel[] = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters', 'Violent demonstration'];
const TERRITORY: EventLabel[] = ['Government regains territory', 'Non-state actor overtakes territory'];
const EXPLOSIONS: EventLabel[] = ['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade', 'Chemical weapon'];

export const PRECEDENCE: Precedence[] = [
  // a protest names its cause: the killing, the arrest, the sanctions it is about are not the event
  { name: 'protest over what it is about', winner: 'Peaceful protest', min: 2.5, onlyLater: true, losers: ['Organized crime', 'Arrests', 'Attack', 'Armed clash', 'Man-made disaster', 'Natural disaster', 'Sexual violence', 'Diplomatic event', 'Attribution', 'Abduction/forced disappearance', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Agreement', 'Change to group/activity', 'Government regains territory', 'Non-state actor overtakes territory'] },
  // two crowds fighting each other is mob violence, not a demonstration against someone (codebook)
  { name: 'rival crowds are a mob', winner: 'Mob violence', min: 3, byCue: 'rally attacked by others', losers: PROTEST_FAMILY },
  // an arrest told first is the news; what the arrested had done is told after it
  { name: 'arrest over what the arrested did', winner: 'Arrests', min: 2.5, onlyLater: true, losers: [...EXPLOSIONS, 'Attack', 'Armed clash', 'Abduction/forced disappearance', 'Sexual violence', 'Mob violence', 'Looting/property destruction'] },
  // a claim or denial of responsibility is the news; the act it concerns is told as its object
  { name: 'attribution over the act attributed', winner: 'Attribution', min: 4, losers: [...EXPLOSIONS, 'Attack', 'Armed clash', 'Abduction/forced disappearance', 'Diplomatic event', 'Arrests'] },
  // hazards are rarely named in a figurative sense: any of them in the lead makes the rest its consequences
  { name: 'natural disaster over what it damages', winner: 'Natural disaster', min: 2, losers: ['Looting/property destruction', 'Change to group/activity', 'Headquarters or base established', 'Armed clash', 'Air/drone strike', 'Attack', 'Disrupted weapons use', ...TERRITORY] },
  // weather alone (high winds) may only be the cause of an accident; a named hazard is the event
  { name: 'natural hazard over the accidents it causes', winner: 'Natural disaster', min: 4, losers: ['Man-made disaster'] },
  // a fire or crash that kills is a disaster, not an attack on whoever it killed
  { name: 'accident, not an attack', winner: 'Man-made disaster', min: 2.5, losers: ['Attack'] },
  { name: 'accident, not a chemical weapon', winner: 'Man-made disaster', min: 3.5, losers: ['Chemical weapon', 'Remote explosive/landmine/IED'] },
  // the codebook's tie-breaks between means of violence: the most specific means is the sub-type
  { name: 'suicide bomb over other explosions and attacks', winner: 'Suicide bomb', min: 4, losers: ['Remote explosive/landmine/IED', 'Grenade', 'Shelling/artillery/missile attack', 'Attack', 'Armed clash', 'Agreement', 'Disrupted weapons use', 'Arrests'] },
  { name: 'chemical weapon over its delivery', winner: 'Chemical weapon', min: 4, losers: ['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade', 'Attack', 'Armed clash'] },
  { name: 'sexual violence over the violence around it', winner: 'Sexual violence', min: 4, losers: ['Attack', 'Armed clash', 'Mob violence', 'Arrests', 'Abduction/forced disappearance', ...PROTEST_FAMILY] },
  { name: 'weapons disrupted, not used', winner: 'Disrupted weapons use', min: 4, losers: ['Remote explosive/landmine/IED', 'Grenade', 'Shelling/artillery/missile attack', 'Air/drone strike', 'Organized crime', 'Arrests', 'Armed clash'] },
  { name: 'grenade over other explosions and attacks', winner: 'Grenade', min: 4, losers: ['Remote explosive/landmine/IED', 'Shelling/artillery/missile attack', 'Attack', 'Armed clash', 'Arrests', ...PROTEST_FAMILY] },
  { name: 'aircraft deliver the missiles', winner: 'Air/drone strike', min: 3.5, losers: ['Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Armed clash', 'Attack', 'Looting/property destruction'] },
  { name: 'shelling over the fight it is part of', winner: 'Shelling/artillery/missile attack', min: 3, losers: ['Armed clash', 'Attack', 'Remote explosive/landmine/IED'] },
  { name: 'remote explosive over the attack it is', winner: 'Remote explosive/landmine/IED', min: 3, losers: ['Armed clash', 'Attack'] },
  // the harm done to people over the means and the setting
  { name: 'abduction over the attack', winner: 'Abduction/forced disappearance', min: 4, losers: ['Attack', 'Armed clash', 'Arrests', 'Organized crime', ...TERRITORY] },
  { name: 'mob over the harm it does', winner: 'Mob violence', min: 3, losers: ['Attack', 'Armed clash', 'Looting/property destruction', 'Arrests', 'Organized crime'] },
  // people killed or hurt make it violence against them; the burning around it is its context
  { name: 'attack on people over the damage done', winner: 'Attack', min: 2.5, losers: ['Looting/property destruction'] },
  // criminals arrested are a crime story; violence by a gang is still the violence
  { name: 'crime, not political arrests', winner: 'Organized crime', min: 2.5, losers: ['Arrests', ...TERRITORY] },
  // the codebook codes a change of control as such, not as the fighting that brought it
  { name: 'territory over the fight that won it', winner: 'Government regains territory', min: 3.5, losers: ['Armed clash', 'Attack'] },
  { name: 'territory over the fight that won it', winner: 'Non-state actor overtakes territory', min: 3.5, losers: ['Armed clash', 'Attack'] },
  { name: 'territory over the prisoners taken with it', winner: 'Government regains territory', min: 4, losers: ['Arrests'] },
];

/** Cues that tell of fighting: ground taken with them was not handed over. */
const FIGHTING = new Set(['clash between armed sides', 'fighting or battle', 'attack on an armed target', 'armed fighters killed', 'attack repelled']);

export interface Verdict {
  label: EventLabel | '';
  /** The cue or rule that decided, for whoever reads the result or tunes the rules. */
  rule: string;
}

type Scores = Map<EventLabel, number>;
const total = (scores: Scores, labels: EventLabel[]) => labels.reduce((sum, l) => sum + (scores.get(l) ?? 0), 0);

const before = (a: Hit, b: Hit): boolean => a.sentence < b.sentence || (a.sentence === b.sentence && a.at < b.at);
/** a is told wholly before b: a cue whose words run into b's ('students protested against the killing') is not. */
const wholly = (a: Hit, b: Hit): boolean => a.sentence < b.sentence || (a.sentence === b.sentence && a.at + a.text.length <= b.at);

/** The precedence rules in order: each silences its losers when its winner is clearly told. */
function applyPrecedence(scores: Scores, hits: Hit[], fired: string[]): void {
  for (const rule of PRECEDENCE) {
    if ((scores.get(rule.winner) ?? 0) < rule.min) continue;
    const own = hits.filter((h) => h.label === rule.winner && (!rule.byCue || h.cue.name === rule.byCue));
    if (own.length === 0) continue;
    const first = own.reduce((a, b) => (before(b, a) ? b : a));
    let silenced = false;
    for (const loser of rule.losers) {
      if ((scores.get(loser) ?? 0) <= 0) continue;
      if (rule.onlyLater && hits.some((h) => h.label === loser && wholly(h, first))) continue;
      scores.set(loser, 0);
      silenced = true;
    }
    if (silenced) fired.push(rule.name);
  }
}

interface Decision {
  name: string;
  /** Moves weight between labels; returns true when it changed something. */
  apply: (scores: Scores, hits: Hit[]) => boolean;
}

export const DECISIONS: Decision[] = [
  {
    // ACLED: a side takes ground the other left without a fight -> non-violent transfer
    name: 'ground taken after a withdrawal, without fighting',
    apply: (scores, hits) => {
      const live = hits.filter((h) => (scores.get(h.label) ?? 0) > 0 || h.label === 'Armed clash');
      const names = new Set(live.map((h) => h.cue.name));
      const gained = total(scores, TERRITORY) > 0 || names.has('advance on a front') || names.has('moved in');
      const left = names.has('withdrawal') || names.has('ground handed over');
      if (!gained || !left || [...FIGHTING].some((f) => names.has(f))) return false;
      const moved = total(scores, [...TERRITORY, 'Change to group/activity', 'Non-violent transfer of territory']);
      for (const l of [...TERRITORY, 'Change to group/activity'] as EventLabel[]) scores.set(l, 0);
      scores.set('Non-violent transfer of territory', moved);
      return true;
    },
  },
  {
    // ACLED: demonstrators' own violence makes a violent demonstration, whatever the police did;
    // otherwise lethal or injuring force is excessive force; otherwise any dispersal or arrest is
    // an intervention; otherwise the protest was peaceful
    name: 'how the protest went',
    apply: (scores) => {
      const family = total(scores, PROTEST_FAMILY);
      if (family === 0) return false;
      const pick: EventLabel = (scores.get('Violent demonstration') ?? 0) >= 1.5 ? 'Violent demonstration'
        : (scores.get('Excessive force against protesters') ?? 0) >= 1.5 ? 'Excessive force against protesters'
          : (scores.get('Protest with intervention') ?? 0) >= 1.5 ? 'Protest with intervention'
            : 'Peaceful protest';
      for (const l of PROTEST_FAMILY) scores.set(l, 0);
      scores.set(pick, family);
      return pick !== 'Peaceful protest';
    },
  },
];

/** Tie-break, most specific first, as the codebook prefers the more specific sub-type. */
const PRIORITY: EventLabel[] = [
  'Attribution', 'Suicide bomb', 'Chemical weapon', 'Sexual violence', 'Grenade', 'Remote explosive/landmine/IED', 'Air/drone strike',
  'Shelling/artillery/missile attack', 'Abduction/forced disappearance', 'Mob violence', 'Violent demonstration', 'Excessive force against protesters',
  'Protest with intervention', 'Peaceful protest', 'Non-violent transfer of territory', 'Government regains territory', 'Non-state actor overtakes territory',
  'Disrupted weapons use', 'Headquarters or base established', 'Agreement', 'Arrests', 'Armed clash', 'Attack', 'Change to group/activity',
  'Looting/property destruction', 'Natural disaster', 'Man-made disaster', 'Organized crime', 'Diplomatic event', 'Other',
];
const RANK = new Map(PRIORITY.map((l, i) => [l, i]));

export function decide(evidence: Evidence): Verdict {
  const scores = scoresOf(evidence.hits);
  const fired: string[] = [];
  applyPrecedence(scores, evidence.hits, fired);
  for (const d of DECISIONS) if (d.apply(scores, evidence.hits)) fired.push(d.name);
  let best: EventLabel | '' = '';
  let bestScore = MIN_SCORE - 1e-9;
  for (const [label, score] of scores) {
    if (score > bestScore || (score === bestScore && best && (RANK.get(label) ?? 99) < (RANK.get(best) ?? 99))) {
      best = label;
      bestScore = score;
    }
  }
  if (!best) return { label: '', rule: 'no cue strong enough' };
  const strongest = evidence.hits.filter((h) => h.label === best).sort((a, b) => b.weight - a.weight)[0];
  const because = strongest ? strongest.cue.name : fired[fired.length - 1];
  return { label: best, rule: fired.length ? `${because} (${fired.join('; ')})` : because };
}
