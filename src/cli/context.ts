// What every command shares: the store it opens and how it prints.
import { openStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import type { StoredStory } from '../store/store.js';

export const DEFAULT_DB = process.env.NEWSLINE_DB ?? 'newsline.db';

export interface CommonOptions {
  db: string;
  json?: boolean;
}

export class UserError extends Error {}

export function withStore<T>(options: CommonOptions, run: (store: Store) => T): T {
  const store = openStore(options.db);
  try {
    return run(store);
  } finally {
    store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** The story a command is about: the one named (id or id prefix), else the one with the most pages. */
export function pickStory(store: Store, key: string | undefined): StoredStory {
  if (key) {
    const story = store.story(key);
    if (!story) throw new UserError(`no story '${key}' in this database (see 'newsline stories')`);
    return story;
  }
  const stories = store.stories();
  if (!stories.length) throw new UserError("the database holds no stories yet: run 'newsline ingest <files or folders>' first");
  return bySize(stories)[0];
}

export function storiesOrAll(store: Store, key: string | undefined): StoredStory[] {
  if (key) return [pickStory(store, key)];
  const stories = store.stories();
  if (!stories.length) throw new UserError("the database holds no stories yet: run 'newsline ingest <files or folders>' first");
  return bySize(stories);
}

/** Largest story first: the one a reader most likely came for. */
function bySize(stories: StoredStory[]): StoredStory[] {
  return [...stories].sort((a, b) => b.pageIds.length - a.pageIds.length || (a.id < b.id ? -1 : 1));
}
