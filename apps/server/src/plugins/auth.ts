import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { hashApiKey, type SessionRecord, type Store } from '@stayflow/store';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { timingSafeEqual } from 'node:crypto';
import { PeoplePresence } from '../services/PeoplePresence.ts';
import { DEFAULT_SESSION_IDLE_MINUTES, SESSION_COOKIE, SESSION_LIFETIME_MS, sessionIdOf, TOUCH_EVERY_MS } from '../services/sessionPolicy.ts';
import { LOCAL_ACTOR, ROLES, type Actor, type Role } from './actor.ts';
import { HttpError } from './errors.ts';
import { ROLES_OF_LEVEL, routeLevel, type RouteLevel } from './routeRoles.ts';

export interface AuthOptions {
  /** Whether sign-in is required whatever the people (any bind address other than loopback). */
  required: boolean;
  store: Pick<Store, 'apiKeys' | 'people' | 'sessions'>;
  /** Whether a person exists (local mode ends with the first); shared with the people routes, which note a new person at once. */
  presence?: PeoplePresence;
  /** How long an unused session lasts (STAYFLOW_SESSION_IDLE_MINUTES). */
  sessionIdleMs?: number;
  /** Wall-clock milliseconds (sessions' idle timeout and lifetime, keys' last use). */
  now?: () => number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The session a cookie-authenticated request came with; null for keys, local mode and the signed-out. */
    authSession: SessionRecord | null;
  }
  interface FastifyInstance {
    /** Whether a person exists (local mode's end); the people routes note a new person through it. */
    peoplePresence: PeoplePresence;
    /** Every route registered after the auth plugin, as the router knows it (the role-matrix test walks them all). */
    registeredRoutes: readonly { method: string; url: string }[];
  }
}

/**
 * Failed API-key attempts allowed from one client address within a window; past that, every
 * request from that address needing a key is answered 429 until the window (counted from its
 * first failure) ends, even one with a right key, or the limit would not slow guessing at all.
 * Requests with a right key, with no credentials at all, or with an ended session never count.
 */
export const FAILED_AUTH_LIMIT = { attempts: 10, windowMs: 60_000 } as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who a request's credentials name, or why they name no one. */
type Identified = { actor: Actor; session: SessionRecord | null } | { failure: string } | null;

/**
 * Who is asking, and whether they may (server README, "Accounts and sign-in", "Roles"):
 * sets `request.actor` on every API request, from a Bearer (or Basic) API key or a session
 * cookie; in local mode (loopback, no person yet) everyone is the local admin. Then each route
 * gets what `routeRoles.ts` says it needs: 401 without credentials, 403 `forbidden` for a role
 * too low, 403 `csrf_failed` for a cookie write without the session's CSRF token.
 */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthOptions) => {
  const { store } = options;
  const now = options.now ?? Date.now;
  const idleMs = options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MINUTES * 60_000;
  const presence = options.presence ?? new PeoplePresence(store);
  app.decorate('peoplePresence', presence);
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('authSession', null);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  const failures = app.createRateLimit({ max: FAILED_AUTH_LIMIT.attempts, timeWindow: FAILED_AUTH_LIMIT.windowMs });

  // Each route's summary, to say in a 403 what was refused.
  const summaries = new Map<string, string>();
  const registered: { method: string; url: string }[] = [];
  app.decorate('registeredRoutes', registered);
  app.addHook('onRoute', (route) => {
    const summary = (route.schema as { summary?: string } | undefined)?.summary;
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      registered.push({ method, url: route.url });
      if (summary) summaries.set(`${method} ${route.url}`, summary);
    }
  });

  const keyTouchedAt = new Map<string, number>();
  async function byKey(key: string): Promise<Identified> {
    const found = await store.apiKeys.findByHash(hashApiKey(key));
    if (!found) return { failure: 'This API key is not known to this server.' };
    const at = now();
    if (at - (keyTouchedAt.get(found.id) ?? -Infinity) >= TOUCH_EVERY_MS) {
      keyTouchedAt.set(found.id, at);
      await store.apiKeys.touch(found.id, at);
    }
    return { actor: { kind: 'key', id: found.id, name: found.name, role: asRole(found.role) }, session: null };
  }

  async function bySession(token: string): Promise<Identified> {
    const session = await store.sessions.get(sessionIdOf(token));
    if (!session) return { failure: 'Your session has ended (signed out, or replaced by a newer sign-in); sign in again.' };
    const at = now();
    if (at - session.lastSeenAt > idleMs || at - session.createdAt > SESSION_LIFETIME_MS) {
      await store.sessions.remove(session.id);
      const why = at - session.createdAt > SESSION_LIFETIME_MS ? 'it is 30 days old' : `it was not used for ${Math.round(idleMs / 60_000)} minutes`;
      return { failure: `Your session has ended (${why}); sign in again.` };
    }
    const person = await store.people.get(session.personId);
    if (!person || person.disabled) {
      await store.sessions.remove(session.id);
      return { failure: 'This account was removed or disabled; ask an admin.' };
    }
    if (at - session.lastSeenAt >= TOUCH_EVERY_MS) await store.sessions.touch(session.id, at);
    return { actor: { kind: 'person', id: person.id, name: person.email, role: asRole(person.role) }, session };
  }

  /** The request's credentials: an Authorization header wins over a cookie. */
  async function identify(request: FastifyRequest): Promise<Identified> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const key = keyOfHeader(header);
      return key === null ? { failure: NEEDS_CREDENTIALS } : byKey(key);
    }
    const token = request.cookies[SESSION_COOKIE];
    return token ? bySession(token) : null;
  }

  app.addHook('onRequest', async (request, reply) => {
    // Decide by the route the router matched, not the raw URL: the router decodes
    // percent-escapes, so "/%61pi/customers" reaches /api/customers.
    const route = request.routeOptions.url;
    const path = request.url.split('?')[0]!;
    if (!route?.startsWith('/api/') && !path.startsWith('/api/')) return;
    // A path no route matches still needs credentials: which API paths exist is not told to strangers.
    const level: RouteLevel = route === undefined ? 'signed_in' : routeLevel(request.method, route);
    const local = !options.required && !(await presence.exists());
    if (level === 'open') {
      // Open routes ask nothing, but GET /api/session says who is asking.
      const who = await identify(request);
      if (who && 'actor' in who) {
        request.actor = who.actor;
        request.authSession = who.session;
      } else if (local) request.actor = LOCAL_ACTOR;
      return;
    }
    if (!local) {
      const seen = await failures(request, { increment: false });
      if (!seen.isAllowed && seen.remaining === 0) throw tooManyFailures(reply, seen.ttl);
    }
    const who = await identify(request);
    if (who && 'actor' in who) {
      request.actor = who.actor;
      request.authSession = who.session;
    } else if (local) {
      // Local mode, as before sign-in existed: credentials are not needed, and wrong ones are not held against anyone.
      request.actor = LOCAL_ACTOR;
    } else {
      // Only a wrong key counts towards the limit: a request with no credentials (a signed-out tab) or an
      // ended session (a random 32-byte token nobody guesses) guesses nothing, and counting it would lock
      // out everyone behind one address.
      if (request.headers.authorization !== undefined) await failures(request);
      throw new HttpError(401, 'unauthorized', who?.failure ?? NEEDS_CREDENTIALS);
    }
    if (level !== 'signed_in' && !ROLES_OF_LEVEL[level].includes(request.actor.role)) {
      const what = summaries.get(`${request.method} ${route}`) ?? summaries.get(`GET ${route}`);
      throw new HttpError(403, 'forbidden', forbiddenMessage(request.method, route!, what, level, request.actor));
    }
    if (request.authSession && !SAFE_METHODS.has(request.method) && !sameToken(request.headers['x-csrf-token'], request.authSession.csrfToken)) {
      throw new HttpError(403, 'csrf_failed', 'This change was not sent by the Stayflow editor (missing or wrong CSRF token); reload the page.');
    }
  });
});

