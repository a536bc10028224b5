import { createService } from './service.ts';

/** 2026-01-01T00:00:00Z: the testing clock's start while the document is built; nothing reads it. */
const FIXED_START = Date.UTC(2026, 0, 1);

/**
 * The OpenAPI document as `GET /api/openapi.json` serves it, built without listening or starting
 * any work: a service on an in-memory database, with the testing clock so that its two routes
 * are in it too (they exist only with STAYFLOW_CLOCK=manual, as their tag says). The typed client
 * (`@stayflow/client`) is generated from it.
 */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  const service = await createService({
    dataFile: ':memory:',
    clock: { mode: 'manual', start: FIXED_START },
    requireApiKeys: false,
    env: {},
    demoCustomers: 0,
    sweepEveryMs: 3_600_000,
    logger: false,
  });
  try {
    await service.app.ready();
    return service.app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await service.stop();
  }
}
