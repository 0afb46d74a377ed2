// One page per line: {url?, title?, published?, html? | text?}.
import { z } from 'zod';
import type { PageError } from '../model.js';
import { makePage } from './page.js';
import type { IngestItem } from './types.js';

const JsonlRecord = z
  .object({
    url: z.string().optional(),
    title: z.string().optional(),
    published: z.string().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
  })
  .refine((r) => (r.html ?? r.text ?? '').trim().length > 0, { message: 'needs a non-empty "html" or "text" field' });

export function* readJsonl(content: string, file: string): Generator<IngestItem> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const source = `${file}#${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      yield { error: { source, message: `not valid JSON: ${(err as Error).message}` } satisfies PageError };
      continue;
    }
    const parsed = JsonlRecord.safeParse(raw);
    if (!parsed.success) {
      yield { error: { source, message: parsed.error.issues.map((x) => `${x.path.join('.') || 'record'}: ${x.message}`).join('; ') } };
      continue;
    }
    const r = parsed.data;
    const isHtml = r.html !== undefined && r.html.trim().length > 0;
    yield {
      page: makePage({
        content: isHtml ? r.html! : r.text!,
        kind: isHtml ? 'html' : 'text',
        source,
        encoding: 'utf-8',
        url: r.url,
        given: { title: r.title, published: r.published },
      }),
    };
  }
}
