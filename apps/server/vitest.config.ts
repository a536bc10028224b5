import { defineConfig } from 'vitest/config';

/**
 * Two projects in one `vitest run` (`pnpm test`): every test on SQLite, and the integration tests
 * that drive the store through a started server (test/harness.ts: the testing clock, every node
 * type, jobs, retention, predictions, metrics) again on PostgreSQL, in one throwaway cluster with
 * a database per server (README, "Running on PostgreSQL"). Without PostgreSQL the second project
 * fails with how to install it. STAYFLOW_TEST_BACKEND=postgres still runs every harness test on
 * PostgreSQL in the first project (test/postgresSetup.ts).
 */
export const POSTGRES_INTEGRATION_TESTS = [
  'test/api.test.ts',
  'test/scenarios.test.ts',
  'test/jobs.test.ts',
  'test/timeAloneChanges.test.ts',
  'test/predictions.test.ts',
  'test/retention.test.ts',
  'test/metricsEdges.test.ts',
  'test/statsAgreement.test.ts',
  'test/segmentCounts.test.ts',
  'test/ingestSlices.test.ts',
  'test/ruleLimits.test.ts',
  'test/testRun.test.ts',
  'test/publishPreview.test.ts',
  'test/previewAgreement.test.ts',
  'test/ready.test.ts',
  'test/auditTrail.test.ts',
  'test/segmentIngestion.test.ts',
  'test/pagination.test.ts',
  'test/enrolment.test.ts',
  'test/eventConflicts.test.ts',
  'test/idempotency.test.ts',
  'test/roleMatrix.test.ts',
  'test/teamSecurity.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', globalSetup: ['./test/postgresSetup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: POSTGRES_INTEGRATION_TESTS,
          env: { STAYFLOW_TEST_BACKEND: 'postgres' },
          globalSetup: ['./test/postgresProjectSetup.ts'],
        },
      },
    ],
  },
});
