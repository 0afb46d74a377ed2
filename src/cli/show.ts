import { printJson, UserError, withStore, type CommonOptions } from './context.js';
import { eventCandidates, type CandidateVerdict } from '../events/index.js';

/** How a sentence's date was found, in a few words: 'on Tuesday', 'from sentence 3', 'page date'. */
function dateNote(c: CandidateVerdict): string {
  const d = c.date;
  if (!d) return '';
  if (d.from === 'expression') return `"${d.text ?? d.value}"`;
  if (d.from === 'context') return `from sentence ${(d.via?.sentence ?? 0) + 1}${d.via ? ` (${d.via.rule})` : ''}`;
  return 'page date';
}

const clip = (text: string, n: number) => (text.length > n ? text.slice(0, n - 1) + '…' : text);

export function showCommand(key: string, options: CommonOptions & { dropped?: boolean }): void {
  withStore(options, (store) => {
    const page = store.findPage(key);
    if (!page) throw new UserError(`no page '${key}' in ${options.db} (give a page id, an id prefix or the path it was ingested from)`);
    const article = store.article(page.id)!;
    const candidates = eventCandidates(article);
    if (options.json) return printJson({ page: { id: page.id, source: page.source, kind: page.kind, encoding: page.encoding, url: page.url }, article, events: candidates });
    const out = process.stdout;
    const published = article.published
      ? `${article.published.value} (from ${article.published.evidence.line ? `line ${article.published.evidence.line}` : article.published.evidence.source}: "${article.published.evidence.text}")`
      : 'none stated';
    out.write(`page      ${page.id}  ${page.source}  (${page.kind}, ${page.encoding})\n`);
    out.write(`title     ${article.title ?? '(none)'}\nsite      ${article.site ?? '(none)'}\nauthor    ${article.author ?? '(none)'}\n`);
    out.write(`language  ${article.language}\npublished ${published}\n`);
    if (article.duplicateOf) out.write(`copy of   ${article.duplicateOf}\n`);
    out.write(`\n--- clean text (${article.paragraphs.length} paragraphs, ${article.sentences.length} sentences) ---\n\n${article.text}\n`);
    out.write(`\n--- dropped (${article.dropped.length}) ---\n`);
    for (const d of article.dropped) {
      const where = d.line !== undefined ? `line ${String(d.line).padStart(3)}` : '';
      const text = d.text.length > 100 ? d.text.slice(0, 99) + '…' : d.text;
      out.write(`${where.padEnd(9)} ${d.reason.padEnd(22)} ${text}\n`);
    }
    const kept = candidates.filter((c) => c.kept).length;
    // Sentence numbers are 1-based here, as a reader counts them; --json keeps the 0-based index.
    out.write(`\n--- events (${kept} sentences kept as reports of a happening, ${candidates.length - kept} left out) ---\n`);
    for (const c of candidates) {
      const no = `s${c.sentence + 1}`.padEnd(5);
      if (c.kept) out.write(`${no} event     ${c.date!.value.padEnd(10)} ${dateNote(c).padEnd(24)} ${clip(c.text, 90)}\n`);
      else out.write(`${no} left out  ${(c.reason ?? '').padEnd(11)}${(c.cue ? `"${clip(c.cue, 22)}"` : '').padEnd(25)} ${clip(c.text, 90)}\n`);
    }
  });
}
