import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText, type TextExtraction } from '../../src/extract/text/index.js';
import { LINE_RULES, isProse, matchLineRule } from '../../src/extract/text/rules.js';
import { splitLines } from '../../src/extract/text/lines.js';
import { classifyLines, chooseMainRun, findProseRuns } from '../../src/extract/text/layout.js';
import {
  authorFromByline,
  datelineDate,
  isByline,
  siteFromDateline,
  siteFromFooter,
  siteFromLeadIn,
  siteFromTitleSuffix,
} from '../../src/extract/text/header.js';

const reasonOf = (line: string) => matchLineRule(line)?.reason ?? null;

// ---- one test per line rule: lines it must claim, and look-alike body lines it must leave alone ----

const RULE_CASES: Record<string, { yes: string[]; no: string[] }> = {
  css: {
    yes: ['@media print { body { color: black } }', 'h2 { font-size: 1.2em; margin: 0 }', '@page { size: A4 }'],
    no: ['The clinic {as it was then called} reopened in May.'],
  },
  script: {
    yes: ['// Promo block - START// Promo block - END', "googletag.cmd.push(function() { googletag.display('slot-2'); });", 'var adSlot = 3;', "window.dataLayer = window.dataLayer || [];"],
    no: ['The committee will vote on the function of the new office next week.'],
  },
  separator: { yes: ['* * *', '______________', '——–'], no: ['A — B'] },
  'doubled-headline': {
    yes: ['Rail strike called off at last minuteRail strike called off at last minute'],
    no: ['Rail strike called off at last minute'],
  },
  copyright: {
    yes: ['© 2024 Coastal Courier', 'Coastal Courier (c) 2023. All rights reserved.', 'Copyright 2019 Example Media Group'],
    no: ['The author holds the rights to the photographs, the court ruled on Friday after a long hearing.'],
  },
  cookies: {
    yes: ['We use cookies to give you the best experience on our site.', 'Accept all cookies'],
    no: ['The bakery sold four hundred cookies before noon.'],
  },
  newsletter: {
    yes: ['Subscribe to our newsletter', 'Sign up for free updates delivered to your inbox.'],
    no: ['Forty countries have signed the treaty so far, officials said.'],
  },
  'share-buttons': { yes: ['Share', 'Tweet', 'Facebook | Twitter | WhatsApp', 'Share this article'], no: ['Share prices fell sharply on Monday.'] },
  'comment-form': {
    yes: [
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      '12 Comments',
      '[ 48 comments ]',
      '7 responses to “Ferry service resumes”',
      'Top Rated Comments',
      'Mara on March 3, 2019 at 9:14 pm said:',
    ],
    no: ['Officials did not reply to requests for comment by Tuesday evening.'],
  },
  advert: { yes: ['Advertisement', '- Advertisement -', 'Sponsored content'], no: ['The advertisement campaign cost the city two million dollars.'] },
  navigation: { yes: ['Skip to main content', 'Home', 'Read more »', 'Coastal Courier Homepage'], no: ['Home prices rose for the third month running.'] },
  'call-to-action': { yes: ['Click here to read the full report.'], no: ['The report was published in full on Tuesday.'] },
  donation: {
    yes: ['Donate now to keep us independent', 'Support independent journalism', 'You can also give via PayPal.'],
    no: ['The charity received a large donation from a local firm last year, its director said.'],
  },
  address: { yes: ['PO Box 118, Springfield', 'Springfield, IL 62701'], no: ['The box office opened at noon.'] },
  tags: { yes: ['Filed Under: Floods, Weather', 'Tags: rail, strikes'], no: ['Rail unions tagged the offer as unacceptable.'] },
  menu: { yes: ['• Sport', '  • Local news'.trim()], no: ['• The council approved the budget after a long debate about the new school building.'] },
  related: {
    yes: [
      'Related links:',
      'Related stories',
      'Top stories',
      'Most popular in the section',
      'Latest news',
      'Popular',
      'À lire aussi',
      'Related coverage from the Valley Desk and our weekend magazine:',
      'More Coastal Courier',
      'More great science stories',
      'Top stories in Sport',
      'You might also enjoy',
    ],
    no: ['Related charges were dropped against the second driver.', 'Latest figures show a drop in crime.', 'More rain is expected on Sunday.'],
  },
  'photo-credit': {
    yes: ['Image 3 of 12', 'Photo: Lee Park, Coastal Courier', 'Image credit: city archive', 'Harbour at dusk. Jo Wells / Getty Images'],
    no: ['The photo was taken from the north pier, the harbour master said.', 'Image rights were at the centre of the dispute, which lasted four years.'],
  },
  'author-box': {
    yes: ['About the author', 'About Jane Roe', 'Über den Autor', 'Sobre el autor'],
    no: ['About 300 people attended the meeting on Friday.', 'About Town'],
  },
};

