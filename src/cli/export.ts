import { writeFileSync } from 'node:fs';
import { storyBundle } from '../pipeline.js';
import { toJson } from '../export/json.js';
import { toMarkdown } from '../export/markdown.js';
import { toHtmlReport } from '../export/html-report.js';
import { toAcledCsv } from '../export/csv-acled.js';
import { toPlover } from '../export/plover.js';
import { toGeoJson } from '../export/geojson.js';
import { toTimelineJs } from '../export/timelinejs.js';
import type { StoryBundle } from '../model.js';
import type { Store } from '../store/store.js';
import { storiesOrAll, UserError, withStore, type CommonOptions } from './context.js';

export const FORMATS: Record<string, (bundles: StoryBundle[]) => string> = {
  json: toJson,
  md: toMarkdown,
  markdown: toMarkdown,
  html: (b) => toHtmlReport(b),
  'csv-acled': toAcledCsv,
  csv: toAcledCsv,
  plover: toPlover,
  geojson: toGeoJson,
  timelinejs: toTimelineJs,
};

function bundles(store: Store, storyKey: string | undefined): StoryBundle[] {
  return storiesOrAll(store, storyKey).map((s) => storyBundle(store, s.id)!);
}

function write(text: string, out: string | undefined): void {
  if (out) {
    writeFileSync(out, text);
    process.stderr.write(`wrote ${out} (${Buffer.byteLength(text)} bytes)\n`);
  } else process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

export function exportCommand(storyKey: string | undefined, options: CommonOptions & { format: string; out?: string }): void {
  const render = FORMATS[options.format];
  if (!render) throw new UserError(`unknown format '${options.format}' (choose one of: ${Object.keys(FORMATS).join(', ')})`);
  withStore(options, (store) => write(render(bundles(store, storyKey)), options.out));
}

export function reportCommand(storyKey: string | undefined, options: CommonOptions & { out: string }): void {
  withStore(options, (store) => write(toHtmlReport(bundles(store, storyKey)), options.out));
}
