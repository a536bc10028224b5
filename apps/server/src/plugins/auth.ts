import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';
import { HttpError } from './errors.ts';

export interface AuthOptions {
  /** Whether API keys are required (any bind address other than loopback). */
  required: boolean;
  /** Finds a key by the SHA-256 of its text. */
  findKey: (hash: string) => Promise<{ id: string } | undefined>;
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

const OPEN_ROUTES = new Set(['/api/health']);

/** Bearer API keys on every API route but health, when the server is reachable from other machines. */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthOptions) => {
  if (!options.required) return;
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0]!;
    if (!path.startsWith('/api/') || OPEN_ROUTES.has(path)) return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new HttpError(401, 'unauthorized', 'This server needs an API key: send "Authorization: Bearer KEY" (create one with `pnpm stayflow keys create`).');
    const key = await options.findKey(hashApiKey(match[1]!));
    if (!key) throw new HttpError(401, 'unauthorized', 'This API key is not known to this server.');
  });
});
