import rateLimit from '@fastify/rate-limit';
import { hashApiKey } from '@stayflow/store';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

const OPEN_ROUTES = new Set(['/api/health', '/api/ready']);
const TOUCH_EVERY_MS = 60_000;

/**
 * Failed API-key attempts allowed from one client address within a window; past that, every
 * request from that address needing a key is answered 429 until the window (counted from its
 * first failure) ends, even one with a right key, or the limit would not slow guessing at all.
 * Requests with a right key never count.
 */
export const FAILED_AUTH_LIMIT = { attempts: 10, windowMs: 60_000 } as const;

/** Bearer API keys on every API route but health, when the server is reachable from other machines. */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthOptions) => {
  if (!options.required) return;
  const touchedAt = new Map<string, number>();
  await app.register(rateLimit, { global: false });
  const failures = app.createRateLimit({ max: FAILED_AUTH_LIMIT.attempts, timeWindow: FAILED_AUTH_LIMIT.windowMs });
  const refuse = async (request: FastifyRequest, message: string) => {
    await failures(request);
    return new HttpError(401, 'unauthorized', message);
  };
  app.addHook('onRequest', async (request, reply) => {
    // Decide by the route the router matched, not the raw URL: the router decodes
    // percent-escapes, so "/%61pi/customers" reaches /api/customers.
    const route = request.routeOptions.url;
    if (route !== undefined && OPEN_ROUTES.has(route)) return;
    const path = request.url.split('?')[0]!;
    if (!route?.startsWith('/api/') && !path.startsWith('/api/')) return;
    const seen = await failures(request, { increment: false });
    if (!seen.isAllowed && seen.remaining === 0) throw tooManyFailures(reply, seen.ttl);
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw await refuse(request, 'This server needs an API key: send "Authorization: Bearer KEY" (create one with `pnpm stayflow keys create`).');
    const key = await options.findKey(hashApiKey(match[1]!));
    if (!key) throw await refuse(request, 'This API key is not known to this server.');
    const now = Date.now();
    if (options.touchKey && now - (touchedAt.get(key.id) ?? -Infinity) >= TOUCH_EVERY_MS) {
      touchedAt.set(key.id, now);
      await options.touchKey(key.id, now);
    }
  });
});

/** The 429 for an address over its failed attempts, with Retry-After in whole seconds. */
function tooManyFailures(reply: FastifyReply, ttlMs: number): HttpError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  reply.header('retry-after', String(seconds));
  return new HttpError(
    429,
    'too_many_requests',
    `Too many requests with a missing or wrong API key from this address (${FAILED_AUTH_LIMIT.attempts} within ${FAILED_AUTH_LIMIT.windowMs / 1000} s); try again in ${seconds} s.`,
  );
}
