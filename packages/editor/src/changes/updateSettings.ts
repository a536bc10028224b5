import type { Playbook, Settings } from '@stayflow/playbook';
import { applyPatch } from './updateNode.ts';

/** Changes playbook settings; a field set to `undefined` is removed, and empty settings disappear. */
export function updateSettings(document: Playbook, patch: { [K in keyof Settings]?: Settings[K] | undefined }): Playbook {
  const settings = applyPatch(document.settings ?? {}, patch);
  if (Object.keys(settings).length === 0) {
    if (document.settings === undefined) return document;
    const { settings: _removed, ...rest } = document;
    return rest;
  }
  return { ...document, settings };
}
