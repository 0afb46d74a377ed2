import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyEvent, eventType, SUB_TYPE_TO_TYPE, ACLED_SUB_TYPES, EVENT_TYPES, EXTRA_KINDS, typeOfLabel } from '../../src/events/types.js';
import { gainingSide } from '../../src/events/acled-actors.js';
import { gatherEvidence, snippetSentences } from '../../src/events/acled-evidence.js';
import { CUES, LATER_SENTENCE_FACTOR } from '../../src/events/acled-cues.js';

const sub = (text: string) => classifyEvent(text).subType;

test('the taxonomy: 25 ACLED sub-event types, each under one of the six event types; other kinds are typed Other', () => {
  assert.equal(ACLED_SUB_TYPES.length, 25);
  assert.equal(EVENT_TYPES.length, 6);
  for (const s of ACLED_SUB_TYPES) assert.ok(EVENT_TYPES.includes(SUB_TYPE_TO_TYPE[s]), s);
  assert.equal(SUB_TYPE_TO_TYPE['Suicide bomb'], 'Explosions/Remote violence');
  assert.equal(SUB_TYPE_TO_TYPE['Violent demonstration'], 'Riots');
  assert.equal(SUB_TYPE_TO_TYPE['Other'], 'Strategic developments');
  for (const k of EXTRA_KINDS) assert.equal(typeOfLabel(k), 'Other');
  assert.equal(typeOfLabel(''), 'Other');
  assert.equal(new Set(CUES.map((c) => c.name)).size, CUES.length, 'cue names are unique, so a rule can name them');
});

test('armed clash: fights, attacks on armed targets, armed dead; an advance is Battles, never a non-ACLED kind', () => {
  assert.equal(sub('A gunfight broke out between the police and a band of rebels near the river crossing.'), 'Armed clash');
  assert.equal(sub('Insurgents attacked an army outpost in the hills overnight, officials said.'), 'Armed clash');
  assert.equal(sub('Soldiers killed nine rebels during a patrol in the northern forest.'), 'Armed clash');
  assert.equal(sub('Border guards repelled an attack by armed infiltrators before dawn.'), 'Armed clash');
  const advance = classifyEvent('Troops reached the outskirts of Albukamal');
  assert.equal(advance.type, 'Battles');
  assert.equal(advance.subType, 'Armed clash');
});

test('territory: the side that gains the ground decides between the two sub-types', () => {
  assert.equal(sub('Government forces captured the town of Al-Mayadeen from the Islamic State'), 'Government regains territory');
  assert.equal(sub('Rebel fighters seized the border town after a night of shelling.'), 'Non-state actor overtakes territory');
  assert.equal(sub('The garrison town fell to the insurgents on Tuesday.'), 'Non-state actor overtakes territory');
  assert.equal(sub('The village was retaken by militia fighters at dawn.'), 'Non-state actor overtakes territory');
  assert.equal(sub('A spokesman for the rebels said that the army had recaptured the hill.'), 'Government regains territory');
  // 'anti-government' names the enemy of the rebels, not who they are
  assert.equal(sub('Anti-government rebels captured the town of Kidal.'), 'Non-state actor overtakes territory');
  // fighting that wins ground is coded as the change of control
  assert.equal(sub('After heavy clashes, the army took full control of the river port.'), 'Government regains territory');
  // an aim is not a deed
  assert.notEqual(sub('The militants launched an attack to capture the airport but were pushed back.'), 'Non-state actor overtakes territory');
  const s = 'Officials said militants overran the district centre.';
  assert.equal(gainingSide(s, s.indexOf('overran'), s.indexOf('overran') + 7), 'non-state');
  const t = 'The port was seized by government troops.';
  assert.equal(gainingSide(t, t.indexOf('seized'), t.indexOf('seized') + 6), 'state');
});

test('non-violent transfer: ground taken after the other side left, without fighting', () => {
  assert.equal(sub('Army units entered the city after the rebel militia withdrew from it under a local deal.'), 'Non-violent transfer of territory');
  assert.equal(sub('The separatists handed over control of the airport to the national army.'), 'Non-violent transfer of territory');
  // with fighting it stays a battle for the ground
  assert.equal(sub('The rebels withdrew after fierce clashes and the army captured the town.'), 'Government regains territory');
});

