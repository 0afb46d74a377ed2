import { printJson, withStore, type CommonOptions } from './context.js';

export function storiesCommand(options: CommonOptions): void {
  withStore(options, (store) => {
    const stories = store.stories().map((s) => ({ id: s.id, label: s.label, pages: s.pageIds.length, events: store.eventCount(s.id) }));
    if (options.json) return printJson(stories);
    if (!stories.length) {
      process.stdout.write(`no stories in ${options.db} yet: run 'newsline ingest <files or folders>'\n`);
      return;
    }
    for (const s of stories) process.stdout.write(`${s.id}  ${String(s.pages).padStart(4)} page(s)  ${String(s.events).padStart(4)} event(s)  ${s.label}\n`);
  });
}
