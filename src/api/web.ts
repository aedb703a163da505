// Serves the built dashboard (web/dist: index.html and its few assets) at /.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.map': 'application/json; charset=utf-8', '.ico': 'image/x-icon',
};
const NOT_BUILT = '<!doctype html><meta charset="utf-8"><title>dyad</title><p>The dashboard is not built: run <code>npm run build:web</code>. The API is at <a href="/docs">/docs</a>.</p>';

export const webRoutes = (root: string | URL): FastifyPluginAsync => async (app) => {
  const dir = typeof root === 'string' ? root : fileURLToPath(root);
  // only the files that exist in the folder are served, looked up by exact name (no paths)
  const files = (): Set<string> => { try { return new Set(readdirSync(dir)); } catch { return new Set(); } };
  const hide = { schema: { hide: true } };

  app.get('/', hide, async (_req, reply) => {
    if (!files().has('index.html')) return reply.status(503).type(TYPES['.html']!).send(NOT_BUILT);
    return reply.type(TYPES['.html']!).header('cache-control', 'no-cache').send(readFileSync(join(dir, 'index.html')));
  });
  app.get('/assets/:file', hide, async (req, reply) => {
    const name = (req.params as { file: string }).file;
    const ext = name.slice(name.lastIndexOf('.'));
    if (!files().has(name) || !TYPES[ext] || name === 'index.html') {
      return reply.status(404).send({ error: 'Not Found', message: `no asset ${name}` });
    }
    return reply.type(TYPES[ext]!).header('cache-control', 'no-cache').send(readFileSync(join(dir, name)));
  });
};
