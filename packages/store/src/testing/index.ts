export { createTestDatabase, POSTGRES_MISSING, postgresBin, prepareTemplate, startPostgresCluster, TEMPLATE_DATABASE, type ClusterOptions, type PostgresCluster } from './postgresCluster.ts';
export { default as postgresGlobalSetup } from './postgresGlobalSetup.ts';
export { postgresRows } from './postgresRows.ts';
export { postgresWork, processCpuMs, statementWork, type PostgresWork, type StatementWork } from './postgresWork.ts';
