// Who took the ground: ACLED splits a change of territorial control by the side that gains it
// ('Government regains territory' when state forces take it, 'Non-state actor overtakes territory'
// when rebels, militias or jihadist groups do). The gaining side is nearly always the subject of the
// capture verb in news prose, or the agent after 'by' / 'fell to' in the passive.

export type Side = 'state' | 'non-state';

/**
 * Words naming armed groups that are not a state's forces ('anti-ISIS forces' name their enemy, not them). Checked before the state words so that
 * 'Kurdish forces' or 'rebel forces' are read whole, not as 'forces'.
 */
const NON_STATE: RegExp[] = [
  /(?<!(?:anti|counter)-)\b(?:rebels?|rebel (?:fighters|forces|groups?)|militants?|insurgents?|jihadists?|jihadis|terrorists?|extremists?|militias?|militiamen|separatists?|mujahideen|guerrillas?|gunmen|bandits|tribesmen|armed groups?|fighters|opposition|insurgency)\b/i,
  /(?<!(?:anti|counter)-)\b(?:Taliban|Houthis?|Huthis?|Ansar Allah|Islamic State|Daesh|al[- ]Shabaa?b|Shabaa?b|Shebab|Boko Haram|al[- ]Qaeda|Qaeda|Nusra|Tahrir al[- ]Sham|Free Syrian Army|Hezbollah|Hamas|Renamo|Polisario|FARC|ethnic army|Kurdish (?:fighters|forces|militias?|units)|Southern Transitional Council|Levant Liberation)\b/i,
  // acronyms only in capitals: 'IS' is the Islamic State, 'is' is a verb
  /(?<!(?:[Aa]nti|[Cc]ounter)-)\b(?:IS|ISIS|ISIL|SDF|YPG|PKK|HTS|FSA|NPA|STC|MNDAA|ELN|OLA|ISWAP|AQIM|JNIM)\b/,
];

/** Words naming a state's forces; bare 'forces' comes last, as the weakest sign. */
const STATE: RegExp[] = [
  /(?<!(?:anti|counter)-)\b(?:government|gov't|govt|regime|army|armies|troops|troopers|soldiers|military|security forces|police|policemen|gendarmes?|national army|loyalists?|pro-government|pro-regime|state forces|federal forces|marines|special forces|commandos|counter-?terrorism forces|Tiger Forces|coalition|forces loyal to|Popular Mobili[sz]ation|Hashd|servicemen|brigades?|battalions?)\b/i,
  /(?<!(?:[Aa]nti|[Cc]ounter)-)\b(?:SANA|SAA|NDF|IDF|AMISOM|SNA|ANDSF|Nolcom|FARDC|MNJTF)\b/,
  /\bforces\b/i,
];

/** Where a reported statement starts: the actor of the capture is after it, not the reporter. */
const REPORTED = /\b(?:said|says|say|reported|reports|announced|confirmed|claimed|stated|added|told [\w ]{1,40}?)\s+(?:on \w+\s+)?(?:that\s+)?/gi;

/** Where a new clause starts inside a sentence; 'X and Y' without them stays one subject. */
const CLAUSE_BREAK = /(?:,\s+and\s+|;\s+|\s+(?:but|while|whereas|after|before|as|when|then|until|since)\s+)/gi;

interface Found {
  side: Side;
  at: number;
  strength: number;
}

/** The earliest actor named in a stretch of text; non-state names win a tie of position. */
function firstActor(text: string): Found | null {
  let best: Found | null = null;
  const consider = (side: Side, list: RegExp[]) => {
    list.forEach((re, strength) => {
      const m = re.exec(text);
      if (!m) return;
      const found = { side, at: m.index, strength: side === 'state' && strength === 2 ? 0 : 1 };
      // bare 'forces' yields to any other actor word in the same stretch
      if (!best || (found.strength > best.strength) || (found.strength === best.strength && found.at < best.at)) best = found;
    });
  };
  consider('non-state', NON_STATE);
  consider('state', STATE);
  return best;
}

/**
 * The side that gains ground in a sentence, given where its capture verb starts and ends:
 * the agent of a passive ('was seized by rebels', 'fell to the Taliban') first, then the subject
 * (after any 'X said that'), then the loser named after 'from' (its opponent gains). Null when
 * the sentence names no one.
 */
export function gainingSide(sentence: string, verbStart: number, verbEnd: number): Side | null {
  const verb = sentence.slice(verbStart, verbEnd);
  const after = sentence.slice(verbEnd, verbEnd + 80);
  // 'fell to X', 'in the hands of X', 'was seized by X': the gaining side follows the verb
  const agent = /\b(?:to|of)$/i.test(verb) ? after : /^\s+(?:back\s+)?by\s+(.*)$/i.exec(after)?.[1];
  if (agent) {
    const who = firstActor(agent.slice(0, 60));
    if (who) return who.side;
  }
  const before = sentence.slice(0, verbStart);
  let last = 0;
  for (const m of before.matchAll(REPORTED)) last = m.index + m[0].length;
  // the subject of the capture is in its own clause: 'the rebels withdrew after clashes and the army took the town'
  let clause = last;
  for (const m of before.slice(last).matchAll(CLAUSE_BREAK)) clause = last + m.index + m[0].length;
  const subject = firstActor(before.slice(clause)) ?? firstActor(before.slice(last)) ?? firstActor(before);
  if (subject) return subject.side;
  const from = /\bfrom\s+(?:the\s+)?(.{0,60})/i.exec(after);
  if (from) {
    const loser = firstActor(from[1]);
    if (loser) return loser.side === 'state' ? 'non-state' : 'state';
  }
  return null;
}
