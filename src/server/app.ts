// The HTTP API and the web UI, one Fastify process over one store.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import { STATUS_CODES } from 'node:http';
import type { StoryBundle } from '../model.js';
import type { Store } from '../store/store.js';
import { storyBundle } from '../pipeline.js';
import { toJson } from '../export/json.js';
import { toMarkdown } from '../export/markdown.js';
import { toHtmlReport } from '../export/html-report.js';
import { toAcledCsv } from '../export/csv-acled.js';
import { toPlover } from '../export/plover.js';
import { toGeoJson } from '../export/geojson.js';
import { toTimelineJs } from '../export/timelinejs.js';
import { BundleCache } from './bundle-cache.js';
import { tokenFromHeaders, tokenMatches } from './auth.js';
import { articleView, eventView, hitView, storyView, timelineView, type TimelineQuery } from './views.js';
import { ingestUploaded, type UploadedPage } from './upload.js';
import { routes } from './schemas.js';
import { loadAssets } from './assets.js';

/** Request bodies: 100 pages of ordinary size fit; a bigger upload is split by the client. */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;
/** Slow or stalled clients give their connection back after this long. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface ServerOptions {
  store: Store;
  /** The upload token; uploads are refused (403) when none is set. */
  token?: string;
  /** Reads need the token too when false. */
  openReads?: boolean;
  bodyLimit?: number;
  logger?: boolean;
  /** Build the largest stories' bundles before answering, so no reader waits for the first one. */
  warmStories?: number;
}

