// Which sentences report an actual happening: one test per factuality rule, on sentences written
// for these tests, each asserting kept or left out and the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence } from '../../src/model.js';
import { eventVerdict, type LeftOutReason } from '../../src/events/event-like.js';
import { factualityCue, HEAD_RULES, SENTENCE_RULES } from '../../src/events/factuality.js';

/** A sentence as analysis gives it; `dated` gives it an explicit date, as 'on Friday' would. */
function sentence(text: string, dated = false): Sentence {
  return {
    index: 0, text, start: 0, end: text.length, paragraph: 0, timeRefs: [], mentions: [],
    date: dated ? { value: '2021-03-05', granularity: 'day', from: 'expression', text: 'on Friday' } : null,
  };
}

function leftOut(text: string, reason: LeftOutReason, rule?: string): void {
  const v = eventVerdict(sentence(text));
  assert.equal(v.kept, false, `expected '${text}' to be left out`);
  if (!v.kept) assert.equal(v.reason, reason, `'${text}': ${v.reason} (${v.cue ?? ''})`);
  if (rule) assert.equal(factualityCue(text)?.rule, rule, text);
}

function kept(text: string, dated = false): void {
  const v = eventVerdict(sentence(text, dated));
  assert.ok(v.kept, `expected '${text}' to be kept, got ${v.kept ? '' : `${v.reason} (${v.cue ?? ''})`}`);
}

const headRule = (start: string) => HEAD_RULES.find((r) => r.name.startsWith(start))!.name;
const sentenceRule = (start: string) => SENTENCE_RULES.find((r) => r.name.startsWith(start))!.name;

// ---- whole-sentence cues ----

test("a sentence that opens with 'if' is a conditional", () => {
  leftOut('If the talks collapse, the rebels will resume shelling the port.', 'conditional', sentenceRule("opens with 'if'"));
});

test("an analysts' frame makes a view, at the start or at the end, but not inside an 'although' clause", () => {
  leftOut("Analysts say the offensive has exhausted the army's reserves of fuel.", 'opinion', sentenceRule("an analyst's frame"));
  leftOut('The offensive has exhausted the reserves of fuel, experts believe.', 'opinion');
  kept('Lawmakers rejected the proposal in October, although several experts say the deal was already dead by then.');
});

test("'according to analysts' is a view", () => {
  leftOut('According to analysts, the merger destroyed much of the value of both brewers.', 'opinion', sentenceRule("'according to analysts'"));
});

test("a sentence opening with a verdict ('Taken together', 'Clearly') is analysis", () => {
  leftOut('Taken together, the two defeats leave the rebels with a narrow strip of coast.', 'opinion', sentenceRule('opens with a verdict'));
});

test("'it is likely that' is a prediction, 'it is clear that' a view", () => {
  leftOut('It is likely that the bridge reopens before the harvest begins.', 'prediction', sentenceRule("'it is likely that'"));
  leftOut('It is clear that the ceasefire has failed in the northern valleys.', 'opinion', sentenceRule("'it is clear that'"));
});

// ---- heads: what will happen ----

test("'will' and 'won't' are predictions", () => {
  leftOut('The ferry company will raise its fares by a tenth next spring.', 'prediction', headRule('will or shall'));
  leftOut("With the garrison surrounded, it won't take long for the defenders to run out of water.", 'prediction', headRule('will or shall'));
});

test("'is set to', 'is to be', and a headline's 'X to do Y' tell what is still ahead", () => {
  leftOut('The tribunal is set to deliver its verdict on the dockyard fire on Thursday.', 'prediction', headRule("'is to'"));
  leftOut('The second hearing is to be held in the capital next month.', 'prediction', headRule("'is to'"));
  leftOut('Harbour council to sell its ferry fleet', 'prediction', headRule("'is to'"));
});

test('a verb of predicting makes its clause a prediction', () => {
  leftOut('Engineers predicted that the old dam would hold through the flood season.', 'prediction', headRule('a verb of predicting'));
  leftOut('Two generals predicted that the last gunmen in the valley would give up before the snow came.', 'prediction');
});

test("'plans to', 'vowed to', 'is planning to' are plans; 'tried to' is an attempt that happened", () => {
  leftOut('The mayor plans to close the old tannery by the end of the year.', 'plan', headRule("'plans to'"));
  leftOut('The rebel commander vowed to retake the airport before the winter.', 'plan');
  leftOut('The water board is planning to build a second reservoir in the hills.', 'plan');
  kept('The fire crews tried to reach the burning warehouse through the back streets.');
});

test("'would' in a report is a prediction; a bare 'would' is a conditional", () => {
  leftOut('The minister said the new rail line would carry ten thousand passengers a day.', 'prediction', `reported: ${headRule("'would' in a report")}`);
  leftOut('A longer runway would let the regional airport take wide-bodied jets.', 'conditional', headRule("'could', 'might'"));
});

test("'could', 'might' and 'may' are possibilities", () => {
  leftOut('The storm could cut power to the coastal villages overnight.', 'conditional', headRule("'could', 'might'"));
  leftOut('The strike may spread to the docks in the south of the country.', 'conditional');
});

test("'can' tells what something is able to do: a general statement", () => {
  leftOut('The new tractor can plough a whole hectare in under an hour.', 'generic', headRule("'can'"));
});

