import type { Playbook } from '@stayflow/playbook';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError.ts';
import { api } from './client.ts';
import { createWithFreeId } from './createWithFreeId.ts';

const draft = (id: string): Playbook => ({ schema: 'stayflow/playbook@1', id, name: id, nodes: [], edges: [] });
const next = (taken: readonly string[]) => draft(taken.includes('welcome') ? `welcome-${taken.length + 1}` : 'welcome');

describe('createWithFreeId', () => {
  it('saves under the free id, and under the next one when it was taken meanwhile', async () => {
    const create = vi.spyOn(api, 'createPlaybook').mockResolvedValueOnce(undefined as never);
    expect((await createWithFreeId(next, [], 'en')).id).toBe('welcome');

    create.mockRejectedValueOnce(new ApiError(409, 'playbook_exists', 'taken')).mockResolvedValueOnce(undefined as never);
    expect((await createWithFreeId(next, [], 'en')).id).toBe('welcome-2');
    expect((create.mock.calls.at(-1)![0] as Playbook).id).toBe('welcome-2');
  });

  it('leaves other failures to the caller', async () => {
    vi.spyOn(api, 'createPlaybook').mockRejectedValueOnce(new ApiError(400, 'invalid_playbook', 'no'));
    await expect(createWithFreeId(next, [], 'en')).rejects.toThrow('no');
  });
});
