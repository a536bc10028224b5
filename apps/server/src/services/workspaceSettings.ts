import type { Store } from '@stayflow/store';

/** Settings of the whole workspace, changed by admins (PATCH /api/settings); server README, "Roles". */
export interface WorkspaceSettings {
  /** Four-eyes publishing: a publish becomes a request another editor or an admin approves. */
  four_eyes: boolean;
}

/** Where they live: the `settings` key/value table, under this key. */
export const WORKSPACE_SETTINGS_KEY = 'workspace';

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = Object.freeze({ four_eyes: false });

/** The workspace settings: what is stored, with the defaults for anything not set (or not readable). */
export async function readWorkspaceSettings(store: Pick<Store, 'settings'>): Promise<WorkspaceSettings> {
  const stored = await store.settings.get(WORKSPACE_SETTINGS_KEY);
  const value = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return { four_eyes: typeof value.four_eyes === 'boolean' ? value.four_eyes : DEFAULT_WORKSPACE_SETTINGS.four_eyes };
}

/** Applies `changes` to the stored settings; answers the settings after them. */
export async function writeWorkspaceSettings(store: Pick<Store, 'settings'>, changes: Partial<WorkspaceSettings>): Promise<WorkspaceSettings> {
  const next: WorkspaceSettings = { ...(await readWorkspaceSettings(store)), ...changes };
  await store.settings.set(WORKSPACE_SETTINGS_KEY, next);
  return next;
}
