/** Node ids are `^[A-Za-z0-9_-]{1,64}$`: a readable base such as `wait` or `send_message`. */
function sanitize(base: string): string {
  const cleaned = base.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 56);
  return cleaned === '' ? 'step' : cleaned;
}

/** The first free `base_1`, `base_2`…; a trailing `_N` of the base is dropped first, so a copy of `wait_1` is `wait_2`. */
export function uniqueNodeId(base: string, taken: ReadonlySet<string>): string {
  const stem = sanitize(base).replace(/_\d+$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${stem}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
