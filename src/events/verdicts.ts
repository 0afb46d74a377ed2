// The event layer's per-sentence reading (is it a report of a happening, and of what kind), made once per
// page when it is analysed, so that the story updates that follow (and every rebuild of a merged story)
// read it rather than run the rules again: the rules are the costliest part of placing a sentence.
import type { AnalyzedArticle, Sentence, SentenceVerdict } from '../model.js';
import { eventVerdict, type EventVerdict } from './event-like.js';
import { classifyEvent, type EventKind } from './types.js';

/** The article with every dated sentence's verdict and kind attached. */
export function withVerdicts(article: AnalyzedArticle): AnalyzedArticle {
  return {
    ...article,
    sentences: article.sentences.map((s) => {
      if (!s.date) return s;
      const v = eventVerdict(s);
      const kind = classifyEvent(s.text);
      const verdict: SentenceVerdict = { ...v, type: kind.type, subType: kind.subType };
      return { ...s, verdict };
    }),
  };
}

/** A sentence's verdict: the one made at analysis, or made now for a page analysed without. */
export function verdictOf(s: Sentence): EventVerdict {
  if (!s.verdict) return eventVerdict(s);
  const { type: _type, subType: _subType, ...v } = s.verdict;
  return v as EventVerdict;
}

/** A sentence's ACLED kind, as verdictOf. */
export function kindOf(s: Sentence): Pick<EventKind, 'type' | 'subType'> {
  return s.verdict ? { type: s.verdict.type as EventKind['type'], subType: s.verdict.subType as EventKind['subType'] } : classifyEvent(s.text);
}
