export type * from './Store.ts';
export { hashApiKey } from './apiKeyHash.ts';
export { openSqliteStore } from './sqlite/openSqliteStore.ts';
export { openPgStore } from './pg/openPgStore.ts';
export { isPostgresUrl, openStore, type StoreTarget } from './openStore.ts';
export { redactUrl } from './pg/openPg.ts';
export { backupSqlite, type BackupOptions, type BackupResult } from './sqlite/backupSqlite.ts';
export { openCustomerReader } from './openCustomerReader.ts';
export type { CustomerReader } from './CustomerReader.ts';
