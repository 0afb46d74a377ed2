// ACLED's event types, recognised from the words of a sentence. The first rule that matches wins.

interface TypeRule {
  type: string;
  words: RegExp;
}

/** Ordered from most to least specific, as ACLED's own coding guide resolves overlaps. */
export const EVENT_TYPE_RULES: TypeRule[] = [
  { type: 'Violence against civilians', words: /\b(massacre|executed|abduct\w*|civilians? (were )?killed|killed \w+ civilians)\b/i },
  { type: 'Explosions/Remote violence', words: /\b(air ?strikes?|airstrikes?|strikes?|shell(ing|ed)|bomb\w*|missiles?|rockets?|explosive|IED|drone|mortars?|artillery)\b/i },
  { type: 'Battles', words: /\b(clash\w*|battl\w*|fight\w*|storm\w*|attack\w*|advanc\w*|captur\w*|liberat\w*|seiz\w*|retak\w*|recaptur\w*|offensive|encircl\w*|besieg\w*|siege|push\w* \w+ out)\b/i },
  { type: 'Protests', words: /\b(protest\w*|demonstrat\w*|rall(y|ies|ied)|march(ed|es)?)\b/i },
  { type: 'Riots', words: /\b(riot\w*|mob|looting)\b/i },
  { type: 'Strategic developments', words: /\b(declared|announced|agreement|ceasefire|truce|withdr[ae]w\w*|evacuat\w*|negotiat\w*|surrender\w*|took control|control of|victory|cleared|arrested)\b/i },
];

export function eventType(sentence: string): string {
  for (const rule of EVENT_TYPE_RULES) if (rule.words.test(sentence)) return rule.type;
  return 'Other';
}

/** The type and ACLED sub-event type of a sentence's happening, with the rule that decided it. */
export function classifyEvent(sentence: string): { type: string; subType: string; rule: string } {
  const type = eventType(sentence);
  return { type, subType: '', rule: type };
}
