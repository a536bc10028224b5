export { createTestDatabase, POSTGRES_MISSING, postgresBin, prepareTemplate, startPostgresCluster, TEMPLATE_DATABASE, type PostgresCluster } from './postgresCluster.ts';
export { default as postgresGlobalSetup } from './postgresGlobalSetup.ts';
