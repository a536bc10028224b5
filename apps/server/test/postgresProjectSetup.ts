import { postgresGlobalSetup } from '@stayflow/store/testing';
import type { TestProject } from 'vitest/node';

/**
 * vitest globalSetup of the `postgres` project (vitest.config.ts): always a throwaway PostgreSQL
 * cluster, whatever STAYFLOW_TEST_BACKEND says; without PostgreSQL the run fails saying how to
 * install it, never skipping.
 */
export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return postgresGlobalSetup(project);
}
