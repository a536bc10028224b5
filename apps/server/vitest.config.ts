import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // STAYFLOW_TEST_BACKEND=postgres: the integration tests on a throwaway PostgreSQL cluster (README, "Running on PostgreSQL").
    globalSetup: ['./test/postgresSetup.ts'],
  },
});
