import type { Playbook } from '@stayflow/playbook';
import { ApiError } from './ApiError.ts';
import { api } from './client.ts';
import type { Locale } from './types.ts';

/**
 * Saves a new draft built for the ids already taken; if someone took its id meanwhile
 * (409), builds it again with that id taken too and saves once more. Returns the draft saved.
 */
export async function createWithFreeId(build: (taken: readonly string[]) => Playbook, taken: readonly string[], locale: Locale): Promise<Playbook> {
  const first = build(taken);
  try {
    await api.createPlaybook(first, { partial: true, locale });
    return first;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    const second = build([...taken, first.id]);
    await api.createPlaybook(second, { partial: true, locale });
    return second;
  }
}
