// Building a StoryBundle reads every article of the story: seconds on a story of thousands of
// pages. Bundles are kept per story until an upload changes the store, so each request after
// the first only slices what is already built.
import type { StoryBundle } from '../model.js';

/** Enough for the stories people have open at once; a bundle of 5,000 pages is tens of MB. */
const MAX_BUNDLES = 8;
/**
 * Serialised answers kept: the story page's first screen and the pin filters people click are
 * asked for again and again; each is tens of KB, so a few hundred stay well under 100 MB.
 */
const MAX_ANSWERS = 512;

export class BundleCache {
  private bundles = new Map<string, StoryBundle>();
  private answers = new Map<string, string>();
  private generation = 0;

  constructor(private build: (storyId: string) => StoryBundle | undefined) {}

  get(storyId: string): StoryBundle | undefined {
    const hit = this.bundles.get(storyId);
    if (hit) {
      // Re-inserting keeps the Map in least-recently-used order.
      this.bundles.delete(storyId);
      this.bundles.set(storyId, hit);
      return hit;
    }
    const bundle = this.build(storyId);
    if (!bundle) return undefined;
    this.bundles.set(bundle.story.id, bundle);
    if (storyId !== bundle.story.id) this.bundles.set(storyId, bundle);
    while (this.bundles.size > MAX_BUNDLES) this.bundles.delete(this.bundles.keys().next().value!);
    return bundle;
  }

  /**
   * The JSON text of one answer drawn from the bundles, made once per store version: slicing and
   * serialising a page of a 5,000-page story costs milliseconds, sending kept text almost nothing.
   */
  answer(key: string, make: () => unknown): string {
    const hit = this.answers.get(key);
    if (hit !== undefined) return hit;
    const text = JSON.stringify(make());
    this.answers.set(key, text);
    while (this.answers.size > MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
    return text;
  }

  /** Called after any write: every bundle may be stale. */
  invalidate(): void {
    this.bundles.clear();
    this.answers.clear();
    this.generation++;
  }

  get version(): number {
    return this.generation;
  }
}
