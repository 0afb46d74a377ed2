import { readFile } from '../ingest/index.js';
import { extractPage } from '../extract/index.js';
import { printJson, UserError } from './context.js';

export function extractCommand(file: string, options: { format: string }): void {
  for (const item of readFile(file)) {
    if ('skipped' in item) throw new UserError(`${item.skipped.source}: ${item.skipped.reason}`);
    if ('error' in item) throw new UserError(`${item.error.source}: ${item.error.message}`);
    const article = extractPage(item.page);
    if (options.format === 'json') printJson(article);
    else if (options.format === 'md') {
      process.stdout.write(`# ${article.title ?? '(untitled)'}\n\n`);
      const meta = [article.site, article.author, article.published?.value].filter(Boolean).join(' · ');
      if (meta) process.stdout.write(`_${meta}_\n\n`);
      process.stdout.write(article.text + '\n');
    } else process.stdout.write(`${article.title ?? ''}\n\n${article.text}\n`);
  }
}
