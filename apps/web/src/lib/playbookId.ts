/** Playbook ids (`^[a-z0-9][a-z0-9-]{0,63}$`) derived from what operators type. */

export const PLAYBOOK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_LENGTH = 64;

export const isPlaybookId = (id: string): boolean => PLAYBOOK_ID.test(id);

function trimTo(id: string, length: number): string {
  return id.slice(0, length).replace(/-+$/, '');
}

/** Letters the id rule cannot hold (Chinese, Cyrillic…), once accents are dropped. */
const OTHER_LETTERS = /[^\P{L}a-z]/u;

/**
 * Six letters and digits that stand for a name (FNV-1a in base 36): the same name always
 * gives the same ones, two names seldom do. The id rule (`^[a-z0-9][a-z0-9-]{0,63}$`, fixed by
 * the format) has no room for Chinese, and pinyin needs a dictionary the app does not carry.
 */
export function nameCode(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name.trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}

/**
 * A valid id from a name: "Win-back: VIP customers!" → "win-back-vip-customers".
 * Accents are dropped (é → e). Letters the rule cannot hold become a stable six-character
 * code of the whole name, so "流失预警" gives `playbook-1x2y3z` (with `fallback` in front) and
 * "会员日 VIP day" gives `vip-day-4k5l6m`: two Chinese names do not both become `playbook`.
 */
export function deriveId(name: string, fallback = 'playbook'): string {
  const latin = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const code = OTHER_LETTERS.test(latin) ? nameCode(name) : '';
  const stem = slug !== '' ? slug : code !== '' ? fallback : '';
  const id = code === '' ? trimTo(stem, MAX_LENGTH) : `${trimTo(stem, MAX_LENGTH - code.length - 1)}-${code}`;
  return stem !== '' && isPlaybookId(id) ? id : fallback;
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
