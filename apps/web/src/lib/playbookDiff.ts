import type { Edge, Playbook, PlaybookNode } from '@stayflow/playbook';

/**
 * What publishing would change: the draft compared with the live version, in terms
 * an operator recognises — steps added, removed and edited (with the fields that
 * changed), connections, settings and the playbook's own details. Moving a step on
 * the canvas is counted but not listed: it changes nothing for customers.
 */

export type DetailField = 'name' | 'description' | 'tags' | 'translations';

export interface NodeChange {
  before: PlaybookNode;
  after: PlaybookNode;
  /** Field names of the node that differ (never `position`); `meta` covers translations and notes. */
  fields: string[];
}

export interface SettingChange {
  key: string;
  change: 'added' | 'removed' | 'changed';
}

export interface PlaybookDiff {
  details: DetailField[];
  settings: SettingChange[];
  added: PlaybookNode[];
  removed: PlaybookNode[];
  changed: NodeChange[];
  connections: { added: Edge[]; removed: Edge[] };
  /** Steps that only moved on the canvas. */
  moved: number;
}

type DiffableDoc = Pick<Playbook, 'name' | 'nodes' | 'edges'> & Partial<Pick<Playbook, 'description' | 'tags' | 'settings' | 'meta'>>;

/** Deep equality for JSON values; object key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

const edgeKey = (edge: Edge) => `${edge.from}\u0000${edge.port ?? 'next'}\u0000${edge.to}`;

function nodeFields(before: PlaybookNode, after: PlaybookNode): string[] {
  const left = before as unknown as Record<string, unknown>;
  const right = after as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => key !== 'position' && key !== 'id');
  return keys.filter((key) => !sameValue(left[key], right[key]));
}

export function diffPlaybooks(before: DiffableDoc, after: DiffableDoc): PlaybookDiff {
  const details: DetailField[] = [];
  if (before.name !== after.name) details.push('name');
  if ((before.description ?? '') !== (after.description ?? '')) details.push('description');
  if (!sameValue(before.tags ?? [], after.tags ?? [])) details.push('tags');
  if (!sameValue(before.meta ?? {}, after.meta ?? {})) details.push('translations');

  const settings: SettingChange[] = [];
  const oldSettings = (before.settings ?? {}) as Record<string, unknown>;
  const newSettings = (after.settings ?? {}) as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(oldSettings), ...Object.keys(newSettings)])]) {
    const had = oldSettings[key] !== undefined;
    const has = newSettings[key] !== undefined;
    if (had && !has) settings.push({ key, change: 'removed' });
    else if (!had && has) settings.push({ key, change: 'added' });
    else if (had && has && !sameValue(oldSettings[key], newSettings[key])) settings.push({ key, change: 'changed' });
  }

  const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const newNodes = new Map(after.nodes.map((n) => [n.id, n]));
  const added = after.nodes.filter((n) => !oldNodes.has(n.id));
  const removed = before.nodes.filter((n) => !newNodes.has(n.id));
  const changed: NodeChange[] = [];
  let moved = 0;
  for (const node of after.nodes) {
    const old = oldNodes.get(node.id);
    if (!old) continue;
    const fields = nodeFields(old, node);
    if (fields.length > 0) changed.push({ before: old, after: node, fields });
    else if (!sameValue(old.position, node.position)) moved++;
  }

  const oldEdges = new Set(before.edges.map(edgeKey));
  const newEdges = new Set(after.edges.map(edgeKey));
  // Connections of added or removed steps come with them; list only rewiring between steps that stay.
  const kept = (edge: Edge) => oldNodes.has(edge.from) && newNodes.has(edge.from) && oldNodes.has(edge.to) && newNodes.has(edge.to);
  const connections = {
    added: after.edges.filter((e) => !oldEdges.has(edgeKey(e)) && kept(e)),
    removed: before.edges.filter((e) => !newEdges.has(edgeKey(e)) && kept(e)),
  };

  return { details, settings, added, removed, changed, connections, moved };
}

/** True when publishing would change nothing customers or operators would notice. */
export function isEmptyDiff(diff: PlaybookDiff): boolean {
  return (
    diff.details.length === 0 &&
    diff.settings.length === 0 &&
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    diff.connections.added.length === 0 &&
    diff.connections.removed.length === 0
  );
}

/** How many changes, for a one-line summary ("5 changes"). Moves on the canvas do not count. */
export function countChanges(diff: PlaybookDiff): number {
  return diff.details.length + diff.settings.length + diff.added.length + diff.removed.length + diff.changed.length + diff.connections.added.length + diff.connections.removed.length;
}
