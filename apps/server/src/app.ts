import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { authPlugin } from './plugins/auth.ts';
import { clientErrorHandler, createFrameworkErrorHandler, errorsPlugin, MAX_PARAM_LENGTH } from './plugins/errors.ts';
import { jsonBodyPlugin } from './plugins/jsonBody.ts';
import { strictValidatorCompiler } from './plugins/strictValidatorCompiler.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { webPlugin } from './plugins/web.ts';
import { activityRoutes } from './routes/activity.ts';
import { clockRoutes } from './routes/clock.ts';
import { customerDataRoutes } from './routes/customerData.ts';
import { customerRoutes } from './routes/customers.ts';
import { eventRoutes } from './routes/events.ts';
import { jobRoutes } from './routes/jobs.ts';
import type { ExchangeRates } from './routes/exchangeRates.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { modelRoutes } from './routes/models.ts';
import { playbookRoutes } from './routes/playbooks.ts';
import { approvalRoutes } from './routes/approvals.ts';
import { auditRoutes } from './routes/audit.ts';
import { auditTrailPlugin } from './plugins/auditTrail.ts';
import { idempotencyPlugin } from './plugins/idempotency.ts';
import { FourEyes } from './services/fourEyes.ts';
import { previewRoutes } from './routes/previews.ts';
import type { PreviewRunner } from './services/preview/PreviewRunner.ts';
import { segmentRoutes } from './routes/segments.ts';
import { segmentIngestionRoutes } from './routes/segmentIngestion.ts';
import { templateRoutes } from './routes/templates.ts';
import { keyRoutes } from './routes/keys.ts';
import { peopleRoutes } from './routes/people.ts';
import { sessionRoutes } from './routes/session.ts';
import { settingsRoutes } from './routes/settings.ts';
import { Health } from './routes/answerSchemas.ts';
import { readyRoutes } from './routes/ready.ts';
import { openAnswers } from './routes/common.ts';
import type { ModelFitter } from './predictions/ModelFitter.ts';
import type { ManualClock } from './runtime/Clock.ts';
import type { Runtime } from './runtime/Runtime.ts';
import type { SegmentRecounter } from './runtime/SegmentRecounter.ts';
import { PlaybookService } from './services/playbookService.ts';

export interface AppOptions {
  runtime: Runtime;
  /** Recounts segment members after a rule changes (the service's one instance, which also runs the hourly recount). */
  recounter: SegmentRecounter;
  /** Fits the customer-base models (daily, and on POST /api/models/fit). */
  fitter: ModelFitter;
  /** Present only with STAYFLOW_CLOCK=manual: then the clock routes exist. */
  manualClock?: ManualClock;
  /** Called after the testing clock moved, before the answer: delivers what became due. */
  afterClockMove?: () => Promise<void>;
  /** Sign-in required whatever the people (any bind address but loopback); otherwise only once a person exists. */
  requireApiKeys: boolean;
  /** How long an unused session lasts (STAYFLOW_SESSION_IDLE_MINUTES); 12 hours when absent. */
  sessionIdleMs?: number;
  logger?: boolean | object;
  /** One log line per request (STAYFLOW_LOG_REQUESTS=1); off by default to keep the terminal readable. */
  logRequests?: boolean;
  /** Where the built editor is; served at / when present. */
  webRoot?: string;
  /** STAYFLOW_BASE_CURRENCY and STAYFLOW_FX_RATES, for the metrics' totals in one currency. */
  exchangeRates?: ExchangeRates | null;
  /** Publish previews in worker threads; absent, the preview routes are too. */
  previews?: PreviewRunner;
}

const BODY_LIMIT = 10 * 1024 * 1024;
/** A path parameter's longest raw (percent-encoded) form: 200 characters of up to 4 UTF-8 bytes, each written %XX. Longer ids are then 414s by their schemas. */

/** Fastify's ajv settings, should a schema ever reach ajv; routes validate with `strictValidatorCompiler`. Nothing is coerced or dropped silently. */
export const AJV_OPTIONS = { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: true } } as const;

