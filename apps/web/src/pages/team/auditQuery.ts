import type { AuditQuery } from '../../api/types.ts';

/** Rows per page of the Audit page (the server takes 1–500). */
export const AUDIT_PAGE_SIZE = 50;

/** The kinds of object the audit log records (api-v1.1 "Audit"), for the filter. */
export const AUDIT_OBJECT_TYPES = ['playbook', 'segment', 'customer', 'events', 'task', 'person', 'key', 'settings', 'clock', 'models'] as const;

/** The Audit page's filters as typed; times are `datetime-local` values in the browser's time zone. */
export interface AuditFilters {
  actor: string;
  objectType: string;
  objectId: string;
  action: string;
  from: string;
  to: string;
}

/** A `datetime-local` value ("2026-03-02T08:00") as an ISO instant, or undefined when empty or not a time. */
function instant(local: string): string | undefined {
  if (local.trim() === '') return undefined;
  const ms = new Date(local).getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The filters as `GET /api/audit` parameters: blanks left out, times as ISO instants. */
export function auditFilterQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = {};
  if (filters.actor.trim()) query.actor = filters.actor.trim();
  if (filters.objectType) query.object_type = filters.objectType;
  if (filters.objectId.trim()) query.object_id = filters.objectId.trim();
  if (filters.action.trim()) query.action = filters.action.trim();
  const from = instant(filters.from);
  const to = instant(filters.to);
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}
