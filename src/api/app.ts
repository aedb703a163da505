// The HTTP API and the dashboard: a fastify app over a store connection (no port needed in tests).
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ZodError } from 'zod';
import type { Db } from '../query/sql.ts';
import { apiRoutes } from './routes.ts';
import { exportRoutes } from './export.ts';
import { webRoutes } from './web.ts';
import { HttpError } from './errors.ts';

export interface AppOptions {
  readonly db: Db;
  /** folder of the built dashboard (default web/dist) */
  readonly webRoot?: string | URL;
  readonly logger?: boolean;
}

export { HttpError };

const REASON: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error', 503: 'Service Unavailable' };

export const zodMessage = (e: ZodError): string =>
  e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false });
  // zod validates every parameter in the handlers; the JSON schemas on routes only document them
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  // and the response schemas too: bodies are plain JSON.stringify, never filtered by a schema
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.setErrorHandler((err: any, _req, reply) => {
    let status = 500;
    let message = 'internal error';
    if (err instanceof ZodError) { status = 400; message = zodMessage(err); }
    else if (err instanceof HttpError) { status = err.statusCode; message = err.message; }
    else if (typeof err?.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) { status = err.statusCode; message = err.message; }
    else app.log.error(err);
    reply.status(status).type('application/json; charset=utf-8').send({ error: REASON[status] ?? 'Error', message });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'dyad API',
        version: '0.1.0',
        description: 'Read-only access to the dyad store: documents, PLOVER events between states, figures, arms transfers, '
          + 'agreements and people, each with its evidence span (UTF-16 offsets into the document text). '
          + 'Errors are JSON {error, message}; lists are paged with limit (max 500) and offset.',
      },
      tags: [
        { name: 'documents' }, { name: 'events' }, { name: 'pairs' }, { name: 'facts' }, { name: 'export' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(apiRoutes(opts.db), { prefix: '/api' });
  await app.register(exportRoutes(opts.db), { prefix: '/api/export' });
  await app.register(webRoutes(opts.webRoot ?? new URL('../../web/dist/', import.meta.url)));
  return app;
}
