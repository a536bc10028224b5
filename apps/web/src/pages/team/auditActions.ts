/**
 * The actions the audit log records (apps/server README, "Audit log"), grouped for the Action
 * filter; each has words under `audit.action.<object>.<verb>` and its group under `audit.group.<group>`.
 */
export const AUDIT_ACTION_GROUPS = [
  {
    group: 'playbooks',
    actions: [
      'playbook.create',
      'playbook.update',
      'playbook.publish',
      'playbook.publish_requested',
      'playbook.publish_approved',
      'playbook.publish_rejected',
      'playbook.publish_withdrawn',
      'playbook.pause',
      'playbook.resume',
      'playbook.enroll',
      'playbook.delete',
    ],
  },
  { group: 'segments', actions: ['segment.save', 'segment.delete'] },
  { group: 'customers', actions: ['customer.upsert', 'customers.batch', 'events.ingest', 'customer.erase', 'task.update'] },
  { group: 'access', actions: ['session.sign_in', 'session.sign_out', 'person.create', 'person.update', 'person.password', 'person.delete', 'key.create', 'key.delete'] },
  { group: 'workspace', actions: ['settings.update', 'models.fit', 'clock.advance'] },
] as const;

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTION_GROUPS.flatMap((group) => group.actions));

/** Whether the app has words for this action (others are shown as the server sent them). */
export function isKnownAuditAction(action: string): boolean {
  return KNOWN.has(action);
}
