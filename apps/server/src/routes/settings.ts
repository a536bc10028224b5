import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Store } from '@stayflow/store';
import { readWorkspaceSettings, writeWorkspaceSettings } from '../services/workspaceSettings.ts';
import { answers } from './common.ts';
import { SettingsChangesBody, WorkspaceSettingsView } from './teamAnswers.ts';

/** The workspace settings (admin only): four-eyes publishing. */
export const settingsRoutes: FastifyPluginAsyncTypebox<{ store: Pick<Store, 'settings'> }> = async (app, { store }) => {
  app.get('/api/settings', { schema: { tags: ['team'], operationId: 'getSettings', summary: 'Read the workspace settings', response: answers({ 200: WorkspaceSettingsView }) } }, async () => readWorkspaceSettings(store));

  app.patch(
    '/api/settings',
    { schema: { tags: ['team'], operationId: 'updateSettings', summary: 'Change the workspace settings', body: SettingsChangesBody, response: answers({ 200: WorkspaceSettingsView }, 'body') } },
    async (request) => writeWorkspaceSettings(store, request.body.four_eyes !== undefined ? { four_eyes: request.body.four_eyes } : {}),
  );
};
