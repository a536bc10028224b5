import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One throwaway PostgreSQL cluster per run: the contract tests run against both stores (store README, "PostgreSQL").
    globalSetup: ['./src/testing/postgresGlobalSetup.ts'],
  },
});
