/**
 * A read (by key) that callers arriving while one is in flight share: they wait for the next
 * one, which starts once the current one has answered, so each caller still gets a read that
 * began after its call (it sees every commit made before it asked). Under concurrent requests
 * that each read the same row (the testing clock's time, read before every request), a process
 * then sends at most two reads at a time per key instead of one per request.
 */
export function sharedReads<Key, Value>(read: (key: Key) => Promise<Value>): (key: Key) => Promise<Value> {
  const current = new Map<Key, Promise<Value>>();
  const next = new Map<Key, Promise<Value>>();

  const start = (key: Key): Promise<Value> => {
    const reading = read(key).finally(() => {
      if (current.get(key) === reading) current.delete(key);
    });
    current.set(key, reading);
    return reading;
  };

  return (key) => {
    const inFlight = current.get(key);
    if (inFlight === undefined) return start(key);
    let queued = next.get(key);
    if (queued === undefined) {
      const settled = inFlight.then(
        () => undefined,
        () => undefined,
      );
      queued = settled.then(() => {
        next.delete(key);
        return start(key);
      });
      next.set(key, queued);
    }
    return queued;
  };
}
