import { describe, expect, it } from 'vitest';
import { roleAllows, roleMay } from './permissions.ts';

describe('roles in the UI', () => {
  it('orders viewer < editor < admin, and ingest reads nothing', () => {
    expect(roleAllows('viewer', 'viewer')).toBe(true);
    expect(roleAllows('viewer', 'editor')).toBe(false);
    expect(roleAllows('editor', 'editor')).toBe(true);
    expect(roleAllows('editor', 'admin')).toBe(false);
    expect(roleAllows('admin', 'admin')).toBe(true);
    expect(roleAllows('ingest', 'viewer')).toBe(false);
    expect(roleAllows(null, 'viewer')).toBe(false);
  });

  it('lets editors publish and approve, and only admins run the workspace', () => {
    expect(roleMay('viewer', 'publish')).toBe(false);
    expect(roleMay('editor', 'publish')).toBe(true);
    expect(roleMay('editor', 'approve')).toBe(true);
    expect(roleMay('editor', 'admin')).toBe(false);
    expect(roleMay('admin', 'admin')).toBe(true);
  });
});