const NEEDS_CREDENTIALS =
  'This server needs you to sign in, or an API key: send "Authorization: Bearer KEY" (create one with `pnpm stayflow keys create`), or sign in with POST /api/session.';

/** The key in `Bearer KEY`, or in `Basic base64(KEY:)` (how Segment and RudderStack send a write key); null for anything else. */
export function keyOfHeader(header: string): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1]!;
  const basic = /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  // The key is the user name; the password is empty.
  return decoded.length > 1 && decoded.endsWith(':') && decoded.indexOf(':') === decoded.length - 1 ? decoded.slice(0, -1) : null;
}

/** A stored role as a Role; anything unexpected counts as the least, viewer (never more than was meant). */
const asRole = (text: string): Role => ((ROLES as readonly string[]).includes(text) ? (text as Role) : 'viewer');

/** Constant-time comparison of the CSRF header with the session's token. */
function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const LEVEL_NAMES: Record<Exclude<RouteLevel, 'open' | 'signed_in'>, string> = {
  ingest: 'the ingest, editor or admin role',
  viewer: 'the viewer, editor or admin role',
  editor: 'the editor or admin role',
  admin: 'the admin role',
};

/** "List the people who sign in (GET /api/people) needs the admin role; this key "shop-backend" has the ingest role." */
export function forbiddenMessage(method: string, route: string, summary: string | undefined, level: Exclude<RouteLevel, 'open' | 'signed_in'>, actor: Actor): string {
  const what = summary ? `${summary.replace(/\.$/, '')} (${method} ${route})` : `${method} ${route}`;
  const who = actor.kind === 'key' ? `this key "${actor.name}" has the ${actor.role} role` : actor.kind === 'person' ? `you (${actor.name}) have the ${actor.role} role` : `the local operator has the ${actor.role} role`;
  return `${what} needs ${LEVEL_NAMES[level]}; ${who}.`;
}

/** The 429 for an address over its failed attempts, with Retry-After in whole seconds. */
function tooManyFailures(reply: FastifyReply, ttlMs: number): HttpError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  reply.header('retry-after', String(seconds));
  return new HttpError(
    429,
    'too_many_requests',
    `Too many requests with a wrong API key from this address (${FAILED_AUTH_LIMIT.attempts} within ${FAILED_AUTH_LIMIT.windowMs / 1000} s); try again in ${seconds} s.`,
  );
}
