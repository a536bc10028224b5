/**
 * Lets every pending request and I/O callback run before going on: what bulk work does between
 * slices (the runtime's jobs and ingest, SQLite's long reads, the audit rows of one turn).
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
