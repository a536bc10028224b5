/** A table's columns without its lease columns (store README, "Leases"): the records the store returns never carry them. */
export function withoutLease<T extends Record<string, unknown>>(columns: T): Omit<T, 'leaseOwner' | 'leaseUntil'> {
  const { leaseOwner: _owner, leaseUntil: _until, ...rest } = columns;
  return rest;
}
