import type { Role } from './actor.ts';

/**
 * What a route needs: `open` (no sign-in at all), or the lowest role that may call it.
 * `signed_in` lets any role through (signing out, one's own password). Role sets: ingest-level routes are for ingest, editor and admin; viewer-level for viewer,
 * editor and admin; editor-level for editor and admin; admin-level for admin only.
 */
export type RouteLevel = 'open' | 'signed_in' | Role;

/** One explicit entry: a method (or `*` for every method) and a route URL as registered (`/api/people/:id`), or a prefix ending in `*` (`/api/people*`). */
export interface RouteRoleOverride {
  method: string;
  url: string;
  level: RouteLevel;
}

/**
 * THE table of routes that do not take the default (GET/HEAD → viewer, any other method →
 * editor). Adding a route? If the default is wrong for it, add its line here; the role-matrix
 * test (apps/server/test/roleMatrix.test.ts) enumerates every registered route and checks it
 * against this table, so a route cannot skip it. First match wins: put exact entries before
 * prefixes that would also match.
 */
export const ROUTE_ROLE_OVERRIDES: readonly RouteRoleOverride[] = [
  // Open: liveness, readiness, and signing in.
  { method: '*', url: '/api/health', level: 'open' },
  { method: '*', url: '/api/ready', level: 'open' },
  { method: 'GET', url: '/api/session', level: 'open' },
  { method: 'HEAD', url: '/api/session', level: 'open' },
  { method: 'POST', url: '/api/session', level: 'open' },
  // Anyone signed in, whatever the role: the API description and its docs page (an ingest key's
  // client reads them too; not open, as before sign-in existed), signing out, one's own password.
  { method: '*', url: '/api/openapi.json', level: 'signed_in' },
  { method: '*', url: '/api/docs*', level: 'signed_in' },
  { method: 'DELETE', url: '/api/session', level: 'signed_in' },
  { method: 'POST', url: '/api/session/password', level: 'signed_in' },
  // Ingest: customers and events only.
  { method: 'POST', url: '/api/customers', level: 'ingest' },
  { method: 'POST', url: '/api/customers/batch', level: 'ingest' },
  { method: 'PUT', url: '/api/customers/:id', level: 'ingest' },
  { method: 'POST', url: '/api/events', level: 'ingest' },
  // Segment-compatible ingestion (routes/segmentIngestion.ts): identify, track, page, screen, group, alias, batch.
  { method: 'POST', url: '/api/integrations/segment/v1/*', level: 'ingest' },
  // Admin: people, keys, settings, the audit log, the testing clock.
  { method: '*', url: '/api/people*', level: 'admin' },
  { method: '*', url: '/api/keys*', level: 'admin' },
  { method: '*', url: '/api/settings*', level: 'admin' },
  { method: '*', url: '/api/audit*', level: 'admin' },
  { method: '*', url: '/api/clock*', level: 'admin' },
];

/** Which roles each level lets through. */
export const ROLES_OF_LEVEL: Readonly<Record<Exclude<RouteLevel, 'open'>, readonly Role[]>> = {
  signed_in: ['ingest', 'viewer', 'editor', 'admin'],
  ingest: ['ingest', 'editor', 'admin'],
  viewer: ['viewer', 'editor', 'admin'],
  editor: ['editor', 'admin'],
  admin: ['admin'],
};

const matches = (entry: RouteRoleOverride, method: string, url: string): boolean =>
  (entry.method === '*' || entry.method === method) && (entry.url.endsWith('*') ? url.startsWith(entry.url.slice(0, -1)) : entry.url === url);

/** The override entry for a route, if it has one (the role-matrix test uses this to show every route is covered). */
export const routeRoleOverride = (method: string, routeUrl: string): RouteRoleOverride | undefined =>
  ROUTE_ROLE_OVERRIDES.find((entry) => matches(entry, method.toUpperCase(), routeUrl));

/** The level a route needs: its override, or the default (GET/HEAD/OPTIONS → viewer, other methods → editor). */
export function routeLevel(method: string, routeUrl: string): RouteLevel {
  const upper = method.toUpperCase();
  const override = routeRoleOverride(upper, routeUrl);
  if (override) return override.level;
  return upper === 'GET' || upper === 'HEAD' || upper === 'OPTIONS' ? 'viewer' : 'editor';
}

/** The roles that may call a route; null for an open route (no sign-in needed). */
export function requiredRoles(method: string, routeUrl: string): readonly Role[] | null {
  const level = routeLevel(method, routeUrl);
  return level === 'open' ? null : ROLES_OF_LEVEL[level];
}
