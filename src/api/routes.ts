// Read endpoints under /api. Parameters are parsed with the zod schemas of params.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeAny } from 'zod';
import type { Db } from '../query/sql.ts';
import { Q, P, toJsonSchema } from './params.ts';
import { HttpError } from './errors.ts';
import { listDocuments, searchDocuments, getDocument } from '../query/documents.ts';
import { listEvents } from '../query/events.ts';
import { listPairs, getPair } from '../query/pairs.ts';
import { listFigures, listArms, listAgreements, summarizePeople } from '../query/facts.ts';
import { listCountries } from '../query/countries.ts';
import { ploverWeights } from '../query/weights.ts';

const ERROR = {
  type: 'object', required: ['error', 'message'],
  properties: { error: { type: 'string', example: 'Bad Request' }, message: { type: 'string', example: "limit: Number must be less than or equal to 500" } },
};

/** Route schema for the OpenAPI document only: zod validates, JSON.stringify serializes. */
export const docSchema = (tag: string, summary: string, query?: ZodTypeAny, params?: ZodTypeAny, ok = 'JSON') => ({
  schema: {
    tags: [tag], summary,
    ...(query ? { querystring: toJsonSchema(query) } : {}),
    ...(params ? { params: toJsonSchema(params) } : {}),
    response: {
      200: ok === 'JSON' ? { description: 'OK', type: 'object', additionalProperties: true } : { description: ok },
      400: { description: 'a parameter is unknown or has a bad value', ...ERROR },
      ...(params ? { 404: { description: 'no such document or pair', ...ERROR } } : {}),
    },
  },
});

export const apiRoutes = (db: Db): FastifyPluginAsync => async (app) => {
  app.get('/documents', docSchema('documents', 'Documents, newest first (paged)', Q.documents), async (req) => {
    const { limit, offset, ...f } = Q.documents.parse(req.query);
    return listDocuments(db, f, { limit, offset });
  });

  app.get('/search', docSchema('documents', 'Full-text search (FTS5) with highlighted snippets', Q.search), async (req) => {
    const { q, limit, offset } = Q.search.parse(req.query);
    return searchDocuments(db, q, { limit, offset });
  });

  app.get('/documents/:id', docSchema('documents', 'One document: its text and all its facts with their spans', Q.none, P.id), async (req) => {
    Q.none.parse(req.query);
    const { id } = P.id.parse(req.params);
    const doc = getDocument(db, id);
    if (!doc) throw new HttpError(404, `no document ${id}`);
    return doc;
  });

  app.get('/events', docSchema('events', 'Events, newest first, filtered by pair, country, type, context, status, date range', Q.events), async (req) => {
    const { limit, offset, ...f } = Q.events.parse(req.query);
    return listEvents(db, f, { limit, offset });
  });

  app.get('/pairs', docSchema('pairs', 'Pairs of states: event counts by type per month and a cooperation–conflict score (mean PLOVER weight, -10..+10); by default occurred and future events', Q.pairs), async (req) => {
    const { limit, offset, monthly, status, ...f } = Q.pairs.parse(req.query);
    return listPairs(db, { ...f, statuses: status ? [status] : undefined }, { limit, offset }, monthly ?? true);
  });

  app.get('/pairs/:pair', docSchema('pairs', 'One pair of states (AZE-RUS): monthly counts and scores, and how many figures, agreements and arms it has', Q.pair, P.pair), async (req) => {
    const { status, ...f } = Q.pair.parse(req.query);
    const { pair } = P.pair.parse(req.params);
    const row = getPair(db, pair, { ...f, statuses: status ? [status] : undefined });
    if (!row) throw new HttpError(404, `nothing is known about the pair ${pair}`);
    return row;
  });

  app.get('/weights', docSchema('pairs', 'The cooperation–conflict weight of each PLOVER event type', Q.none), async (req) => {
    Q.none.parse(req.query);
    return ploverWeights();
  });

  app.get('/figures', docSchema('facts', 'Figures (trade turnover, exports...) and their series by pair, metric and unit', Q.figures), async (req) => {
    const { limit, offset, ...f } = Q.figures.parse(req.query);
    return listFigures(db, f, { limit, offset });
  });

  app.get('/arms', docSchema('facts', 'Arms transfers', Q.arms), async (req) => {
    const { limit, offset, ...f } = Q.arms.parse(req.query);
    return listArms(db, f, { limit, offset });
  });

  app.get('/agreements', docSchema('facts', 'Agreements between states', Q.agreements), async (req) => {
    const { limit, offset, ...f } = Q.agreements.parse(req.query);
    return listAgreements(db, f, { limit, offset });
  });

  app.get('/people', docSchema('facts', 'People by name and state, with their roles and how many documents name them', Q.people), async (req) => {
    const { limit, offset, ...f } = Q.people.parse(req.query);
    return summarizePeople(db, f, { limit, offset });
  });

  app.get('/countries', docSchema('facts', 'States and IGOs in the store with their names and counts', Q.none), async (req) => {
    Q.none.parse(req.query);
    return { items: listCountries(db) };
  });
};