test('explosions and remote violence: each means of delivery has its sub-type', () => {
  assert.equal(sub('Jets bombed a fuel depot outside the port city, killing two guards.'), 'Air/drone strike');
  assert.equal(sub('A drone strike hit a pickup truck on the desert road.'), 'Air/drone strike');
  assert.equal(sub('Mortar shells landed in a crowded neighbourhood, wounding eleven people.'), 'Shelling/artillery/missile attack');
  assert.equal(sub('A roadside bomb tore through a minibus carrying teachers.'), 'Remote explosive/landmine/IED');
  assert.equal(sub('Two herders were wounded when their cattle stepped on a landmine.'), 'Remote explosive/landmine/IED');
  assert.equal(sub('A man lobbed a hand grenade at the gate of the courthouse.'), 'Grenade');
  assert.equal(sub('Doctors treated dozens for choking after a chlorine attack on the suburb.'), 'Chemical weapon');
  // helicopters backing a ground fight are not the strike
  assert.equal(sub('Soldiers backed by helicopters clashed with armed smugglers, killing six of them.'), 'Armed clash');
});

test('codebook precedence: suicide bomb over explosive, chemical over its shell, disrupted over exploded, aircraft over their missiles', () => {
  assert.equal(sub('A suicide bomber detonated a car bomb at the checkpoint, killing four soldiers.'), 'Suicide bomb');
  assert.equal(sub('Artillery fired shells filled with chlorine at the trenches.'), 'Chemical weapon');
  const cleared = classifyEvent('Engineers cleared 275 explosive devices');
  assert.equal(cleared.subType, 'Disrupted weapons use');
  assert.equal(cleared.type, 'Strategic developments');
  assert.equal(sub('Fighter jets fired four missiles at a weapons convoy near the border.'), 'Air/drone strike');
  // a device that went off and killed is an explosion, even if someone was trying to defuse it
  assert.equal(sub('Three sappers were killed when the bomb they were trying to defuse exploded.'), 'Remote explosive/landmine/IED');
  // an earlier attack recalled is not the event
  assert.notEqual(sub('Survivors gathered at the site of the 2015 chemical attack to mourn the dead.'), 'Chemical weapon');
});

test('violence against civilians: attacks, abductions, sexual violence', () => {
  assert.equal(sub('Gunmen opened fire on worshippers leaving a mosque, killing five.'), 'Attack');
  assert.equal(sub('Armed raiders killed eleven farmers in their fields at dawn.'), 'Attack');
  assert.equal(sub('Militants kidnapped two engineers working on the dam.'), 'Abduction/forced disappearance');
  assert.equal(sub('Armed men seized 14 passengers from a bus and drove off.'), 'Abduction/forced disappearance');
  assert.equal(sub('A rights group said soldiers raped women in three villages during the sweep.'), 'Sexual violence');
});

test('protests, by how they went: peaceful, intervention, excessive force; violence by demonstrators first', () => {
  assert.equal(sub('Nurses marched to the health ministry to demand overdue wages.'), 'Peaceful protest');
  assert.equal(sub('Police fired tear gas to break up a rally of opposition supporters.'), 'Protest with intervention');
  assert.equal(sub('Officers detained forty demonstrators at the unauthorised march.'), 'Protest with intervention');
  assert.equal(sub('Troops opened fire on protesters in the main square, killing three people.'), 'Excessive force against protesters');
  assert.equal(sub('Protesters hurled stones at the police, who answered with tear gas.'), 'Violent demonstration');
  assert.equal(classifyEvent('Protesters hurled stones at the police, who answered with tear gas.').type, 'Riots');
  // what the protest is about is not the event, nor is a protest only planned
  assert.equal(sub('Students protested against the killing of a classmate by unknown gunmen.'), 'Peaceful protest');
  assert.equal(sub('Police arrested six union leaders ahead of planned protests.'), 'Arrests');
});

test('riots: mobs, lynchings, communal and rival-crowd clashes', () => {
  assert.equal(sub('A mob beat a man accused of theft until he died.'), 'Mob violence');
  assert.equal(sub('Clashes between two villages over a water point left three dead.'), 'Mob violence');
  assert.equal(sub('Rival rallies of the two parties turned violent outside the stadium.'), 'Mob violence');
});

