// Builders for small inputs we write ourselves.
import type { AnalyzedArticle, Mention, SentenceDate } from '../src/model.js';
import { joinParagraphs } from '../src/extract/paragraphs.js';
import { splitSentences } from '../src/analyze/sentences.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ArticleSpec {
  pageId: string;
  title?: string;
  published?: string;
  paragraphs: string[];
  /** Date of each sentence in order; undefined entries fall back to the publication date. */
  dates?: (SentenceDate | null | undefined)[];
  /** Mentions by surface text: every occurrence gets the entity id. */
  entities?: Record<string, string>;
}

export function article(spec: ArticleSpec): AnalyzedArticle {
  const { text, paragraphs } = joinParagraphs(spec.paragraphs.map((t) => ({ text: t })));
  const published = spec.published ? { value: spec.published, granularity: 'day' as const, evidence: { source: 'given', text: spec.published }, confidence: 1 } : null;
  const sentences = splitSentences(paragraphs).map((span, index) => {
    const stext = text.slice(span.start, span.end);
    const mentions: Mention[] = [];
    for (const [surface, entityId] of Object.entries(spec.entities ?? {})) {
      let at = stext.indexOf(surface);
      while (at >= 0) {
        mentions.push({ kind: entityId.startsWith('actor:') ? 'actor' : 'place', text: surface, start: span.start + at, end: span.start + at + surface.length, entityId, confidence: 1 });
        at = stext.indexOf(surface, at + surface.length);
      }
    }
    const given = spec.dates?.[index];
    const date: SentenceDate | null = given !== undefined ? given : published ? { value: published.value, granularity: 'day', from: 'publication' } : null;
    return { index, text: stext, start: span.start, end: span.end, paragraph: span.paragraph, timeRefs: [], date, mentions };
  });
  return {
    pageId: spec.pageId,
    title: spec.title ?? null,
    site: null,
    author: null,
    language: 'en',
    published,
    text,
    paragraphs,
    dropped: [],
    sentences,
    places: [],
    actors: [],
  };
}

export const SEEDS_DIR = resolve('..', 'shared', 'seeds');
/** Tests on the real seed pages run where ../shared is beside the project, and say so where it is not. */
export const seedsSkip = existsSync(SEEDS_DIR) ? false : `../shared/seeds not found at ${SEEDS_DIR}: seed tests skipped`;
export const EXAMPLES_DIR = resolve('examples');
