/**
 * Writes that arrive while one is in flight go together in the next (group commit for
 * autocommitted rows): under concurrent requests each process sends one statement per
 * group instead of one per row, and every caller is answered once its own row is
 * committed. `writeMany` gets the waiting items in arrival order and answers one result
 * per item, in that order. When a group fails, its items are written one by one, so one
 * unstorable item fails alone and every other caller gets what a lone write would give.
 *
 * A synchronous database (SQLite) has no write in flight for others to join: `gather` is
 * awaited before each group is taken, so that items arriving meanwhile (the other requests
 * of the same turn of the event loop, with `setImmediate`) go in the group too.
 */
export function batchedWrites<Item, Result>(writeMany: (items: readonly Item[]) => Promise<Result[]>, gather?: () => Promise<void>): (item: Item) => Promise<Result> {
  let waiting: { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];
  let inFlight = false;

  async function writeWaiting(): Promise<void> {
    inFlight = true;
    while (waiting.length > 0) {
      if (gather) await gather();
      const group = waiting;
      waiting = [];
      try {
        const results = await writeMany(group.map((w) => w.item));
        group.forEach((w, i) => w.resolve(results[i]!));
      } catch (error) {
        if (group.length === 1) group[0]!.reject(error);
        else await Promise.all(group.map((w) => writeMany([w.item]).then(([result]) => w.resolve(result!), w.reject)));
      }
    }
    inFlight = false;
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!inFlight) void writeWaiting();
    });
}
