// Words that name one happening in different ways ('stormed' / 'entered', 'jets struck' / 'aircraft
// bombed', 'broke the siege' / 'relieved the enclave'): each group becomes one comparison feature,
// so reports of one event by outlets that word it differently still meet. Groups are small and
// named; a word belongs to one group. Rarity weighting in the story keeps a common concept cheap.
import { stem } from '../text/words.js';

export interface ConceptGroup {
  name: string;
  words: string[];
}

export const CONCEPT_GROUPS: ConceptGroup[] = [
  { name: 'air-strike', words: ['strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'bombed', 'bombing', 'bombings', 'bombardment', 'bombarded', 'pounded', 'pounding', 'jets', 'warplanes', 'aircraft', 'planes', 'sorties', 'airstrikes'] },
  { name: 'shelling', words: ['shelled', 'shelling', 'shells', 'artillery', 'mortar', 'mortars', 'rockets', 'barrage'] },
  { name: 'siege', words: ['siege', 'besieged', 'besiege', 'encircled', 'encirclement', 'blockade', 'blockaded', 'trapped', 'surrounded', 'enclave', 'garrison', 'pocket'] },
  { name: 'relief', words: ['relieved', 'relieve', 'relief', 'linked', 'link', 'joined', 'broke', 'breaking', 'breakthrough', 'lifted', 'lifting'] },
  { name: 'entry', words: ['stormed', 'storm', 'storming', 'entered', 'enter', 'entering', 'pushed', 'push', 'moved', 'advanced', 'advance', 'advancing', 'assault'] },
  { name: 'capture', words: ['captured', 'capture', 'seized', 'seize', 'retook', 'retaken', 'retake', 'recaptured', 'recapture', 'liberated', 'liberate', 'liberation', 'overran', 'overrun', 'fell'] },
  { name: 'victory', words: ['victory', 'victorious', 'declared', 'declares', 'declare', 'freed', 'free', 'defeat', 'defeated', 'control', 'completely', 'fully', 'total'] },
  { name: 'killed', words: ['killed', 'died', 'dead', 'deaths', 'death', 'toll', 'slain', 'fatalities', 'killing', 'murdered', 'fatal', 'fatally'] },
  { name: 'wounded', words: ['wounded', 'injured', 'injuries', 'hurt'] },
  { name: 'retreat', words: ['withdrew', 'withdraw', 'withdrawal', 'retreated', 'retreat', 'fled', 'flee', 'evacuated', 'evacuation'] },
  { name: 'demining', words: ['cleared', 'clearing', 'defused', 'demined', 'demining', 'mines', 'booby', 'devices', 'explosives'] },
  { name: 'surrender', words: ['surrendered', 'surrender', 'surrendering', 'capitulated'] },
  { name: 'arrest', words: ['arrested', 'arrest', 'arrests', 'detained', 'detention', 'custody', 'nabbed', 'apprehended', 'jailed', 'booked'] },
  { name: 'protest', words: ['protest', 'protested', 'protesters', 'protestors', 'demonstration', 'demonstrators', 'rally', 'rallied', 'marched'] },
  { name: 'agreement', words: ['agreement', 'deal', 'accord', 'ceasefire', 'truce', 'signed'] },
  // General news happenings beyond conflict: a job lost or given, a charge, a quake, a shooting, a crash, a blaze, a purchase, a launch.
  { name: 'dismissal', words: ['fired', 'sacked', 'dismissed', 'dismissal', 'ousted', 'ouster', 'axed', 'terminated', 'resigned', 'resignation', 'quit'] },
  { name: 'appointment', words: ['hired', 'hire', 'hiring', 'appointed', 'appoint', 'appointment', 'named', 'nominated', 'nominate', 'nominates', 'nomination', 'nominee', 'picked', 'tapped', 'chosen', 'selected'] },
  { name: 'charge', words: ['charged', 'charges', 'charging', 'indicted', 'indictment', 'accused', 'prosecuted'] },
  { name: 'earthquake', words: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'temblor', 'seismic', 'magnitude', 'jolted'] },
  { name: 'shooting', words: ['shooting', 'shootings', 'shot', 'shots', 'gunman', 'gunmen', 'gunfire', 'gunned', 'shooter'] },
  { name: 'crash', words: ['crash', 'crashed', 'crashes', 'collision', 'collided', 'accident', 'wreck'] },
  { name: 'blaze', words: ['blaze', 'flames', 'burned', 'burnt', 'gutted', 'engulfed', 'inferno'] },
  { name: 'purchase', words: ['acquire', 'acquired', 'acquires', 'acquisition', 'bought', 'buys', 'purchase', 'purchased', 'takeover'] },
  { name: 'launch', words: ['launched', 'launches', 'unveiled', 'unveils', 'unveiling', 'released', 'introduced', 'introduces', 'debuted'] },
];

const CONCEPT_OF = new Map<string, string>();
for (const group of CONCEPT_GROUPS) for (const w of group.words) if (!CONCEPT_OF.has(stem(w))) CONCEPT_OF.set(stem(w), `~${group.name}`);

/** The concept features of a sentence's content words (as contentWords gives them, stemmed). */
export function conceptsOf(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const c = CONCEPT_OF.get(w);
    if (c) out.add(c);
  }
  return [...out];
}
