export type * from './Store.ts';
export { hashApiKey } from './apiKeyHash.ts';
export { openSqliteStore } from './sqlite/openSqliteStore.ts';
export { backupSqlite, type BackupOptions, type BackupResult } from './sqlite/backupSqlite.ts';
