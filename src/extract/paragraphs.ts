import type { Paragraph } from '../model.js';

/** Lays paragraphs out as one article text, separated by blank lines, with each one's offsets into it. */
export function joinParagraphs(items: { text: string; line?: number }[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const item of items) {
    if (text) text += '\n\n';
    const p: Paragraph = { text: item.text, start: text.length, end: text.length + item.text.length };
    if (item.line !== undefined) p.line = item.line;
    paragraphs.push(p);
    text += item.text;
  }
  return { text, paragraphs };
}
