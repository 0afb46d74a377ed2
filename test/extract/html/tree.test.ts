import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml, textOf, type HtmlElement, type HtmlNode } from '../../../src/extract/html/dom.js';
import { normaliseSpace, textBlocks, visibleChars } from '../../../src/extract/html/blocks.js';
import { furnitureReason } from '../../../src/extract/html/boilerplate.js';

function byName(elements: HtmlElement[], name: string): HtmlElement {
  const found = elements.find((el) => el.name === name);
  assert.ok(found, `no <${name}> in the tree`);
  return found;
}

/** Visible characters counted the slow way, by walking the finished tree. */
function walkedChars(node: HtmlNode): number {
  if (node.type === 'text') return node.data.length;
  if (node.type !== 'tag' || ['script', 'style', 'noscript', 'template', 'head', 'title'].includes(node.name)) return 0;
  return node.children.reduce((n, child) => n + walkedChars(child), 0);
}

test('the parse sums each element’s visible text as it closes it, leaving scripts, styles and the head out', () => {
  const { document, elements } = parseHtml(
    '<html><head><title>Ferry timetable</title><style>p{}</style></head><body><div id="a"><p>The ferry leaves at <b>nine</b>.</p>' +
      '<script>var x = 1;</script><noscript>turn scripts on</noscript><p>Tickets &amp; passes at the pier.</p></div></body></html>',
  );
  for (const el of elements) assert.equal(visibleChars(el), walkedChars(el), `<${el.name}>`);
  assert.equal(visibleChars(document), document.children.reduce((n, c) => n + walkedChars(c), 0));
  // The entity splits the text into several parser events; the tree holds one text node.
  const second = elements.filter((el) => el.name === 'p')[1];
  assert.equal(second.children.length, 1);
  assert.equal(textOf(second), 'Tickets & passes at the pier.');
});

test('a page cut off by its nesting still has complete text lengths for what was read', () => {
  const html = '<body><section><p>Storm warning for the north coast tonight.</p>' + '<div>'.repeat(5000) + 'deep text</body>';
  const { elements, truncated } = parseHtml(html);
  assert.equal(truncated, true);
  const section = byName(elements, 'section');
  assert.equal(visibleChars(section), walkedChars(section));
  assert.ok(visibleChars(section) >= 'Storm warning for the north coast tonight.'.length);
});

test('the elements come out in page order, svg subtrees left out', () => {
  const { elements } = parseHtml('<body><header><h1>Title</h1></header><svg><g><path/></g></svg><main><p>x</p></main></body>');
  assert.deepEqual(
    elements.map((el) => el.name),
    ['body', 'header', 'h1', 'main', 'p'],
  );
});

test('spacing is normalised the same whether or not the text needed it', () => {
  const samples = [
    'Plain words with single spaces.',
    '  leading and trailing  ',
    'double  space',
    'tab\tand\nnewline',
    'no\u00a0break and\u200bzero width',
    'wide\u3000space and\u2003em space',
    '\ufeffmarked start',
    'ends with a newline\n',
    'Überall ünïcödé wörds — fine',
    '',
    ' ',
  ];
  const reference = (t: string) => t.replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/g, ' ').trim();
  for (const s of samples) assert.equal(normaliseSpace(s), reference(s), JSON.stringify(s));
});

test('class and id words are read together: a body mark in either clears the element', () => {
  const { elements } = parseHtml(
    '<body><div class="related-links" id="story-body"><p>a</p></div><div class="wrap" id="sidebar-nav"><p>b</p></div>' +
      '<div class="share-tools" id="footer-nav"><p>c</p></div></body>',
  );
  const divs = elements.filter((el) => el.name === 'div');
  assert.equal(furnitureReason(divs[0], true), null);
  assert.equal(furnitureReason(divs[1], true), 'class:sidebar-nav');
  // The class words come first when both name furniture.
  assert.equal(furnitureReason(divs[2], true), 'class:share-tools');
});

test('blocks read from the tree keep their text and owners', () => {
  const { document } = parseHtml('<body><article><p>The council voted <a href="/v">seven to two</a> to reopen the pier.</p><ul><li>Cost: £2m</li></ul></article></body>');
  const blocks = textBlocks(document, true);
  assert.deepEqual(
    blocks.map((b) => [b.tag, b.text, b.linkChars]),
    [
      ['p', 'The council voted seven to two to reopen the pier.', 'seventotwo'.length],
      ['li', 'Cost: £2m', 0],
    ],
  );
});
