// Article -> sentences with their time expressions, dates, places and actors.
import type { Actor, AnalyzedArticle, Article, Mention, Place, Sentence } from '../model.js';
import { splitSentences } from './sentences.js';
import { tagTime, eventDates } from './time/index.js';
import { findPlaces } from './places/resolve.js';
import type { Gazetteer } from './places/gazetteer.js';
import { actorEntityId, findActors, type ActorTable } from './entities/actors.js';

export interface AnalyzeResources {
  gazetteer: Gazetteer;
  actors: ActorTable;
}

function within(span: { start: number; end: number }, s: { start: number; end: number }): boolean {
  return span.start >= s.start && span.start < s.end;
}

export function analyzeArticle(article: Article, resources: AnalyzeResources): AnalyzedArticle {
  const anchor = article.published ? { value: article.published.value, granularity: article.published.granularity } : null;
  const timeRefs = tagTime(article.text, anchor, { language: article.language });
  const actorHits = findActors(article.text, resources.actors);
  const placeHits = findPlaces(article.text, resources.gazetteer, { exclude: actorHits.mentions });
  const mentions: Mention[] = [...actorHits.mentions, ...placeHits.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const sentences: Sentence[] = splitSentences(article.paragraphs).map((span, index) => {
    const refs = timeRefs.filter((t) => within(t, span));
    return {
      index,
      text: article.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      paragraph: span.paragraph,
      timeRefs: refs,
      date: null,
      mentions: mentions.filter((m) => within(m, span)),
    };
  });
  // Dated together, in order: a sentence with no date of its own takes the one of the happening it continues.
  eventDates(sentences, anchor).forEach((date, i) => { sentences[i].date = date; });
  const byId = <T extends { id: string }>(items: T[]) => [...new Map(items.map((x) => [x.id, x])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const places: Place[] = byId(placeHits.places);
  // An article's actors carry the id their mentions and events use, not the table's slug.
  const actors: Actor[] = byId(actorHits.actors.map((a) => ({ ...a, id: actorEntityId(a.id) })));
  return { ...article, sentences, places, actors };
}