for (const rule of LINE_RULES) {
  test(`line rule '${rule.reason}'`, () => {
    const cases = RULE_CASES[rule.reason];
    assert.ok(cases, `no cases written for rule ${rule.reason}`);
    for (const line of cases.yes) assert.equal(reasonOf(line), rule.reason, `should be ${rule.reason}: ${line}`);
    for (const line of cases.no) assert.notEqual(reasonOf(line), rule.reason, `should not be ${rule.reason}: ${line}`);
  });
}

test('prose: sentences of a few words or long run-on lines; headlines and buttons are not', () => {
  assert.ok(isProse('The ferry sailed again on Tuesday.'));
  assert.ok(isProse('“We will rebuild,” the mayor said.'));
  assert.ok(!isProse('Ferry service resumes after winter storms'));
  assert.ok(!isProse('Read more.'));
  assert.ok(isProse('the ferry sailed again on tuesday morning after a fortnight of cancellations caused by high winds and operators said the first crossing carried vans and a few cyclists'));
});

test('lines keep their original 1-based numbers across \\r\\n, \\r and \\n', () => {
  const lines = splitLines('one\r\n\r\ntwo\rthree\n  four  ');
  assert.deepEqual(lines, [
    { line: 1, text: 'one' },
    { line: 3, text: 'two' },
    { line: 4, text: 'three' },
    { line: 5, text: 'four' },
  ]);
});

test('the main run is the densest prose, not the teasers after a section heading', () => {
  const lines = classifyLines(
    splitLines(
      [
        'Short label',
        'The first paragraph of the story explains what happened on the river.',
        'A second paragraph adds what the officials said about it afterwards.',
        'Latest news',
        'An unrelated teaser sentence about a football match in another town.',
        'Another teaser that reads like prose, about a concert next weekend.',
      ].join('\n'),
    ),
  );
  const main = chooseMainRun(findProseRuns(lines));
  assert.deepEqual([main?.first, main?.last], [1, 2]);
});

test('header helpers: dateline, byline, sites', () => {
  assert.equal(datelineDate('March 3, 2019 - 09:10 GMT', 'mdy')?.value, '2019-03-03');
  assert.equal(datelineDate('© 2021 Coastal Courier', 'mdy'), null);
  assert.equal(datelineDate('The bridge was opened on 3 March 2019 by the mayor, who spoke about the long delay to the project.', 'mdy'), null);
  assert.ok(isByline('By Jane Roe and Sam Poe'));
  assert.ok(isByline('– photos by Lee Park –'));
  assert.ok(!isByline('Byzantine churches dot the hillside'));
  assert.equal(authorFromByline('By Jane Roe, Staff Writer'), 'Jane Roe');
  assert.equal(authorFromByline('– translated by Lee Park –'), null);
  assert.equal(siteFromDateline('August 21st, 2016 – Coastal Courier –', 'August 21st, 2016'), 'Coastal Courier');
  assert.equal(siteFromDateline('March 3, 2019 - 09:10 GMT', 'March 3, 2019'), null);
  assert.equal(siteFromDateline('editors 03/05/2018', '03/05/2018'), null);
  assert.equal(siteFromLeadIn('Courier.Net - The river rose again overnight.'), 'Courier.Net');
  assert.equal(siteFromLeadIn('Valley News - The river rose again overnight.'), 'Valley News');
  assert.equal(siteFromLeadIn('LISBON - The river rose again overnight.'), null);
  assert.equal(siteFromLeadIn('The river rose again overnight - and fell by noon.'), null);
  assert.equal(siteFromFooter('© 2024 Coastal Courier'), 'Coastal Courier');
  assert.equal(siteFromFooter('Coastal Courier © 2024 All Rights Reserved'), 'Coastal Courier');
  assert.equal(siteFromFooter('Coastal Courier Homepage'), 'Coastal Courier');
  assert.equal(siteFromFooter('© 2024'), null);
  assert.equal(siteFromTitleSuffix('Bridge closed | Coastal Courier', 'Bridge closed'), 'Coastal Courier');
});

// ---- whole pages written for these tests ----

