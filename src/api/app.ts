import { Hono, type Context } from 'hono';
import type { Store } from '../store/store.js';
import { ApiError, type ErrorBody } from './errors.js';
import { MAX_BODY_BYTES, parseIngestBody, type IngestFn } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { parseParams } from './params.js';
import { ROUTES, type Payload, type Route } from './routes.js';
import { checkAccess, SECURITY_HEADERS, type AccessPolicy } from './security.js';
import { readStatic } from './static.js';

/** What the app serves and with what rights. */
export interface AppOptions extends AccessPolicy {
  store: Store;
  /** Ingests one document (`POST /api/documents`); without it that endpoint answers 503. */
  ingest?: IngestFn;
  /** Folder of the built page (`dist/web`); null serves the API only. */
  webRoot?: string | null;
  version?: string;
}

/** The success shape: `{ data }` for one thing, `{ data, page }` for a list. */
export interface SuccessBody {
  data: unknown;
  page?: Payload['page'];
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>sitrep</title>
<h1>sitrep</h1><p>The web page is not built. Run <code>npm run build:web</code>, then reload.
The API is up: <a href="/api">/api</a>.</p></html>`;

/** Turns `/api/events/:document/:event` into a regex that matches any concrete path of it. */
function pattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/:\w+/g, '[^/]+')}/?$`);
}

/**
 * Builds the HTTP app: the JSON API under `/api`, the page everywhere else. Testable without a
 * socket through `app.request()`.
 *
 * 1. every answer gets the security headers (CSP, nosniff, no referrer, no framing);
 * 2. each row of {@link ROUTES} becomes a handler: access check, parameter validation, body
 *    parsing for writes, then the success shape;
 * 3. `/api/openapi.json` is generated from the same rows;
 * 4. one error handler renders every {@link ApiError} (and hides anything unexpected as a 500);
 * 5. other paths serve the built page.
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const version = options.version ?? '0.1.0';
  const openapi = openApiDocument(ROUTES, version);

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });

  app.get('/api', (c) => {
    checkAccess(options, false, headersOf(c));
    return c.json({
      data: {
        name: 'sitrep',
        version,
        openapi: '/api/openapi.json',
        endpoints: ROUTES.map((r) => ({ method: r.method.toUpperCase(), path: r.path, summary: r.summary })),
      },
    });
  });
  app.get('/api/openapi.json', (c) => {
    checkAccess(options, false, headersOf(c));
    return c.json(openapi);
  });

  for (const route of ROUTES) {
    app.on(route.method.toUpperCase(), route.path, (c) => handle(c, route, options));
  }

  app.all('/api/*', (c) => {
    const path = c.req.path;
    const allowed = ROUTES.filter((r) => pattern(r.path).test(path)).map((r) => r.method.toUpperCase());
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '));
      throw new ApiError(405, 'E_METHOD', `${c.req.method} is not allowed on ${path}.`, `Use ${allowed.join(' or ')}.`);
    }
    throw new ApiError(404, 'E_NOT_FOUND', `No endpoint at ${path}.`, 'See GET /api for the list of endpoints, or /api/openapi.json.');
  });

  app.get('*', async (c) => {
    if (!options.webRoot) return c.html(NOT_BUILT);
    const file = (await readStatic(options.webRoot, c.req.path)) ?? (c.req.path.includes('.') ? null : await readStatic(options.webRoot, '/'));
    if (!file) throw new ApiError(404, 'E_NOT_FOUND', `No file at ${c.req.path}.`, 'Open / for the page.');
    if (file.body.byteLength === 0 && c.req.path === '/') return c.html(NOT_BUILT);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type, 'Cache-Control': file.cache });
  });

  app.onError((error, c) => {
    const apiError =
      error instanceof ApiError
        ? error
        : new ApiError(500, 'E_INTERNAL', 'The server failed to answer this request.', 'Try again; if it keeps failing, report it with the server log.');
    if (!(error instanceof ApiError)) console.error(error);
    const body: ErrorBody = apiError.toBody();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    return c.json(body, apiError.status);
  });

  return app;
}

async function handle(c: Context, route: Route, options: AppOptions): Promise<Response> {
  checkAccess(options, route.write === true, headersOf(c));
  const url = new URL(c.req.url);
  const query = parseParams(url.searchParams, route.params);
  let body;
  if (route.write) {
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) throw tooLarge();
    const text = await c.req.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
    body = parseIngestBody(c.req.header('content-type') ?? '', text);
  }
  const payload = await route.handle({ query, path: c.req.param() as Record<string, string>, body, store: options.store, ingest: options.ingest });
  const out: SuccessBody = { data: payload.data };
  if (payload.page) out.page = payload.page;
  return c.json(out, payload.status ?? 200);
}

function headersOf(c: Context): { get(name: string): string | undefined } {
  return { get: (name) => c.req.header(name) };
}

function tooLarge(): ApiError {
  return new ApiError(413, 'E_BODY_TOO_LARGE', `The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`, 'Send one article at a time, or use `sitrep ingest` for files.');
}

export type { Store };
