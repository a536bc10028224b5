import { hashApiKey } from '@stayflow/store';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './errors.ts';

export interface AuthOptions {
  /** Whether API keys are required (any bind address other than loopback). */
  required: boolean;
  /** Finds a key by the SHA-256 of its text. */
  findKey: (hash: string) => Promise<{ id: string } | undefined>;
  /** Records when a key was last used; called at most once a minute per key, so busy clients cost no extra writes. */
  touchKey?: (id: string, now: number) => Promise<void>;
}

const OPEN_ROUTES = new Set(['/api/health']);
const TOUCH_EVERY_MS = 60_000;

/** Bearer API keys on every API route but health, when the server is reachable from other machines. */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthOptions) => {
  if (!options.required) return;
  const touchedAt = new Map<string, number>();
  app.addHook('onRequest', async (request) => {
    // Decide by the route the router matched, not the raw URL: the router decodes
    // percent-escapes, so "/%61pi/customers" reaches /api/customers.
    const route = request.routeOptions.url;
    if (route !== undefined && OPEN_ROUTES.has(route)) return;
    const path = request.url.split('?')[0]!;
    if (!route?.startsWith('/api/') && !path.startsWith('/api/')) return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new HttpError(401, 'unauthorized', 'This server needs an API key: send "Authorization: Bearer KEY" (create one with `pnpm stayflow keys create`).');
    const key = await options.findKey(hashApiKey(match[1]!));
    if (!key) throw new HttpError(401, 'unauthorized', 'This API key is not known to this server.');
    const now = Date.now();
    if (options.touchKey && now - (touchedAt.get(key.id) ?? -Infinity) >= TOUCH_EVERY_MS) {
      touchedAt.set(key.id, now);
      await options.touchKey(key.id, now);
    }
  });
});
