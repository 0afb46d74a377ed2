import type { Page, PageError } from '../model.js';

/** What reading a source yields: a page, an error that names the input, or a file passed over on purpose. */
export type IngestItem = { page: Page } | { error: PageError } | { skipped: { source: string; reason: string } };
