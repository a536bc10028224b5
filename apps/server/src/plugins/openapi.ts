import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorAnswer } from '../routes/common.ts';

const PLAYBOOK_ID = 'https://stayflow.dev/schema/playbook@1.json';

/** Operations whose body may be left out (their handlers check it themselves): `POST /api/playbooks/:id/publish` publishes with none. */
const OPTIONAL_BODIES = new Set(['publishPlaybook']);

type OpenApiPaths = { paths?: Record<string, Record<string, { operationId?: string; requestBody?: { required?: boolean } }>> } & Record<string, unknown>;

function withOptionalBodies(document: OpenApiPaths): OpenApiPaths {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      if (operation.requestBody !== undefined && operation.operationId !== undefined && OPTIONAL_BODIES.has(operation.operationId)) operation.requestBody.required = false;
    }
  }
  return document;
}

/** The operations' groups, in the order the docs show them. */
const TAGS = [
  { name: 'customers', description: 'Customers and their attributes, tags and metrics; erasure and export.' },
  { name: 'events', description: 'Events customers do: orders, NPS answers, feedback, your own.' },
  { name: 'integrations', description: 'Data in from customer-data tools: Segment-compatible ingestion (Segment, RudderStack, Jitsu).' },
  { name: 'playbooks', description: 'Playbooks: drafts, validation, test runs, publish previews, publishing, enrolment and results; templates.' },
  { name: 'segments', description: 'Named customer segments and their member counts.' },
  { name: 'activity', description: 'What playbooks did: runs, messages and tasks.' },
  { name: 'metrics', description: 'Retention, churn, repurchase, NPS, lifetime value and cohorts.' },
  { name: 'models', description: 'The churn and value models fitted on the order history.' },
  { name: 'jobs', description: 'Background jobs and their progress.' },
  { name: 'clock', description: 'The testing clock (only with STAYFLOW_CLOCK=manual).' },
  { name: 'team', description: 'Signing in and out, people, API keys and their roles, workspace settings, the audit log and four-eyes publish approvals.' },
  { name: 'system', description: 'Liveness and readiness.' },
];

/** The OpenAPI document at /api/openapi.json, built from the same schemas the routes validate with; docs at /api/docs. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  app.addSchema(ErrorAnswer);
  await app.register(swagger, {
    openapi: {
      // 3.1: its schemas are JSON Schema 2020-12, as TypeBox writes them (numeric exclusiveMinimum, type null).
      openapi: '3.1.0',
      info: {
        title: 'Stayflow runtime API',
        version: '1.0.0',
        description: 'Customers, events and playbooks for Stayflow, the open-source retention playbook runtime.',
      },
      servers: [{ url: '/', description: 'The server this document is served from.' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key (`pnpm stayflow keys create`, or POST /api/keys), with its role; also accepted as HTTP Basic with the key as user name and an empty password. Needed unless the server is in local mode (loopback, no person created).' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'stayflow_session',
            description: 'The session cookie POST /api/session sets when a person signs in. Changes (any method but GET, HEAD, OPTIONS) must also send the session\'s `X-CSRF-Token`.',
          },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    // @fastify/swagger marks every body required; these operations take none as well.
    transformObject: (document) => withOptionalBodies(('openapiObject' in document ? document.openapiObject : {}) as OpenApiPaths),
    // Shared schemas become named components: the playbook document by its name, others by their $id.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id === PLAYBOOK_ID ? 'Playbook' : typeof json.$id === 'string' && /^[A-Za-z]\w*$/.test(json.$id) ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
