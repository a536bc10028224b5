import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from './service.ts';

/** 2026-01-01T00:00:00Z: the testing clock's start while the document is built; nothing reads it. */
const FIXED_START = Date.UTC(2026, 0, 1);

/**
 * The OpenAPI document as `GET /api/openapi.json` serves it, built without listening or starting
 * any work: a service on a database file in a temporary folder (removed afterwards; an in-memory
 * database has no publish previews, whose worker threads open the file themselves, so their
 * routes would be missing), with the testing clock so that its two routes are in it too (they
 * exist only with STAYFLOW_CLOCK=manual, as their tag says). The typed client
 * (`@stayflow/client`) is generated from it.
 */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  const folder = mkdtempSync(join(tmpdir(), 'stayflow-openapi-document-'));
  try {
    return await documentOf(join(folder, 'stayflow.db'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function documentOf(dataFile: string): Promise<Record<string, unknown>> {
  const service = await createService({
    dataFile,
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
