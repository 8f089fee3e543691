import { EVENT_TYPES, FIGURE_KINDS } from '../model/index.js';
import type { ParamSpec } from './params.js';
import type { Route } from './routes.js';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };

const SPAN = { type: 'object', required: ['start', 'end', 'text'], properties: { start: int, end: int, text: str } };
const SOURCE = { type: 'object', properties: { name: str, kind: str } };

/** The data shapes, kept short: the result contract (docs/DESIGN) is the full reference. */
const SCHEMAS: Record<string, Schema> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'hint', 'status'],
        properties: { code: str, message: str, hint: str, status: int, param: str },
      },
    },
  },
  Page: {
    type: 'object',
    required: ['total', 'totalExact', 'limit', 'offset', 'next'],
    properties: {
      total: int,
      totalExact: {
        type: 'boolean',
        description: 'False when a text search (`q`) stopped counting at 1,000 matches (or one past the page asked): `total` is then a lower bound, and `next` still says whether there is a next page.',
      },
      limit: int,
      offset: int,
      next: { type: ['integer', 'null'] },
    },
  },
  Evidence: SPAN,
  Source: SOURCE,
  Location: {
    type: ['object', 'null'],
    properties: { name: str, country: nstr, admin1: nstr, city: nstr, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] }, geonameId: { type: ['integer', 'null'] }, precision: str },
  },
  Event: {
    type: 'object',
    properties: {
      id: str, document: str, incident: nstr, reportedAt: nstr, type: { enum: EVENT_TYPES }, subtype: nstr,
      date: { type: ['object', 'null'] }, location: ref('Location'), actors: { type: 'array' },
      figures: { type: 'array', items: str }, evidence: { type: 'array', items: ref('Evidence') }, confidence: { type: 'number' },
    },
  },
  Figure: {
    type: 'object',
    properties: {
      id: str, document: str, event: nstr, incident: nstr, reportedAt: nstr, kind: { enum: FIGURE_KINDS }, value: int, low: int,
      high: { type: ['integer', 'null'] }, qualifier: str, scope: str, subject: nstr, location: ref('Location'),
      attribution: { type: 'array', items: ref('Source') }, evidence: { type: 'array', items: ref('Evidence') },
    },
  },
  FigureHistory: {
    type: 'object',
    properties: {
      low: int, best: int, high: int, contradiction: { type: 'boolean' }, sources: int,
      history: { type: 'array', items: { type: 'object', properties: { value: int, reportedAt: nstr, document: str, attribution: { type: 'array', items: ref('Source') }, evidence: { type: 'array', items: ref('Evidence') } } } },
    },
  },
  FigureHistories: { type: 'object', additionalProperties: ref('FigureHistory') },
  Incident: {
    type: 'object',
    properties: { id: str, type: str, subtype: nstr, title: nstr, location: ref('Location'), date: { type: ['object', 'null'] }, documents: { type: 'array', items: str }, sources: int, figures: ref('FigureHistories') },
  },
  IncidentSummary: {
    type: 'object',
    description: 'An incident in a list: `documentCount` instead of the ids, figures without their histories (see GET /api/incidents/{id}).',
    properties: {
      id: str, type: str, subtype: nstr, title: nstr, location: ref('Location'), date: { type: ['object', 'null'] }, documentCount: int, sources: int,
      figures: { type: 'object', additionalProperties: { type: 'object', properties: { low: int, best: int, high: int, contradiction: { type: 'boolean' }, sources: int, reports: int } } },
    },
  },
  Document: {
    type: 'object',
    properties: { id: str, title: nstr, url: nstr, outlet: nstr, publishedAt: nstr, language: nstr, duplicateOf: nstr, status: str, ingestedAt: str, text: str },
  },
  DocumentView: { type: 'object', properties: { document: ref('Document'), events: { type: 'array', items: ref('Event') }, figures: { type: 'array', items: ref('Figure') } } },
  EventView: { type: 'object', properties: { event: ref('Event'), document: ref('Document'), events: { type: 'array', items: ref('Event') }, figures: { type: 'array', items: ref('Figure') } } },
  IngestRequest: {
    type: 'object',
    description: 'Exactly one of text, html, url. A bare text/plain or text/html body is accepted too.',
    properties: { text: str, html: str, url: { type: 'string', format: 'uri' }, id: str, title: str, publishedAt: str },
  },
  IngestResult: { type: 'object', properties: { inserted: { type: 'boolean' }, messages: { type: 'array' }, document: ref('Document'), events: { type: 'array', items: ref('Event') }, figures: { type: 'array', items: ref('Figure') } } },
  Place: { type: 'object', properties: { name: str, country: nstr, admin1: nstr, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] }, precision: str, geonameId: { type: ['integer', 'null'] }, events: int } },
  SearchResult: { type: 'object', properties: { documents: { type: 'array', items: ref('Document') }, events: { type: 'array', items: ref('Event') }, totals: { type: 'object', description: 'Matches of each list; counted up to 1,000 (`exact` false when either stopped there).', properties: { documents: int, events: int, exact: { type: 'boolean' } } } } },
  Stats: { type: 'object', properties: { documents: int, events: int, incidents: int, figures: int, byType: { type: 'object' }, byCountry: { type: 'object' }, byDay: { type: 'array' } } },
};

