// A dateline run into the first sentence ('WASHINGTON (Reuters) - ', 'BEIRUT, Lebanon (AP) — ',
// 'Orontes Daily - '): it says where and by whom the report was filed, not what happened, so an event
// quotes the sentence from after it. The words are still the page's own: only the span starts later.

const DASHED = /^(.{2,60}?)\s+(?:-{1,2}|–|—)\s+(?=["“‘']?\p{Lu})/u;
/** A city in capitals ('DEIR EZ-ZOR'), an optional ', Country', an optional agency in brackets. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{N} .'’-]{2,}(?:,\s*[\p{L} .'’-]{2,30})?(?:\s*(?:\([^()]{1,30}\)|-LRB-\s*[^()]{1,30}?\s*-RRB-))?$/u;

/** How many characters of `text` a dateline lead-in takes (0 when it has none); `site` is the page's outlet. */
export function leadInLength(text: string, site: string | null): number {
  const m = DASHED.exec(text);
  if (!m) return 0;
  const prefix = m[1].trim();
  const isSite = !!site && prefix.toLowerCase() === site.trim().toLowerCase();
  return isSite || DATELINE.test(prefix) ? m[0].length : 0;
}
