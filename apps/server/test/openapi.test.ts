import SwaggerParser from '@apidevtools/swagger-parser';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openapiDocument } from '../src/openapiDocument.ts';
import { startTestServer, type Json, type TestServer } from './harness.ts';

const run = promisify(execFile);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

let server: TestServer;
let document: Json;

beforeAll(async () => {
  server = await startTestServer();
  document = await (await fetch(`${server.url}/api/openapi.json`)).json();
});
afterAll(() => server.stop());

const operations = () =>
  Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
  );

describe('the served OpenAPI document', () => {
  it('passes swagger-parser’s validation', async () => {
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
  });

  it('passes Redocly’s recommended lint rules with no errors', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stayflow-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const redocly = join(import.meta.dirname, '../node_modules/.bin/redocly');
    // Exit code 1 means errors were found: the report says which.
    const output = await run(redocly, ['lint', file, '--format=json'], { maxBuffer: 64 * 1024 * 1024 }).catch((failure: { stdout: string }) => failure);
    const report = JSON.parse(output.stdout) as { totals: { errors: number }; problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[] };
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);

  it('is OpenAPI 3.1 with a server and a bearer scheme', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers.length).toBeGreaterThan(0);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('gives every operation a unique operationId, a tag and a summary', () => {
    const ids = new Set<string>();
    for (const { name, operation } of operations()) {
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(operation.operationId), `${name}: ${operation.operationId} twice`).toBe(false);
      ids.add(operation.operationId);
      expect(operation.tags?.length, name).toBeGreaterThan(0);
      expect(operation.summary?.length, name).toBeGreaterThan(0);
    }
    expect(ids.size).toBeGreaterThan(30);
  });

  it('documents every success answer with a schema, and 204 with none', () => {
    for (const { name, operation } of operations()) {
      const successes = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      expect(successes.length, `${name} lists no success answer`).toBeGreaterThan(0);
      for (const status of successes) {
        const schema = operation.responses[status].content?.['application/json']?.schema;
        if (status === '204') expect(schema, `${name} ${status}`).toBeUndefined();
        else {
          expect(schema, `${name} ${status} has no schema`).toBeDefined();
          expect(Object.keys(schema).filter((k) => k !== 'description').length, `${name} ${status}: an open {} schema`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('lists the body failures (413, 415) on exactly the operations that take a body, and every failure as the one error shape', () => {
    for (const { name, operation } of operations()) {
      const statuses = Object.keys(operation.responses);
      const takesBody = operation.requestBody !== undefined;
      expect(statuses.includes('413'), `${name} 413`).toBe(takesBody);
      expect(statuses.includes('415'), `${name} 415`).toBe(takesBody);
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        const schema = operation.responses[status].content['application/json'].schema;
        // The shared Error component (common.ts `errorAnswer`), or a schema of the same shape written out.
        if (schema.$ref !== undefined) expect(schema.$ref, `${name} ${status}`).toBe('#/components/schemas/Error');
        else expect(schema.properties.error.required, `${name} ${status}`).toEqual(['code', 'message']);
      }
    }
  });

  it('documents every /api route the server registers, and nothing else', () => {
    // HEAD routes are Fastify's automatic twins of the GET ones; the document lists the GET.
    const registered = server.service.app.registeredRoutes
      .filter((route) => route.url.startsWith('/api/') && route.method !== 'HEAD')
      .map((route) => `${route.method} ${route.url.replace(/:([A-Za-z_]+)/g, '{$1}')}`);
    const documented = operations().map((operation) => operation.name);
    expect([...new Set(registered)].sort()).toEqual([...documented].sort());
    // The publish preview (a file database's worker threads) and the testing clock are among them.
    expect(documented).toEqual(expect.arrayContaining(['POST /api/playbooks/{id}/simulate', 'GET /api/previews/{id}', 'DELETE /api/previews/{id}', 'POST /api/clock/advance']));
  });

  it('is the document the typed client is generated from (openapiDocument), to the letter', async () => {
    expect(JSON.parse(JSON.stringify(await openapiDocument()))).toEqual(document);
  }, 60_000);

  it('asks no key of the health check, and lists no key failures for it', () => {
    const health = document.paths['/api/health'].get;
    expect(health.security).toEqual([]);
    expect(Object.keys(health.responses)).not.toContain('401');
  });
});