test("'should' and 'must' are obligations", () => {
  leftOut('Hospitals must report every case of the fever to the health ministry.', 'obligation', headRule("'should', 'must'"));
  leftOut('The inquiry said that local airlines should not buy aircraft from the two firms.', 'obligation');
});

// ---- heads: what did not happen ----

test('a verb of denying negates what it reports', () => {
  leftOut('Officials denied that troops took the town after a week of fighting.', 'negation', headRule('a verb of denying'));
});

test('a negated verb is a negation, unless a happening is joined to it', () => {
  leftOut('The rebels did not attack the convoy near the river crossing.', 'negation', headRule('a negated verb'));
  leftOut('The spokesman has not confirmed the number of casualties in the blast.', 'negation');
  kept('The patrol did not enter the village but shelled its outskirts from the ridge.');
});

test("a negative subject ('no one was hurt') and 'there was no' are negations; after a happening they are not", () => {
  leftOut('No one was hurt when the roof of the market hall caved in.', 'negation', headRule('a negative subject'));
  leftOut('There was no claim of responsibility for the blast at the fuel depot.', 'negation', headRule('there was no'));
  kept('Rebels shelled the harbour on Friday; no one was hurt.');
});

// ---- heads: views, background and general truths ----

test("hedged passives ('are believed to', 'are thought to') are views", () => {
  leftOut('Around nine thousand families are thought to live in the flooded district.', 'opinion', headRule('hedged'));
});

test('a verb of belief makes a view', () => {
  leftOut('The coach believes his young team has turned the corner this season.', 'opinion', headRule('a verb of belief'));
});

test("a state in the past ('was under the command of') is background", () => {
  leftOut('The besieged garrison was under the command of an elderly colonel from the coast.', 'background', headRule('a state in the past'));
  leftOut('It was a long and tiring afternoon for everyone in the hall.', 'background');
});

test("a past perfect told from the narrative's past ('had been split for years') is background", () => {
  leftOut('The valley had been split for years between two rival clans.', 'background', headRule('a past perfect'));
  leftOut('The port, some forty kilometres up the coast, had become a base for the smugglers.', 'background');
});

test("a lasting state ('has controlled it for three years') is background", () => {
  leftOut('The militia has controlled the northern pass for more than three years.', 'background', headRule('a lasting state'));
});

test("a present state ('comes in three colours') is a general statement; 'holds talks' is an event", () => {
  leftOut('The new tablet comes in three colours and a single size.', 'generic', headRule('a present state'));
  leftOut('The rebel group still holds most of the southern province.', 'generic');
  kept('The Harbour Board holds talks with the striking dockers in the capital.');
});

test("a present state of a happening ('the contract is worth ...') or a movement ('shares are up 4%') is how the story stands", () => {
  kept('The harbour contract is worth four million euros over six years.');
  kept('The sale of the old bus depot includes two warehouses and a yard.');
  kept('Shares in the brewer are up 4% after the results.');
  leftOut('The new kettle is worth every penny of its modest price.', 'generic', headRule('a present state'));
});

test("a negative subject is found past an opening quotation mark", () => {
  leftOut('"Nobody warned us about the flood at the start of the week," the farmer said.', 'negation', headRule('a negative subject'));
});

// ---- scope: what keeps a sentence ----

test("'can' joined to a happening told as done keeps the sentence", () => {
  kept('The new ferry can carry four hundred cars, and was named after the founder of the town.');
});

test('a main clause told in the past is kept however low its score; a bare report or a present one is not', () => {
  const low = sentence('They also tested the new engine on the runway.');
  const v = eventVerdict(low);
  assert.ok(v.kept && v.score < 1.5, `expected a kept sentence with a low score, got ${JSON.stringify(v)}`);
  leftOut('The trainer said the riders had shown real grit all week.', 'not-an-event');
  leftOut('He said that the race was a turning point for the stable.', 'not-an-event');
  leftOut('"We have worked hard for this all winter," she said.', 'not-an-event');
  leftOut('This marks a turning point for the small team from the valley.', 'not-an-event');
});

test('a modal after the main happening does not make it unreal', () => {
  kept('Troops captured the hill town, which could open the road to the coast.');
});

test('a reporting verb is no hedge: the clause it reports decides', () => {
  kept('Officials said on Wednesday that troops took the town after a week of fighting.', true);
  kept('The army announced on Friday that the city had been completely recaptured.', true);
  leftOut('Officials said the army would resume the offensive within days.', 'prediction');
});

test('a sentence stays when any of its top-level clauses tells a happening', () => {
  kept('The port is no longer in rebel hands: the army said on Tuesday that its troops had retaken the last districts.', true);
});

test("openers are skipped: participles, 'when' clauses, absolute phrases", () => {
  kept('Backed by heavy air cover, two armoured brigades stormed the eastern districts.');
  kept('When the convoy reached the bridge, engineers cleared the mines on the approach road.');
  kept('Two months ago, the army was able to break through to the besieged garrison.');
});

test('present-tense headlines and reports are actual', () => {
  kept('Harbour City unveils new ferry');
  kept('Engine troubles delay Harbour City ferry launch');
  kept('The company says it has cut 500 jobs at its northern plants.');
});

test('furniture and fragments are not events', () => {
  leftOut('Read more', 'too-short');
  leftOut('Sign up for our newsletter to get the latest news from the region.', 'not-an-event');
  leftOut('Another victorious day for the brave soldiers of the northern army.', 'not-an-event');
});