function paramSchema(spec: ParamSpec): Schema {
  switch (spec.type) {
    case 'integer':
      return { type: 'integer', minimum: spec.min, maximum: spec.max, default: spec.default };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'country':
      return { type: 'string', pattern: '^[A-Za-z]{2}$' };
    case 'list':
      return { type: 'array', items: spec.values ? { enum: spec.values } : str };
    case 'string':
      return spec.values ? { enum: spec.values, default: spec.default } : { type: 'string', maxLength: spec.maxLength ?? 500 };
  }
}

const ERROR_RESPONSE = { description: 'The one error shape.', content: { 'application/json': { schema: ref('Error') } } };

function dataSchema(returns: string, list: boolean): Schema {
  const name = returns.replace(/\[\]$/, '');
  const data = returns.endsWith('[]') ? { type: 'array', items: ref(name) } : ref(name);
  const properties: Schema = { data };
  if (list) properties.page = ref('Page');
  return { type: 'object', required: list ? ['data', 'page'] : ['data'], properties };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the route table (served at
 * `/api/openapi.json`). Paths use OpenAPI's `{name}` for Hono's `:name`.
 */
export function openApiDocument(routes: readonly Route[], version: string): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...Object.entries(route.pathParams ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: str })),
      ...route.params.map((p) => ({ name: p.name, in: 'query', required: false, description: p.description, schema: paramSchema(p), ...(p.type === 'list' ? { style: 'form', explode: false } : {}) })),
    ];
    const list = route.returns.endsWith('[]');
    const operation: Schema = {
      summary: route.summary,
      operationId: `${route.method}${path.replace(/[^A-Za-z]+(\w)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      parameters,
      responses: {
        [route.method === 'post' ? '201' : '200']: { description: 'The success shape: `data`, and `page` for lists.', content: { 'application/json': { schema: dataSchema(route.returns, list) } } },
        '400': ERROR_RESPONSE,
        ...(route.pathParams ? { '404': ERROR_RESPONSE } : {}),
        ...(route.write ? { '401': ERROR_RESPONSE, '403': ERROR_RESPONSE, '413': ERROR_RESPONSE, '415': ERROR_RESPONSE } : {}),
      },
    };
    if (route.page) operation['x-page'] = route.page;
    if (route.write) {
      operation.security = [{ bearer: [] }];
      operation.requestBody = { required: true, content: { 'application/json': { schema: ref('IngestRequest') }, 'text/plain': { schema: str }, 'text/html': { schema: str } } };
    }
    (paths[path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version,
      description: 'Events, incidents and figure histories extracted from news, each value with its evidence. Success: `{data, page?}`; failure: `{error: {code, message, hint, status, param?}}`.',
    },
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'SITREP_TOKEN; required for writes when the server is bound beyond loopback or a token is set.' } },
    },
  };
}
