/** Playbook ids (`^[a-z0-9][a-z0-9-]{0,63}$`) derived from what operators type. */

export const PLAYBOOK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_LENGTH = 64;

export const isPlaybookId = (id: string): boolean => PLAYBOOK_ID.test(id);

function trimTo(id: string, length: number): string {
  return id.slice(0, length).replace(/-+$/, '');
}

/**
 * A valid id from a name: "Win-back: VIP customers!" → "win-back-vip-customers".
 * Accents are dropped (é → e); a name with no Latin letters or digits (such as
 * "流失预警") gives `fallback`, which the caller keeps unique with `uniqueId`.
 */
export function deriveId(name: string, fallback = 'playbook'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = trimTo(slug, MAX_LENGTH);
  return id !== '' && isPlaybookId(id) ? id : fallback;
}

/** `base`, or `base-2`, `base-3`, … — the first that is not taken, always within 64 characters. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${trimTo(base, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The id for a copy of `id`: `id-copy`, `id-copy-2`, … */
export function copyId(id: string, taken: Iterable<string>): string {
  return uniqueId(`${trimTo(id, MAX_LENGTH - '-copy'.length)}-copy`, taken);
}
