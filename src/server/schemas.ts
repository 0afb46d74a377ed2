// Request and response schemas: Fastify validates requests against them (a wrong type is a 400
// before any handler runs) and @fastify/swagger turns them into /openapi.json.
import { MAX_TIMELINE_LIMIT, DEFAULT_TIMELINE_LIMIT } from './views.js';

/** Pages in one upload: processing runs in the request, so this bounds its work. */
export const MAX_UPLOAD_PAGES = 100;
/** One uploaded page's content, in characters (the file ingest's limit is 20 MB of bytes). */
export const MAX_PAGE_CHARS = 2_000_000;
export const MAX_SEARCH_RESULTS = 100;
export const MAX_QUERY_CHARS = 200;

const id = { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9:_.-]+$' } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;

export const errorSchema = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
  required: ['statusCode', 'error', 'message'],
} as const;

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 413: errorSchema, 415: errorSchema } as const;

export const idParams = { type: 'object', properties: { id }, required: ['id'] } as const;

export const storyQuery = {
  type: 'object',
  properties: {
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_TIMELINE_LIMIT, default: DEFAULT_TIMELINE_LIMIT },
    place: { type: 'string', maxLength: 128 },
    actor: { type: 'string', maxLength: 128 },
  },
  additionalProperties: false,
} as const;

export const searchQuery = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: MAX_QUERY_CHARS },
    limit: { type: 'integer', minimum: 1, maximum: MAX_SEARCH_RESULTS, default: 20 },
  },
  additionalProperties: false,
} as const;

const hit = anyObject;

export const routes = {
  health: {
    summary: 'Liveness and the number of pages in the store',
    response: { 200: { type: 'object', properties: { status: { type: 'string' }, pages: { type: 'integer' } }, required: ['status', 'pages'] } },
  },
  stories: {
    summary: 'The stories; with q, only those with an article matching the words, with the matches',
    querystring: searchQuery,
    response: {
      200: {
        type: 'object',
        properties: {
          query: { type: ['string', 'null'] },
          stories: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, pages: { type: 'integer' }, hits: { type: 'integer' } }, required: ['id', 'label', 'pages'] } },
          hits: { type: 'array', items: hit },
        },
        required: ['stories', 'hits'],
      },
      ...errors,
    },
  },
  search: {
    summary: 'Full-text search (SQLite FTS5) over article titles and texts',
    querystring: { ...searchQuery, required: ['q'] },
    response: { 200: { type: 'object', properties: { query: { type: 'string' }, hits: { type: 'array', items: hit } }, required: ['query', 'hits'] }, ...errors },
  },
  story: {
    summary: 'A story: summary, a page of its timeline (filter by place or actor), places, actors, sources',
    params: idParams,
    querystring: storyQuery,
    response: {
      200: {
        type: 'object',
        properties: { story: anyObject, summary: { type: 'array', items: anyObject }, timeline: anyObject, places: anyObject, actors: anyObject, sources: anyObject },
        required: ['story', 'summary', 'timeline', 'places', 'actors', 'sources'],
      },
      ...errors,
    },
  },
  timeline: {
    summary: 'A page of a story timeline, optionally only the entries at one place or with one actor',
    params: idParams,
    querystring: storyQuery,
    response: { 200: anyObject, ...errors },
  },
  event: {
    summary: 'One timeline entry with its source sentences',
    params: { type: 'object', properties: { id, eventId: id }, required: ['id', 'eventId'] },
    response: { 200: anyObject, ...errors },
  },
  export: {
    summary: 'A story in an export format',
    params: {
      type: 'object',
      properties: { id, format: { type: 'string', enum: ['json', 'md', 'html', 'csv-acled', 'plover', 'geojson', 'timelinejs'] } },
      required: ['id', 'format'],
    },
    response: { 200: { type: 'string' }, ...errors },
  },
  article: {
    summary: 'An article: metadata, clean text (every offset points into it), the dropped lines with their reasons, and each sentence kept as an event or left out with its reason',
    params: idParams,
    response: { 200: anyObject, ...errors },
  },
  upload: {
    summary: 'Ingest pages (needs the token: Authorization: Bearer <NEWSLINE_TOKEN>)',
    security: [{ bearer: [] }],
    body: {
      type: 'object',
      properties: {
        pages: {
          type: 'array',
          minItems: 1,
          maxItems: MAX_UPLOAD_PAGES,
          items: {
            type: 'object',
            properties: {
              source: { type: 'string', maxLength: 1000 },
              url: { type: 'string', maxLength: 2000 },
              title: { type: 'string', maxLength: 1000 },
              published: { type: 'string', maxLength: 100 },
              html: { type: 'string', maxLength: MAX_PAGE_CHARS },
              text: { type: 'string', maxLength: MAX_PAGE_CHARS },
            },
            additionalProperties: false,
          },
        },
      },
      required: ['pages'],
      additionalProperties: false,
    },
    response: { 200: anyObject, ...errors },
  },
} as const;
