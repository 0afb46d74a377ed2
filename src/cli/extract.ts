import type { Article } from '../model.js';
import { readFile } from '../ingest/index.js';
import { Fetcher } from '../ingest/fetch.js';
import { isHttpUrl } from '../ingest/url.js';
import { readUrls } from '../ingest/web.js';
import { extractPage } from '../extract/index.js';
import { printJson, UserError } from './context.js';

function print(article: Article, format: string): void {
  if (format === 'json') printJson(article);
  else if (format === 'md') {
    process.stdout.write(`# ${article.title ?? '(untitled)'}\n\n`);
    const meta = [article.site, article.author, article.published?.value].filter(Boolean).join(' · ');
    if (meta) process.stdout.write(`_${meta}_\n\n`);
    process.stdout.write(article.text + '\n');
  } else process.stdout.write(`${article.title ?? ''}\n\n${article.text}\n`);
}

/** One page, a file or an http(s) URL, extracted and printed; nothing is stored. */
export async function extractCommand(target: string, options: { format: string }): Promise<void> {
  const items = isHttpUrl(target) ? readUrls([target], { fetcher: new Fetcher() }) : readFile(target);
  for await (const item of items) {
    if ('skipped' in item) throw new UserError(`${item.skipped.source}: ${item.skipped.reason}`);
    if ('error' in item) throw new UserError(`${item.error.source}: ${item.error.message}`);
    print(extractPage(item.page), options.format);
  }
}
