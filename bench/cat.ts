// CAT XML (MEANTIME and SemEval-2015 Task 4): tokens in order, event mentions with their anchors,
// the document's id and creation time. One reader for every bench on these corpora.
import { Parser } from 'htmlparser2';

export interface CatToken {
  id: string;
  /** Position in the document. */
  number: number;
  sentence: number;
  text: string;
}

export interface CatMention {
  id: string;
  tokens: string[];
  attrs: Record<string, string>;
}

export interface CatDoc {
  name: string;
  corpus: string;
  /** The Document element's doc_id, '' where absent. */
  docId: string;
  tokens: CatToken[];
  mentions: CatMention[];
  /** The document creation time, YYYY-MM-DD, or null where the file gives none. */
  dct: string | null;
}

/** Reads one CAT file: tokens in order, event mentions with their anchors, the creation-time TIMEX3. */
export function parseCat(xml: string, name: string, corpus: string): CatDoc {
  const tokens: CatToken[] = [];
  const mentions: CatMention[] = [];
  let dct: string | null = null;
  let token: CatToken | null = null;
  let mention: CatMention | null = null;
  let inMarkables = false;
  let docId = '';
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'Document') docId = attrs.doc_id ?? '';
        else if (tag === 'token' && !inMarkables) token = { id: attrs.t_id, number: Number(attrs.number), sentence: Number(attrs.sentence), text: '' };
        else if (tag === 'Markables') inMarkables = true;
        else if (tag === 'EVENT_MENTION' && inMarkables) mention = { id: attrs.m_id, tokens: [], attrs };
        else if (tag === 'token_anchor' && mention) mention.tokens.push(attrs.t_id);
        else if (tag === 'TIMEX3' && attrs.functionInDocument === 'CREATION_TIME' && /^\d{4}-\d{2}-\d{2}/.test(attrs.value ?? '')) dct = attrs.value.slice(0, 10);
      },
      ontext(text) {
        if (token) token.text += text;
      },
      onclosetag(tag) {
        if (tag === 'token' && token) {
          tokens.push(token);
          token = null;
        } else if (tag === 'EVENT_MENTION' && mention) {
          mentions.push(mention);
          mention = null;
        } else if (tag === 'Markables') inMarkables = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  tokens.sort((a, b) => a.number - b.number);
  return { name, corpus, docId, tokens, mentions, dct };
}