/**
 * Security headers on every answer: the CSP allows nothing but this server's own files, so even
 * a page string that slipped through unescaped could not run script or load anything.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const EXPORTS: Record<string, { type: string; ext: string; render: (b: StoryBundle[]) => string }> = {
  json: { type: 'application/json; charset=utf-8', ext: 'json', render: toJson },
  md: { type: 'text/markdown; charset=utf-8', ext: 'md', render: toMarkdown },
  html: { type: 'text/html; charset=utf-8', ext: 'html', render: (b) => toHtmlReport(b) },
  'csv-acled': { type: 'text/csv; charset=utf-8', ext: 'csv', render: toAcledCsv },
  plover: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl', render: toPlover },
  geojson: { type: 'application/geo+json; charset=utf-8', ext: 'geojson', render: toGeoJson },
  timelinejs: { type: 'application/json; charset=utf-8', ext: 'json', render: toTimelineJs },
};

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (what: string, id: string) => new HttpError(404, `no ${what} '${id}'`);

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store } = options;
  const openReads = options.openReads ?? true;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // A bad field is an error, never silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  const cache = new BundleCache((id) => storyBundle(store, id));
  let uploads: Promise<unknown> = Promise.resolve();
  const assets = loadAssets();

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'newsline', version: '0.1.0', description: 'Stories, timelines, places and actors from noisy news pages; every line traced to its sources.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  // Errors answer as JSON; a client's mistake is a 4xx with its reason, anything else a bare 500.
  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error(err);
    reply.status(status).send({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: status === 500 ? 'internal error' : err.message });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
  });

  const requireToken = (req: FastifyRequest) => {
    if (!options.token) throw new HttpError(403, 'uploads are disabled: start the server with NEWSLINE_TOKEN set');
    if (!tokenMatches(tokenFromHeaders(req.headers), options.token)) throw new HttpError(401, 'missing or wrong token (Authorization: Bearer <token>)');
  };
  const readGuard = async (req: FastifyRequest) => {
    if (!openReads) requireToken(req);
  };

  const bundleOf = (id: string) => {
    const bundle = cache.get(id);
    if (!bundle) throw notFound('story', id);
    return bundle;
  };

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/health', { schema: routes.health }, async () => ({ status: 'ok', pages: store.pageCount() }));

  app.get('/api/stories', { schema: routes.stories, preHandler: readGuard }, async (req) => {
    const { q, limit } = req.query as { q?: string; limit: number };
    const all = store.stories().map((s) => ({ id: s.id, label: s.label, pages: s.pageIds.length }));
    if (!q?.trim()) return { query: null, stories: all.sort((a, b) => b.pages - a.pages || (a.id < b.id ? -1 : 1)), hits: [] };
    const hits = store.search(q, limit);
    const count = new Map<string, number>();
    for (const h of hits) if (h.storyId) count.set(h.storyId, (count.get(h.storyId) ?? 0) + 1);
    const stories = all.filter((s) => count.has(s.id)).map((s) => ({ ...s, hits: count.get(s.id)! }));
    return { query: q, stories: stories.sort((a, b) => b.hits - a.hits || b.pages - a.pages), hits: hits.map(hitView) };
  });

  app.get('/api/search', { schema: routes.search, preHandler: readGuard }, async (req) => {
    const { q, limit } = req.query as { q: string; limit: number };
    return { query: q, hits: store.search(q, limit).map(hitView) };
  });

  // The story page and its timeline pages are served from kept JSON text (see BundleCache.answer).
  const keptJson = (reply: FastifyReply, text: string) => reply.type('application/json; charset=utf-8').send(text);
  const answerKey = (route: string, id: string, q: TimelineQuery) => JSON.stringify([route, id, q.offset, q.limit, q.place ?? null, q.actor ?? null]);

  app.get('/api/stories/:id', { schema: routes.story, preHandler: readGuard }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const q = req.query as TimelineQuery;
    return keptJson(reply, cache.answer(answerKey('story', id, q), () => storyView(bundleOf(id), q)));
  });

  app.get('/api/stories/:id/timeline', { schema: routes.timeline, preHandler: readGuard }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const q = req.query as TimelineQuery;
    return keptJson(reply, cache.answer(answerKey('timeline', id, q), () => timelineView(bundleOf(id), q)));
  });

  app.get('/api/stories/:id/events/:eventId', { schema: routes.event, preHandler: readGuard }, async (req) => {
    const { id, eventId } = req.params as { id: string; eventId: string };
    const event = eventView(bundleOf(id), eventId);
    if (!event) throw notFound('event', eventId);
    return event;
  });

  app.get('/api/stories/:id/export/:format', { schema: routes.export, preHandler: readGuard }, async (req, reply: FastifyReply) => {
    const { id, format } = req.params as { id: string; format: string };
    const bundle = bundleOf(id);
    const out = EXPORTS[format];
    // A download, never a page of this origin: the HTML report has its own inline style.
    reply.header('content-type', out.type).header('content-disposition', `attachment; filename="story-${bundle.story.id}.${out.ext}"`);
    return out.render([bundle]);
  });

  app.get('/api/articles/:id', { schema: routes.article, preHandler: readGuard }, async (req) => {
    const { id } = req.params as { id: string };
    const page = store.page(id);
    const article = page && store.article(page.id);
    if (!page || !article) throw notFound('article', id);
    return articleView(page, article, store.storyOf(page.id));
  });

  // The validator coerces scalars (query strings need it): a number sent as page text would pass as
  // a string, so the body's types are checked before coercion can happen.
  const strictBody = async (req: FastifyRequest) => {
    const pages = (req.body as { pages?: unknown })?.pages;
    if (!Array.isArray(pages)) return;
    pages.forEach((p, i) => {
      if (p && typeof p === 'object') {
        for (const [k, v] of Object.entries(p)) if (typeof v !== 'string') throw new HttpError(400, `body/pages/${i}/${k} must be string`);
      }
    });
  };

  app.post('/api/pages', { schema: routes.upload, preValidation: strictBody, preHandler: async (req) => requireToken(req) }, async (req) => {
    const { pages } = req.body as { pages: UploadedPage[] };
    // One upload at a time: each ends by regrouping stories, which must not interleave.
    const run = uploads.then(() => ingestUploaded(store, pages));
    uploads = run.catch(() => undefined);
    const report = await run;
    if (report.added) cache.invalidate();
    return report;
  });

  for (const [path, asset] of assets) {
    app.get(path, { schema: { hide: true } }, async (_req, reply) => reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body));
  }

  // Seconds per 5,000-page story, paid at start rather than by the first reader.
  for (const s of [...store.stories()].sort((a, b) => b.pageIds.length - a.pageIds.length).slice(0, options.warmStories ?? 0)) cache.get(s.id);

  return app;
}
