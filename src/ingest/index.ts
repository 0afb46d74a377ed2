export type { IngestItem } from './types.js';
export { listFiles, readFile, isSupportedFile } from './files.js';
export { readJsonl } from './jsonl.js';
export { decodeBytes, MAX_PAGE_BYTES } from './decode.js';
export { pageId, makePage } from './page.js';
