import { createHash } from 'node:crypto';
import type { Page, PageKind } from '../model.js';

/** A page's id is the hash of its decoded content, so the same page read twice is the same page. */
export function pageId(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex').slice(0, 16);
}

export function makePage(fields: { content: string; kind: PageKind; source: string; encoding: string; url?: string; given?: Page['given'] }): Page {
  const page: Page = { id: pageId(fields.content), source: fields.source, kind: fields.kind, content: fields.content, encoding: fields.encoding };
  if (fields.url) page.url = fields.url;
  if (fields.given && (fields.given.title || fields.given.published)) page.given = fields.given;
  return page;
}

/** Content that looks like markup is read as HTML whatever the file is called. */
export function sniffKind(content: string): PageKind {
  const head = content.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body)[\s>]/.test(head) ? 'html' : 'text';
}
