const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The template a playbook was made from: `meta.template` (written by "Use this template"),
 * else its id when that is a template's id (the demo publishes templates under their own
 * ids) or a template's id with the `-2`, `-3`… suffix the editor adds when the id is taken.
 * Null when none of these names a known template.
 */
export function templateOf(document: unknown, templateIds: ReadonlySet<string>): string | null {
  if (!isRecord(document)) return null;
  const meta = document.meta;
  if (isRecord(meta) && typeof meta.template === 'string' && templateIds.has(meta.template)) return meta.template;
  const id = typeof document.id === 'string' ? document.id : '';
  if (templateIds.has(id)) return id;
  const suffixed = /^(.+)-\d+$/.exec(id);
  return suffixed !== null && templateIds.has(suffixed[1]!) ? suffixed[1]! : null;
}
