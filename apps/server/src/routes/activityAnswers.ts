import type { MessageRecord, StepRecord } from '@stayflow/store';
import { iso } from './common.ts';

/**
 * A message as answers name its fields, for the message log (`GET /api/messages`) and the
 * customer export alike. The id, and the customer and times, stay with each caller: the log
 * puts the customer after the id and gives the time it was sent, while the export (one
 * customer's own) keeps both stored times.
 */
export const messageFields = (m: MessageRecord) => ({
  playbook: m.playbookId,
  run: m.runId,
  node: m.node,
  channel: m.channel,
  subject: m.subject,
  body: m.body,
  // sent: delivered by a channel adapter; logged: kept here only (inbox, or a channel with no adapter configured).
  status: m.status,
});

/** A step of a run's timeline, for `GET /api/runs` and the customer export alike. */
export const stepAnswer = (s: StepRecord) => ({ visit: s.visit, node: s.node, port: s.port, at: iso(s.at), left_at: iso(s.leftAt) });
