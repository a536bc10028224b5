export type * from './Store.ts';
export { openSqliteStore } from './sqlite/openSqliteStore.ts';
