import { printJson, UserError, withStore, type CommonOptions } from './context.js';

export function showCommand(key: string, options: CommonOptions & { dropped?: boolean }): void {
  withStore(options, (store) => {
    const page = store.findPage(key);
    if (!page) throw new UserError(`no page '${key}' in ${options.db} (give a page id, an id prefix or the path it was ingested from)`);
    const article = store.article(page.id)!;
    if (options.json) return printJson({ page: { id: page.id, source: page.source, kind: page.kind, encoding: page.encoding, url: page.url }, article });
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
  });
}
