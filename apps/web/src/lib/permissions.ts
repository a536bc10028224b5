import type { Role } from '../api/types.ts';

/** The least role a control needs (api-v1.1 "Roles"): viewers read, editors change and publish, admins run the workspace. */
export type Need = 'viewer' | 'editor' | 'admin';

/** What the UI disables by role, each with its own sentence (`permissions.<action>`). */
export const ACTIONS = {
  edit: 'editor',
  publish: 'editor',
  pauseResume: 'editor',
  createPlaybook: 'editor',
  deletePlaybook: 'editor',
  approve: 'editor',
  segments: 'editor',
  tasks: 'editor',
  customers: 'editor',
  admin: 'admin',
} as const satisfies Record<string, Need>;

export type Action = keyof typeof ACTIONS;

const RANK: Record<Role, number> = { ingest: 0, viewer: 1, editor: 2, admin: 3 };
const NEED_RANK: Record<Need, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether a role may use a control that needs `need`. `ingest` (for integrations) reads nothing. */
export function roleAllows(role: Role | null, need: Need): boolean {
  return role !== null && RANK[role] >= NEED_RANK[need];
}

export function roleMay(role: Role | null, action: Action): boolean {
  return roleAllows(role, ACTIONS[action]);
}
