import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built editor (apps/web/dist) at /. Files are looked up when asked for
 * (`wildcard`), so a rebuild while the server runs is picked up; any other path outside
 * /api/ is a route of the single-page app and gets index.html (see the not-found handler).
 */
export const webPlugin = fp(async (app: FastifyInstance, options: { root: string }) => {
  if (!existsSync(join(options.root, 'index.html'))) return;
  await app.register(fastifyStatic, { root: options.root, wildcard: true });
});
