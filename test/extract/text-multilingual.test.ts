// Furniture lines in English, French, German, Spanish and Arabic, written for these tests: each must
// be claimed by the rule named, and a body sentence in the same language that shares its words must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchLineRule } from '../../src/extract/text/rules.js';
import { classifyLines, chooseMainRun, findProseRuns } from '../../src/extract/text/layout.js';
import { splitLines } from '../../src/extract/text/lines.js';
import { extractText } from '../../src/extract/text/index.js';

const reasonOf = (line: string) => matchLineRule(line)?.reason ?? null;

const FURNITURE: Record<string, [string, string][]> = {
  en: [
    ['We use cookies to improve your experience.', 'cookies'],
    ['Sign up for our free newsletter', 'newsletter'],
    ['Leave a Reply', 'comment-form'],
    ['Related stories', 'related'],
    ['Advertisement', 'advert'],
    ['© 2023 Valley Herald. All rights reserved.', 'copyright'],
    ['Follow us', 'navigation'],
    ['Tags', 'tags'],
  ],
  fr: [
    ['Ce site utilise des cookies pour mesurer l’audience.', 'cookies'],
    ['Inscrivez-vous à notre newsletter', 'newsletter'],
    ['Laisser un commentaire', 'comment-form'],
    ['À lire aussi', 'related'],
    ['Publicité', 'advert'],
    ['Accueil', 'navigation'],
    ['Vous aimerez aussi', 'related'],
    ['Étiquettes : inondations, météo', 'tags'],
  ],
  de: [
    ['Diese Website verwendet Cookies.', 'cookies'],
    ['Newsletter abonnieren', 'newsletter'],
    ['Kommentar schreiben', 'comment-form'],
    ['Mehr zum Thema', 'related'],
    ['Anzeige', 'advert'],
    ['Impressum', 'navigation'],
    ['Über den Autor', 'author-box'],
    ['12 Kommentare', 'comment-form'],
  ],
  es: [
    ['Utilizamos cookies propias y de terceros.', 'cookies'],
    ['Suscríbete a nuestro boletín', 'newsletter'],
    ['Deja un comentario', 'comment-form'],
    ['Noticias relacionadas', 'related'],
    ['Publicidad', 'advert'],
    ['Inicio', 'navigation'],
    ['Etiquetas: lluvias, puerto', 'tags'],
  ],
  ar: [
    ['يستخدم هذا الموقع ملفات تعريف الارتباط', 'cookies'],
    ['اشترك في النشرة البريدية', 'newsletter'],
    ['أضف تعليق', 'comment-form'],
    ['اقرأ أيضا', 'related'],
    ['إعلان', 'advert'],
    ['الرئيسية', 'navigation'],
    ['تابعنا', 'navigation'],
    ['جميع الحقوق محفوظة © 2024', 'copyright'],
    ['التعليقات', 'comment-form'],
  ],
};

const BODY: Record<string, string[]> = {
  en: ['The bakery gave away cookies to every child who came to the reopening.', 'Subscribers to the local paper rose for the first time in a decade.'],
  fr: ['Le maire a laissé un commentaire sur la décision du conseil, selon la préfecture.', 'La publicité du festival a coûté trois mille euros à la commune.'],
  de: ['Die Anzeige gegen den Betreiber wurde am Montag von der Polizei aufgenommen.', 'Der Autor des Berichts sprach von einem langen Winter für die Fischer.'],
  es: ['El comentario del ministro provocó protestas en el puerto durante dos días.', 'Las noticias de la inundación llegaron tarde a los pueblos del valle.'],
  ar: ['إعلان الحكومة عن خطة جديدة للمياه جاء بعد أسابيع من الجفاف في المنطقة.', 'قال المسؤولون إن التعليقات على المشروع ستنشر الأسبوع المقبل.'],
};

for (const [language, cases] of Object.entries(FURNITURE)) {
  test(`furniture lines in ${language} are claimed by their rule`, () => {
    for (const [line, reason] of cases) assert.equal(reasonOf(line), reason, `${language}: ${line}`);
  });
  test(`body lines in ${language} that share furniture words stay body`, () => {
    for (const line of BODY[language]) assert.equal(reasonOf(line), null, `${language}: ${line}`);
  });
}

test('the article stretch bridges a short list and a credit between paragraphs, not a long menu', () => {
  const menu = ['World', 'Business', 'Sport', 'Culture', 'Science', 'Travel', 'Weather', 'Video', 'Opinion', 'Podcasts'];
  const text = [
    'Harbour reopens after the storm',
    'The harbour reopened on Tuesday after nine days in which no boat could leave, the port authority said.',
    'Fishing crews spent the morning checking nets and engines before the first boats went out at noon.',
    'What was repaired',
    'The north pier',
    'The fuel dock',
    'The harbour master said the repairs cost less than feared and that the insurers had already paid.',
    'Boats from the islands are expected back by the weekend, when the ferry timetable returns to normal.',
    ...menu,
    'A short teaser about the football club that has nothing to do with the harbour at all.',
  ].join('\n');
  const lines = classifyLines(splitLines(text));
  const main = chooseMainRun(findProseRuns(lines));
  assert.deepEqual([main?.first, main?.last], [1, 7]);
  const result = extractText(text);
  assert.ok(result.paragraphs.some((p) => p.text === 'The fuel dock'), 'a list inside the article is kept');
  assert.ok(!result.paragraphs.some((p) => p.text === 'Sport'), 'the menu after it is not');
});

test('a teaser cut off with an ellipsis is not a paragraph', () => {
  const text = [
    'The council approved the new bridge on Monday after three years of debate between the two towns.',
    'Work will start in spring and should take two years, the engineers told the meeting.',
    'Latest from the region',
    'Farmers in the valley say the dry summer has cut the harvest by a third and they want…',
    'Schools will close early on Friday because of the heat, the district announced in a...',
  ].join('\n');
  const result = extractText(text);
  assert.equal(result.paragraphs.length, 2);
});

test('a line printed twice in a row is collapsed; a question that recurs later in the article is kept', () => {
  const q = 'What did you cook first?';
  const text = [
    'Three cooks from the coast told us how they began and what they still make at home every week.',
    'The photo caption repeats below the picture.',
    'The photo caption repeats below the picture.',
    q,
    'Fish soup, because my grandmother made it every Friday and I wanted to keep doing that.',
    'Next we spoke to a baker who runs a small shop near the station and opens at five.',
    'She learned the trade from her uncle and took over the ovens when he retired.',
    q,
    'Bread, of course, and a very bad cake that nobody in the family has let me forget since.',
  ].join('\n');
  const result = extractText(text);
  assert.equal(result.paragraphs.filter((p) => p.text === q).length, 2);
  assert.equal(result.paragraphs.filter((p) => p.text.startsWith('The photo caption')).length, 1);
  assert.ok(result.dropped.some((d) => d.reason === 'repeated'));
});
