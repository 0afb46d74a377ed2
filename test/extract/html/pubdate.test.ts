import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { dateFromUrl, publishedDate, publishedDateFromHtml } from '../../../src/extract/html/pubdate.js';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

function both(html: string, url?: string): (string | null)[] {
  const { document } = parseHTML(html);
  return [publishedDateFromHtml(html, 'mdy', url)?.value ?? null, publishedDate(document as never, 'mdy', url)?.value ?? null];
}

test('url: a full day in the address wins, an archive timestamp does not count', () => {
  assert.equal(dateFromUrl('https://paper.example/2019/03/07/flood-warning/')?.value, '2019-03-07');
  assert.equal(dateFromUrl('https://blog.example/2021/10/3-questions-for-the-mayor/'), null);
  assert.equal(dateFromUrl('https://web.archive.org/web/20120611024252/http://news.example/story'), null);
});

test('json-ld: datePublished is taken, dateModified is not', () => {
  const html = page('<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2020-05-09","datePublished":"2020-05-02T08:00:00Z"}</script>', '<p>Text</p>');
  assert.deepEqual(both(html), ['2020-05-02', '2020-05-02']);
});

test('meta: the published tag beats the modified one whatever their order', () => {
  const html = page('<meta property="article:modified_time" content="2018-06-30"><meta property="article:published_time" content="2018-06-01T10:00">', '');
  assert.deepEqual(both(html), ['2018-06-01', '2018-06-01']);
});

test('time: a <time> marked as updated is skipped', () => {
  const html = page('', '<time class="updated" datetime="2016-02-20">Feb 20</time><time datetime="2016-02-11">Feb 11</time>');
  assert.deepEqual(both(html), ['2016-02-11', '2016-02-11']);
});

test('byline: a date split over several tags is read whole, and dotted dates are day first', () => {
  assert.equal(publishedDateFromHtml(page('', '<div class="post-date"><span>Mar</span><span>14</span><span>2012</span></div>'), 'mdy')?.value, '2012-03-14');
  assert.equal(publishedDateFromHtml(page('', '<span class="datum">04.11.2021</span>'), 'mdy')?.value, '2021-11-04');
});

test('text: a dateline is taken, a date inside a sentence or a copyright line is not', () => {
  assert.equal(publishedDateFromHtml(page('', '<p>12 June 2015</p><p>The fair opens on 3 July 2015 and runs for a week.</p>'), 'dmy')?.value, '2015-06-12');
  assert.equal(publishedDateFromHtml(page('', '<p>The annual fair in the old market hall of the town opens on 3 July 2015.</p><p>© 2015 Town Hall</p>'), 'dmy'), null);
});

test('a page with no date has none', () => {
  assert.deepEqual(both(page('<title>About us</title>', '<p>We sell bicycles.</p>')), [null, null]);
});

test('visibleLater: a byline under the headline that is later than the metadata wins; an earlier one does not', () => {
  const later = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-02T09:00:00Z"}</script>',
    '<h1>Bridge reopens</h1><div class="article-date">9 March 2021</div><p>Traffic is back.</p>');
  assert.deepEqual(both(later), ['2021-03-09', '2021-03-09']);
  const earlier = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-09T09:00:00Z"}</script>',
    '<h1>Bridge reopens</h1><div class="teaser-date">2 March 2021</div><p>Traffic is back.</p>');
  assert.deepEqual(both(earlier), ['2021-03-09', '2021-03-09']);
});

test('visibleLater: a date in the site header, before the headline, is not the article\'s', () => {
  const html = page('<meta property="article:published_time" content="2019-05-14T08:00:00+02:00">',
    '<div class="header-date">Friday, 17 May 2019</div><h1>Council votes</h1><p>The vote was close.</p>');
  assert.deepEqual(both(html), ['2019-05-14', '2019-05-14']);
});

test('genericMeta: a bare date tag gives way to the visible byline but is used when nothing else dates the page', () => {
  assert.equal(publishedDateFromHtml(page('<meta name="date" content="2020-06-03">', '<span class="byline-date">1 June 2020</span>'), 'dmy')?.value, '2020-06-01');
  assert.equal(publishedDateFromHtml(page('<meta name="date" content="2020-06-03">', '<p>Opening hours</p>'), 'dmy')?.value, '2020-06-03');
});

