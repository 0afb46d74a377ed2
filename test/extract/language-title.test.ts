import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/extract/language.js';
import { cleanTitle, doubledHeadline, isHeadlineShaped, sameTitle } from '../../src/extract/title.js';

test('detects languages by function words and scripts', () => {
  assert.equal(detectLanguage('The council said that the bridge would be closed for repairs and that traffic was diverted.'), 'en');
  assert.equal(detectLanguage('Le conseil a annoncé que le pont sera fermé pour des travaux et que la circulation est déviée.'), 'fr');
  assert.equal(detectLanguage('Der Rat teilte mit, dass die Brücke für Reparaturen gesperrt wird und der Verkehr umgeleitet ist.'), 'de');
  assert.equal(detectLanguage('El consejo dijo que el puente será cerrado por obras y que los coches van por otra calle.'), 'es');
  assert.equal(detectLanguage('Il consiglio ha detto che il ponte sarà chiuso per lavori e che gli automobilisti non possono passare.'), 'it');
  assert.equal(detectLanguage('O conselho disse que a ponte será fechada para obras e que os carros não podem passar pelo centro.'), 'pt');
  assert.equal(detectLanguage('De raad zei dat de brug wordt gesloten voor reparaties en dat het verkeer niet door het centrum kan.'), 'nl');
  assert.equal(detectLanguage('Совет заявил, что мост будет закрыт на ремонт.'), 'ru');
  assert.equal(detectLanguage('قال المجلس إن الجسر سيغلق للإصلاحات'), 'ar');
  assert.equal(detectLanguage('委员会表示，这座桥将因维修而关闭。'), 'zh');
});

test("too little text is 'und'", () => {
  assert.equal(detectLanguage('Kelso'), 'und');
  assert.equal(detectLanguage(''), 'und');
});

test('cleanTitle strips a site suffix or prefix', () => {
  assert.equal(cleanTitle('Bridge closed for repairs | Riverside Times'), 'Bridge closed for repairs');
  assert.equal(cleanTitle('Bridge closed for repairs - Riverside Times', 'Riverside Times'), 'Bridge closed for repairs');
  assert.equal(cleanTitle('Riverside Times | Bridge closed for repairs', 'Riverside Times'), 'Bridge closed for repairs');
  assert.equal(cleanTitle('Bridge closed for repairs – riversidetimes.com'), 'Bridge closed for repairs');
  // A dash that belongs to the headline stays.
  assert.equal(cleanTitle('Mayor to voters - we will rebuild the bridge'), 'Mayor to voters - we will rebuild the bridge');
  assert.equal(cleanTitle('  Bridge   closed  '), 'Bridge closed');
});

test('title helpers', () => {
  assert.equal(doubledHeadline('Storm hits coastStorm hits coast'), 'Storm hits coast');
  assert.equal(doubledHeadline('Storm hits coast'), null);
  assert.equal(doubledHeadline('____________________________'), null);
  assert.ok(sameTitle('Storm Hits Coast', 'storm hits coast.'));
  assert.ok(isHeadlineShaped('Storm hits the northern coast'));
  assert.ok(!isHeadlineShaped('The storm hit the coast on Monday.'));
  assert.ok(!isHeadlineShaped('see www.example.com for more'));
});
