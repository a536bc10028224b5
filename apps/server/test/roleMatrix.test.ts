import { hashApiKey } from '@stayflow/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/plugins/actor.ts';
import { requiredRoles, routeLevel, routeRoleOverride } from '../src/plugins/routeRoles.ts';
import { startTestServer, type TestServer } from './harness.ts';
import { send, signIn, type Sent } from './teamClient.ts';

/**
 * The role matrix (server README, "Roles"): every route the server registered (Fastify's
 * onRoute, so a new route cannot skip it) × no credentials, each role's key, a signed-in
 * person, and local mode: allowed (neither 401 nor 403) or 403 `forbidden`, exactly as
 * plugins/routeRoles.ts says. Ids in paths are made up and bodies empty, so an allowed
 * request ends in 400/404/409 without changing anything it should not.
 */

let server: TestServer;
const keys = {} as Record<Role, string>;
const PASSWORD = 'viewer password 1';

interface ApiRoute {
  method: string;
  url: string;
}

/** Every /api route the app registered, HEAD included. */
const apiRoutes = (): ApiRoute[] =>
  server.service.app.registeredRoutes
    .filter((route) => route.url.startsWith('/api/'))
    // Signing out would end the session the matrix uses: it goes last.
    .sort((a, b) => Number(a.method === 'DELETE' && a.url === '/api/session') - Number(b.method === 'DELETE' && b.url === '/api/session'));

/** A concrete path for a route: each parameter and wildcard filled in with a made-up value. */
const pathOf = (url: string) => url.replace(/:[A-Za-z_]+/g, 'no-such-id').replace(/\*$/, 'no-such-file');

async function call(route: ApiRoute, headers: Record<string, string>, from?: string): Promise<Sent> {
  const withBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
  return send(server.url, route.method, pathOf(route.url), { headers, ...(withBody ? { body: {} } : {}), ...(from ? { from } : {}) });
}

function expectVerdict(route: ApiRoute, who: string, role: Role | null, answer: Sent): void {
  const roles = requiredRoles(route.method, route.url);
  const allowed = roles === null || (role !== null && roles.includes(role));
  // A HEAD answer has no body to read the code from.
  const seen = { route: `${route.method} ${route.url}`, who, status: answer.status, code: route.method === 'HEAD' ? 'no body' : answer.body?.error?.code };
  if (allowed) {
    expect(seen.status, JSON.stringify(seen)).not.toBe(401);
    expect(seen.status, JSON.stringify(seen)).not.toBe(403);
  } else if (role === null) {
    expect(seen).toEqual({ ...seen, status: 401, code: route.method === 'HEAD' ? 'no body' : 'unauthorized' });
  } else {
    expect(seen).toEqual({ ...seen, status: 403, code: route.method === 'HEAD' ? 'no body' : 'forbidden' });
  }
}

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
});

describe('the role matrix', () => {
  it('registers the team routes and enumerates HEAD routes too', () => {
    const routes = apiRoutes().map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(40);
    for (const route of ['GET /api/session', 'POST /api/session', 'DELETE /api/session', 'POST /api/session/password', 'GET /api/people', 'POST /api/people', 'PATCH /api/people/:id', 'DELETE /api/people/:id', 'GET /api/keys', 'POST /api/keys', 'DELETE /api/keys/:id', 'GET /api/settings', 'PATCH /api/settings', 'HEAD /api/customers']) {
      expect(routes).toContain(route);
    }
  });

  it('lets everything through in local mode (loopback, no person yet)', async () => {
    for (const route of apiRoutes()) expectVerdict(route, 'local mode', 'admin', await call(route, {}));
  });

  it('gives each role exactly what routeRoles.ts says, for keys and for a signed-in person, and asks the signed-out to sign in', async () => {
    const store = server.service.store;
    for (const role of ROLES) {
      keys[role] = `sf_matrix-${role}-key`;
      await store.apiKeys.add({ id: `key_${role}`, name: `${role}-key`, role, hash: hashApiKey(keys[role]), createdAt: 0, lastUsedAt: null });
    }
    // The first person ends local mode.
    expect((await send(server.url, 'POST', '/api/people', { body: { email: 'vera@example.com', role: 'viewer', password: PASSWORD } })).status).toBe(201);
    const viewer = await signIn(server.url, 'vera@example.com', PASSWORD);
    const routes = apiRoutes();
    for (const [index, route] of routes.entries()) {
      // Each route's failures from an address of its own, to stay under the failed-credentials limit.
      expectVerdict(route, 'no credentials', null, await call(route, {}, `127.0.4.${(index % 250) + 1}`));
      for (const role of ROLES) expectVerdict(route, `${role} key`, role, await call(route, { authorization: `Bearer ${keys[role]}` }));
      expectVerdict(route, 'viewer person', 'viewer', await call(route, { cookie: viewer.cookie, 'x-csrf-token': viewer.csrf }));
    }
  }, 120_000);

  it('names the route and the role missing in a 403', async () => {
    const answer = await send(server.url, 'POST', '/api/playbooks/abc/publish', { headers: { authorization: `Bearer ${keys.ingest}` } });
    expect(answer.body).toEqual({
      error: { code: 'forbidden', message: expect.stringMatching(/^.+ \(POST \/api\/playbooks\/:id\/publish\) needs the editor or admin role; this key "ingest-key" has the ingest role\.$/) },
    });
    const people = await send(server.url, 'GET', '/api/people', { headers: { authorization: `Bearer ${keys.editor}` } });
    expect(people.body.error.message).toBe('List the people who sign in (GET /api/people) needs the admin role; this key "editor-key" has the editor role.');
  });
});

describe('routeRoles.ts', () => {
  it('covers every registered route: admin areas are admin, ingestion is ingest, writes are never viewer-level, and only the documented routes are open', () => {
    const open: string[] = [];
    for (const { method, url } of apiRoutes()) {
      const level = routeLevel(method, url);
      const name = `${method} ${url}`;
      if (level === 'open') open.push(name);
      if (/^\/api\/(people|keys|settings|audit|clock)(\/|$)/.test(url)) expect({ name, level }).toEqual({ name, level: 'admin' });
      if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) expect({ name, level }).not.toEqual({ name, level: 'viewer' });
      // A write that is not editor-level must say so in the table: a default never grants less than editor.
      if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && level !== 'editor') expect(routeRoleOverride(method, url), name).toBeDefined();
    }
    expect(open.sort()).toEqual(['GET /api/health', 'GET /api/ready', 'GET /api/session', 'HEAD /api/health', 'HEAD /api/ready', 'HEAD /api/session', 'POST /api/session']);
    for (const route of ['POST /api/customers/batch', 'PUT /api/customers/:id', 'POST /api/events']) expect(routeLevel(route.split(' ')[0]!, route.split(' ')[1]!)).toBe('ingest');
    // Unknown writes default to editor, reads to viewer: a new route is never open or admin-free by accident.
    expect(routeLevel('POST', '/api/something-new')).toBe('editor');
    expect(routeLevel('GET', '/api/something-new')).toBe('viewer');
  });

  it('documents exactly the open routes as needing no credentials in the OpenAPI document', async () => {
    const document = (await send(server.url, 'GET', '/api/openapi.json', { headers: { authorization: `Bearer ${keys.viewer}` } })).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const documentedOpen = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.security?.length === 0)
        .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const tableOpen = apiRoutes()
      .filter((r) => r.method !== 'HEAD' && routeLevel(r.method, r.url) === 'open')
      .map((r) => `${r.method} ${r.url}`);
    expect(documentedOpen.sort()).toEqual(tableOpen.sort());
  });
});
