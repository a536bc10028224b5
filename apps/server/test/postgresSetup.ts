import { postgresGlobalSetup } from '@stayflow/store/testing';
import type { TestProject } from 'vitest/node';

/**
 * vitest globalSetup: with STAYFLOW_TEST_BACKEND=postgres the server's tests that start a
 * service through the harness (test/harness.ts) run on PostgreSQL, each server on a database
 * of its own in one throwaway cluster; unset (or `sqlite`), on SQLite as always.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const backend = process.env.STAYFLOW_TEST_BACKEND ?? 'sqlite';
  if (backend === 'sqlite' || backend === '') return undefined;
  if (backend !== 'postgres') throw new Error(`STAYFLOW_TEST_BACKEND must be "sqlite" (the default) or "postgres", not "${backend}".`);
  return postgresGlobalSetup(project);
}
