import { storyBundle } from '../pipeline.js';
import { formatDate } from '../export/escape.js';
import { buildTimeline, SCREEN_ENTRIES } from '../summarize/index.js';
import { pickStory, printJson, withStore, type CommonOptions } from './context.js';

export interface TimelineCommandOptions extends CommonOptions {
  dates?: number;
  perDate?: number;
  limit?: number;
  all?: boolean;
  sources?: boolean;
}

/** The bounds a text gave ('since March', 'before Friday'): 'between 2017-03-01 and 2017-03-09', 'not before 2017-03-01'. */
function intervalNote(e: { earliest?: string; latest?: string }): string {
  if (e.earliest && e.latest) return `between ${e.earliest} and ${e.latest}`;
  if (e.earliest) return `not before ${e.earliest}`;
  if (e.latest) return `not after ${e.latest}`;
  return '';
}

export function timelineCommand(storyKey: string | undefined, options: TimelineCommandOptions): void {
  withStore(options, (store) => {
    const story = pickStory(store, storyKey);
    // A screenful by default: the most significant entries, in date order; --all (or --json) keeps every one.
    const limit = options.all || options.json || options.dates !== undefined || options.perDate !== undefined ? options.limit : options.limit ?? SCREEN_ENTRIES;
    // One bundle (it loads every page of the story); the screenful is cut from its timeline.
    const full = storyBundle(store, story.id, { dates: options.dates, perDate: options.perDate })!;
    const total = full.timeline.entries.length;
    const bundle = limit === undefined ? full : { ...full, timeline: buildTimeline(story.id, full.timeline.entries, { limit }) };
    if (options.json) return printJson({ story: bundle.story, timeline: bundle.timeline.entries, summary: bundle.summary.sentences });
    const out = process.stdout;
    const shown = bundle.timeline.entries.length < total ? ` (the ${bundle.timeline.entries.length} most significant shown; --all for every one)` : '';
    out.write(`${bundle.story.label}\n${bundle.story.id} · ${bundle.story.pageIds.length} page(s) · ${total} timeline entries${shown}\n\n`);
    let lastDate = '';
    for (const e of bundle.timeline.entries) {
      const date = formatDate(e.date, e.granularity);
      const head = date === lastDate ? ''.padEnd(date.length) : date;
      lastDate = date;
      const pages = e.independentSources ?? new Set(e.sources.map((s) => s.pageId)).size;
      const flags = [`${pages} source${pages === 1 ? '' : 's'}`, e.subType || (e.type !== 'Other' ? e.type : ''), e.fatalities ? `${e.fatalities.value} killed` : '', intervalNote(e), e.dateFromPublication ? 'date of publication' : '', e.disagreements.length ? 'sources disagree' : '']
        .filter(Boolean)
        .join(', ');
      out.write(`${head}  ${e.text}\n${''.padEnd(date.length)}  [${flags}]\n`);
      for (const d of e.disagreements) out.write(`${''.padEnd(date.length)}  ! ${d.kind}: ${d.values.map((v) => v.value).join(' vs ')}\n`);
      if (options.sources) for (const s of e.sources) out.write(`${''.padEnd(date.length)}    - ${s.site ?? s.source} (${s.source}, sentence ${s.sentence + 1})\n`);
    }
    if (bundle.summary.sentences.length) {
      out.write(`\nSummary\n`);
      for (const s of bundle.summary.sentences) out.write(`  ${s.text} (${s.site ?? s.source})\n`);
    }
  });
}