/** Builds the HTTP app around a runtime; tests build it and use `app.inject` or listen on port 0. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: options.logRequests !== true }),
    bodyLimit: BODY_LIMIT,
    ajv: AJV_OPTIONS,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: createFrameworkErrorHandler({ bodyLimit: BODY_LIMIT }),
    clientErrorHandler,
    // Shutting down is answered by errorsPlugin, in the API's error shape.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(strictValidatorCompiler);
  // Answers are sent as built: response schemas document them (and the tests check answers against them), never reshape them.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  // A JSON API: anything but JSON is refused with 415 rather than parsed as text.
  app.removeContentTypeParser('text/plain');
  await app.register(errorsPlugin, { bodyLimit: BODY_LIMIT });
  await app.register(jsonBodyPlugin);
  // Several processes may share the testing clock (PostgreSQL): each request first catches up with a move another made.
  const manualClock = options.manualClock;
  if (manualClock?.shared) app.addHook('onRequest', async () => manualClock.refresh());
  await app.register(openapiPlugin);
  await app.register(authPlugin, {
    required: options.requireApiKeys,
    store: options.runtime.store,
    ...(options.sessionIdleMs !== undefined ? { sessionIdleMs: options.sessionIdleMs } : {}),
  });

  // Before every route: it records each successful write, and lists the write routes with their line of its table.
  await app.register(auditTrailPlugin, { append: (entry) => options.runtime.store.audit.append(entry), now: () => options.runtime.clock.now() });
  // Writes with a body may be retried safely with an Idempotency-Key (README, "Retrying writes").
  await app.register(idempotencyPlugin, { store: options.runtime.store, now: () => options.runtime.clock.now() });

  const playbooks = new PlaybookService(options.runtime);
  const fourEyes = new FourEyes(options.runtime, playbooks);
  app.get('/api/health', { schema: { tags: ['system'], operationId: 'health', summary: 'Liveness', security: [], response: openAnswers({ 200: Health }) } }, async () => ({ ok: true as const }));
  await app.register(readyRoutes, { probe: () => options.runtime.store.customers.count() });
  await app.register(sessionRoutes, { store: options.runtime.store, ...(options.sessionIdleMs !== undefined ? { sessionIdleMs: options.sessionIdleMs } : {}) });
  await app.register(peopleRoutes, { store: options.runtime.store, presence: app.peoplePresence });
  await app.register(keyRoutes, { store: options.runtime.store });
  await app.register(settingsRoutes, { store: options.runtime.store });
  await app.register(customerRoutes, { runtime: options.runtime });
  await app.register(customerDataRoutes, { runtime: options.runtime });
  await app.register(eventRoutes, { runtime: options.runtime });
  await app.register(segmentIngestionRoutes, { runtime: options.runtime });
  await app.register(playbookRoutes, { playbooks, fourEyes, runtime: options.runtime });
  await app.register(approvalRoutes, { fourEyes });
  await app.register(auditRoutes, { store: options.runtime.store });
  await app.register(segmentRoutes, { runtime: options.runtime, recounter: options.recounter });
  await app.register(activityRoutes, { runtime: options.runtime });
  await app.register(metricsRoutes, { runtime: options.runtime, exchangeRates: options.exchangeRates ?? null });
  await app.register(jobRoutes, { runtime: options.runtime });
  if (options.previews) await app.register(previewRoutes, { runtime: options.runtime, previews: options.previews, waitForResult: options.manualClock !== undefined });
  await app.register(modelRoutes, { runtime: options.runtime, fitter: options.fitter, recounter: options.recounter });
  await app.register(templateRoutes);
  if (options.manualClock) await app.register(clockRoutes, { runtime: options.runtime, clock: options.manualClock, ...(options.afterClockMove ? { afterMove: options.afterClockMove } : {}) });
  if (options.webRoot) await app.register(webPlugin, { root: options.webRoot });
  return app;
}
