import type { TestProject } from 'vitest/node';
import { prepareTemplate, startPostgresCluster } from './postgresCluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin connection string of the run's throwaway PostgreSQL cluster. */
    postgresAdminUrl: string;
  }
}

/**
 * vitest globalSetup: one throwaway PostgreSQL cluster per test run, its template database
 * migrated once; tests get their own databases from `pgTestStore` / `createTestDatabase`.
 * Without PostgreSQL this fails the run with how to install it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  try {
    await prepareTemplate(cluster);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  project.provide('postgresAdminUrl', cluster.url());
  return () => cluster.stop();
}