function everyLineAccounted(content: string, r: TextExtraction): void {
  const lines = content.split(/\r\n|\r|\n/);
  const covered = new Set([...r.paragraphs.map((p) => p.line), ...r.dropped.map((d) => d.line)]);
  lines.forEach((l, i) => {
    if (l.trim()) assert.ok(covered.has(i + 1), `line ${i + 1} lost: ${l}`);
  });
  for (const p of r.paragraphs) assert.equal(r.text.slice(p.start, p.end), p.text);
}

const bodyLines = (r: TextExtraction) => r.paragraphs.map((p) => p.line);
const reasonAt = (r: TextExtraction, line: number) => r.dropped.find((d) => d.line === line)?.reason;

const COOKIE_PAGE = [
  'We use cookies to improve your experience. By continuing to browse you accept our cookie policy.', // 1
  'Accept all cookies', // 2
  'Harbour Gazette', // 3
  'Ferry service resumes after winter storms', // 4
  'By Mara Lindqvist', // 5
  'Published 3 March 2021', // 6
  '', // 7
  'The island ferry sailed again on Tuesday morning after a fortnight of cancellations caused by high winds.', // 8
  'Operators said the first crossing carried mostly delivery vans and a handful of commuters.', // 9
  'Repairs to the northern pier are expected to take another month, the harbour master told reporters.', // 10
  '5 Comments', // 11
  'Leave a comment', // 12
  'Your email address will not be published. Required fields are marked *', // 13
  'Post Comment', // 14
  '© 2021 Harbour Gazette. All rights reserved.', // 15
].join('\n');

test('page with a cookie banner, byline and comment form', () => {
  const r = extractText(COOKIE_PAGE);
  everyLineAccounted(COOKIE_PAGE, r);
  assert.equal(r.title, 'Ferry service resumes after winter storms');
  assert.deepEqual(r.titleEvidence, { source: 'line', line: 4, text: 'Ferry service resumes after winter storms' });
  assert.equal(r.author, 'Mara Lindqvist');
  assert.equal(r.published?.value, '2021-03-03');
  assert.equal(r.published?.evidence.line, 6);
  assert.equal(r.site, 'Harbour Gazette');
  assert.equal(r.language, 'en');
  assert.deepEqual(bodyLines(r), [8, 9, 10]);
  assert.equal(reasonAt(r, 1), 'cookies');
  assert.equal(reasonAt(r, 5), 'byline');
  assert.equal(reasonAt(r, 6), 'dateline');
  assert.equal(reasonAt(r, 13), 'comment-form');
  assert.equal(reasonAt(r, 15), 'copyright');
  assert.ok(r.text.startsWith('The island ferry sailed'));
});

const MENU_PAGE = [
  '  • Home', // 1
  '  • World', // 2
  '  • Business', // 3
  'Skip to main content', // 4
  'Dam inspection ordered after cracks found | Riverside Times', // 5
  'Dam inspection ordered after cracks found', // 6
  '04/06/2019', // 7
  'Engineers will inspect the Kelso dam next week after a walker reported cracks along its spillway.', // 8
  'The regional water board said there was no immediate danger to homes downstream.', // 9
  'Advertisement', // 10
  'A full report is due by the end of the summer, a spokesperson added.', // 11
  'Related stories', // 12
  'Water board raises charges for the third year running, customers told on 2 May 2019.', // 13
  'Flood defences were completed ahead of schedule in the lower valley.', // 14
  'Contact us', // 15
].join('\r\n');

test('page with a bulleted menu, an advert inside the body and a related list', () => {
  const r = extractText(MENU_PAGE);
  everyLineAccounted(MENU_PAGE, r);
  assert.equal(r.title, 'Dam inspection ordered after cracks found');
  assert.equal(r.site, 'Riverside Times');
  assert.deepEqual(bodyLines(r), [8, 9, 11]);
  assert.equal(reasonAt(r, 1), 'navigation');
  assert.equal(reasonAt(r, 2), 'menu');
  assert.equal(reasonAt(r, 5), 'repeated-title');
  assert.equal(reasonAt(r, 10), 'advert');
  assert.equal(reasonAt(r, 13), 'related');
  // A US-looking .com-less page reads the numeric date month first; a .co.uk address reads it day first.
  assert.equal(r.published?.value, '2019-04-06');
  assert.equal(extractText(MENU_PAGE, { url: 'https://www.riverside.co.uk/news/dam' }).published?.value, '2019-06-04');
});

