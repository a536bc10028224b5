/** Lets every pending request and I/O callback run before going on: what bulk work does between slices. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