test('strategic developments: agreements, arrests, changes, bases, destruction, disrupted weapons', () => {
  assert.equal(sub('The two militias signed a truce mediated by local elders.'), 'Agreement');
  assert.equal(sub('Police arrested a prominent blogger at his home in the capital.'), 'Arrests');
  assert.equal(sub('Police arrested the man who carried out the grenade attack on the market.'), 'Arrests');
  assert.equal(sub('Some 200 fighters defected from the militia to the army.'), 'Change to group/activity');
  assert.equal(sub('The army deployed reinforcements to the eastern border.'), 'Change to group/activity');
  assert.equal(sub('Foreign troops set up a new base near the oil field.'), 'Headquarters or base established');
  assert.equal(sub('Youths looted shops and torched two warehouses overnight.'), 'Looting/property destruction');
  assert.equal(sub('Customs officers seized 40 rifles and 3,000 rounds of ammunition at the port.'), 'Disrupted weapons use');
  // a truce that is only the setting of a fight is not an agreement
  assert.notEqual(sub('Despite the ceasefire, mortar shells hit the northern suburbs.'), 'Agreement');
});

test('outside ACLED: disasters, crime, diplomacy, attribution are named, with type Other', () => {
  const quake = classifyEvent('An earthquake of magnitude 6.1 shook the valley, destroying hundreds of homes.');
  assert.equal(quake.subType, 'Natural disaster');
  assert.equal(quake.type, 'Other');
  assert.equal(sub('A boiler exploded at a textile factory, killing four workers.'), 'Man-made disaster');
  assert.equal(sub('Police broke up a car theft ring and recovered dozens of stolen vehicles.'), 'Organized crime');
  assert.equal(sub('The government expelled four diplomats and closed the consulate.'), 'Diplomatic event');
  assert.equal(sub('The armed group claimed responsibility for the ambush in a statement.'), 'Attribution');
  // a denied claim is no claim
  assert.notEqual(sub('A bomb exploded at the bus station, killing three. No group has claimed responsibility.'), 'Attribution');
});

test('nothing typed when nothing is told: background, plans of others, everyday news', () => {
  const displaced = classifyEvent('Aid groups warned that tens of thousands of civilians displaced by the fighting were sleeping in the open');
  assert.notEqual(displaced.type, 'Battles');
  assert.equal(displaced.subType, '');
  assert.equal(classifyEvent('The central bank raised interest rates by half a point.').subType, '');
  assert.equal(eventType('The cat slept.'), 'Other');
  assert.equal(eventType('Air strikes destroyed three vehicles near the bridge.'), 'Explosions/Remote violence');
});

test('evidence: the first sentence weighs most, one protest word lets the protest modifiers count, and the rule is named', () => {
  assert.deepEqual(snippetSentences('Shelling hit the town. Later, talks resumed.'), ['Shelling hit the town.', 'Later, talks resumed.']);
  const ev = gatherEvidence('Shelling hit the town. Later, the two sides agreed to a truce.');
  const shelling = ev.hits.find((h) => h.cue.name === 'shelling or artillery')!;
  const truce = ev.hits.find((h) => h.cue.name === 'ceasefire or truce')!;
  assert.equal(shelling.weight, shelling.cue.weight);
  assert.equal(truce.weight, truce.cue.weight * LATER_SENTENCE_FACTOR);
  assert.ok(!gatherEvidence('Police fired tear gas at the smugglers.').hits.some((h) => h.cue.needsProtest));
  assert.ok(gatherEvidence('Police fired tear gas at the protesters.').hits.some((h) => h.cue.name === 'tear gas and water cannon'));
  assert.match(classifyEvent('A suicide bomber blew himself up at the gate.').rule, /suicide bombing/);
});

test('weapons moved or hidden are no attack: artillery pulled back, vehicles hidden from aircraft', () => {
  const kind = classifyEvent('Villagers said the militia had begun pulling artillery out of the plain and into the town to hide it from aircraft.');
  assert.notEqual(kind.subType, 'Shelling/artillery/missile attack');
  assert.notEqual(kind.subType, 'Air/drone strike');
  assert.equal(classifyEvent('Army artillery shelled the militia positions overnight.').subType, 'Shelling/artillery/missile attack');
});