test('revisionText: a page whose only date is its last revision gets that date, a publication still beats it', () => {
  assert.equal(publishedDateFromHtml(page('', '<p>Our services</p><p class="info">Last updated: 14.02.2018</p>'), 'dmy')?.value, '2018-02-14');
  assert.equal(publishedDateFromHtml(page('', '<p>3 May 2017</p><p class="info">Last updated: 14.02.2018</p>'), 'dmy')?.value, '2017-05-03');
});

test('url: a day-first date as a whole path segment', () => {
  assert.equal(dateFromUrl('https://charity.example/press/releases/29-10-2021')?.value, '2021-10-29');
  assert.equal(dateFromUrl('https://charity.example/press/31-02-2021'), null);
});

test('text: a long paragraph that opens with its date counts, one that names a date later on does not', () => {
  const long = 'The river rose through the night and the old quarter was cleared before dawn. '.repeat(5);
  assert.equal(publishedDateFromHtml(page('', `<p>7.3.2022 - ${long}</p>`), 'dmy')?.value, '2022-03-07');
  assert.equal(publishedDateFromHtml(page('', `<p>${long} It happened on 7.3.2022.</p>`), 'dmy'), null);
});

test('text: a date stamped with a clock time passes a stale copyright year, a bare future date does not', () => {
  assert.equal(publishedDateFromHtml(page('', '<p>5. November 2021, 10:39 Uhr</p><p>© 2015 Verlag</p>'), 'dmy')?.value, '2021-11-05');
  assert.equal(publishedDateFromHtml(page('', '<p>5. November 2021</p><p>© 2015 Verlag</p>'), 'dmy'), null);
});

test('signals: microdata on any element names the publication, the DOM walk and the stream agree', () => {
  const html = page('', '<h1>Harvest</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span><p>Grapes.</p>');
  assert.deepEqual(both(html), ['2022-01-28', '2022-01-28']);
});

test('namedMeta: a site-specific meta that says uploaded or published is read when nothing else dates the page', () => {
  const html = page('<meta property="gallery:uploaded" content="2014-03-09T07:15:00-05:00"><meta property="gallery:updated" content="2015-01-01T00:00:00Z">', '<p>A photo of a lake.</p>');
  assert.deepEqual(both(html), ['2014-03-09', '2014-03-09']);
});

test('scriptData: a publication field in the page state script is read, a modified one is not', () => {
  const state = '<script type="application/json">{"review":{"updatedDate":"2018-02-02T10:00:00Z","publishedDate":"2018-01-30T09:12:00Z"}}</script>';
  assert.deepEqual(both(page('', `<p>Great service.</p>${state}`)), ['2018-01-30', '2018-01-30']);
});

test('scriptData: a date handed to a date-printing call is read', () => {
  const html = page('', '<td class="cell"><script>printDate("2021/06/05 08:30:00")</script> views 12</td>');
  assert.deepEqual(both(html), ['2021-06-05', '2021-06-05']);
});

test('titleDate: a relative label keeps its exact instant in the tooltip', () => {
  const html = page('', '<div class="item-time-ago" title="2019-11-23T18:40:00Z">3 hours ago</div><p>The bridge reopened.</p>');
  assert.deepEqual(both(html), ['2019-11-23', '2019-11-23']);
});

test('imageUrl: a dated upload folder in the share image dates an otherwise undated page', () => {
  const html = page('<meta property="og:image" content="https://org.example/files/2017/09/21/report-cover.png">', '<p>Our yearly report.</p>');
  assert.deepEqual(both(html), ['2017-09-21', '2017-09-21']);
});

test('copyrightStamp: a copyright line is a date only when stamped with a clock time', () => {
  assert.equal(publishedDateFromHtml(page('', '<p>Safety sheets on request.</p><footer><p>Copyright © 03.02.2020 - 09:41 h by Example Ltd.</p></footer>'), 'dmy')?.value, '2020-02-03');
  assert.equal(publishedDateFromHtml(page('', '<p>Safety sheets on request.</p><footer><p>Copyright © 2020 Example Ltd.</p></footer>'), 'dmy'), null);
});

test('a URL that names its month in letters gives the day', () => {
  assert.equal(dateFromUrl('https://paper.example/world/2013/aug/02/harbour-reopens')?.value, '2013-08-02');
  assert.equal(dateFromUrl('https://paper.example/2005/Nov/28/local/council-vote')?.value, '2005-11-28');
  assert.equal(dateFromUrl('https://paper.example/2013/feb/30/not-a-day'), null);
});
