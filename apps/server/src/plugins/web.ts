import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built editor (apps/web/dist) at /. Files are looked up when asked for, so a
 * rebuild while the server runs is picked up; any other path outside /api/ is a route of the
 * single-page app and gets index.html (see the not-found handler). API paths are never looked
 * up as files: one the router did not match (an id too long for it, say) gets the API's JSON
 * answer from the not-found handler, not the file server's.
 */
export const webPlugin = fp(async (app: FastifyInstance, options: { root: string }) => {
  if (!existsSync(join(options.root, 'index.html'))) return;
  await app.register(fastifyStatic, { root: options.root, serve: false });
  // Not returned: a returned reply is awaited as a thenable, adding a listener each time.
  app.get<{ Params: { '*': string } }>('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) reply.callNotFound();
    else reply.sendFile(request.params['*']);
  });
});