const FRENCH_PAGE = [
  'Accueil', // 1
  'Le maire inaugure la nouvelle médiathèque', // 2
  'Publié le 16 octobre 2017 à 10h30', // 3
  'Par Claire Dubois', // 4
  'La nouvelle médiathèque du quartier nord a ouvert ses portes samedi devant plusieurs centaines d’habitants.', // 5
  'Le bâtiment, construit en bois local, accueille aussi une salle de concerts et un espace pour les enfants.', // 6
  'Selon la mairie, le chantier a coûté près de quatre millions d’euros, dont la moitié est financée par la région.', // 7
  'Partager', // 8
  'Facebook', // 9
  'À lire aussi', // 10
  'Les travaux du tramway reprennent en novembre dans le centre.', // 11
].join('\n');

test('French page with a day-first dateline', () => {
  const r = extractText(FRENCH_PAGE);
  everyLineAccounted(FRENCH_PAGE, r);
  assert.equal(r.language, 'fr');
  assert.equal(r.title, 'Le maire inaugure la nouvelle médiathèque');
  assert.equal(r.published?.value, '2017-10-16');
  assert.equal(r.author, 'Claire Dubois');
  assert.deepEqual(bodyLines(r), [5, 6, 7]);
  assert.equal(reasonAt(r, 8), 'share-buttons');
  assert.equal(reasonAt(r, 11), 'related');
});

const UNDATED_PAGE = [
  'Volunteers clear the beach after the storm', // 1
  '', // 2
  'Volunteers clear the beach after the storm', // 3
  '', // 4
  'More than two hundred volunteers spent the weekend clearing debris from the town beach.', // 5
  'The storm of 12 January 2018 left the promenade covered in sand and broken fencing.', // 6
  '', // 7
  'OutletWire - a line about something else entirely, which is not part of the story.', // 8
  'Related news', // 9
  'Copyright (c) 2025 Some Publisher', // 10
].join('\n');

test('a page that states no date has none: not the footer year, not a date in the body', () => {
  const r = extractText(UNDATED_PAGE);
  everyLineAccounted(UNDATED_PAGE, r);
  assert.equal(r.published, null);
  assert.equal(r.title, 'Volunteers clear the beach after the storm');
  assert.equal(reasonAt(r, 1), 'title');
  assert.equal(reasonAt(r, 3), 'repeated-title');
  assert.deepEqual(bodyLines(r), [5, 6, 8]);
  assert.equal(reasonAt(r, 9), 'related');
  assert.equal(r.site, 'Some Publisher');
});

test('a given title wins and its copy on the page is dropped', () => {
  const r = extractText(COOKIE_PAGE, { givenTitle: 'Ferry back after storms' });
  assert.equal(r.title, 'Ferry back after storms');
  assert.deepEqual(r.titleEvidence, { source: 'given', text: 'Ferry back after storms' });
  const r2 = extractText(UNDATED_PAGE, { givenTitle: 'Volunteers clear the beach after the storm' });
  assert.equal(reasonAt(r2, 1), 'title');
  assert.equal(r2.titleEvidence?.line, 1);
});

test('a date that opens the first paragraph is the publication date', () => {
  const page = 'Tunnel reopens\n\n12 May 2016 - The tunnel under the bay reopened to traffic this morning after repairs.\nDrivers welcomed the news, officials said.';
  const r = extractText(page);
  assert.equal(r.published?.value, '2016-05-12');
  assert.deepEqual(bodyLines(r), [3, 4]);
});

test('a comment thread after the article is not article text, however sentence-like', () => {
  const page = [
    'Library hours extended',
    'The town library will open until nine on weekdays from next month, the council said.',
    'Staff numbers will rise by two to cover the longer hours.',
    'Leave a Reply',
    'This is great news for students who work during the day, thank you.',
    'About time too, the old hours were far too short for most families.',
  ].join('\n');
  const r = extractText(page);
  assert.deepEqual(bodyLines(r), [2, 3]);
  assert.equal(reasonAt(r, 4), 'comment-form');
  assert.equal(reasonAt(r, 5), 'comments');
  assert.equal(reasonAt(r, 6), 'comments');
});

test('empty and furniture-only pages give no body and lose nothing', () => {
  const empty = extractText('');
  assert.deepEqual([empty.paragraphs, empty.text, empty.title, empty.published, empty.language], [[], '', null, null, 'und']);
  const page = 'Home\nShare\nTweet\n© 2020 Nobody';
  const r = extractText(page);
  assert.equal(r.paragraphs.length, 0);
  assert.equal(r.dropped.length, 4);
});
