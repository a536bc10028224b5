import type pg from 'pg';
import type { JobProgress, PrunableKind, PruneBatch, RetentionRepository } from '../Store.ts';
import type { PgDb } from './openPg.ts';
import { writeProgress } from './PgJobs.ts';
import { inTransaction, run, statement } from './pgTransaction.ts';

const IDS = 'SELECT unnest($1::text[])';

const Q = {
  events: statement('stayflow_prune_events', 'DELETE FROM events WHERE id IN (SELECT id FROM events WHERE received_at < $1 ORDER BY received_at LIMIT $2)'),
  messages: statement('stayflow_prune_messages', `DELETE FROM messages WHERE key IN (SELECT key FROM messages WHERE at < $1 AND status <> 'queued' ORDER BY at LIMIT $2)`),
  finishedRuns: statement(
    'stayflow_prune_finished_runs',
    `SELECT r.id, (SELECT COUNT(*) FROM run_steps s WHERE s.run_id = r.id) AS related
     FROM runs r WHERE r.ended_at IS NOT NULL AND r.ended_at < $1 AND r.status <> 'active'
     ORDER BY r.ended_at LIMIT $2`,
  ),
  rollUpRuns: statement(
    'stayflow_prune_roll_up_runs',
    `INSERT INTO run_rollups (playbook_id, entered_day, control, variant, status, runs, converted)
     SELECT r.playbook_id, stayflow_entry_day(r.entered_at), r.control, COALESCE(r.variant, ''), r.status, COUNT(*), COUNT(r.converted_at)
     FROM runs r WHERE r.id IN (${IDS}) GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT (playbook_id, entered_day, control, variant, status) DO UPDATE SET runs = run_rollups.runs + excluded.runs, converted = run_rollups.converted + excluded.converted`,
  ),
  rollUpSteps: statement(
    'stayflow_prune_roll_up_steps',
    `INSERT INTO step_rollups (playbook_id, entered_day, node, port, steps)
     SELECT s.playbook_id, stayflow_entry_day(r.entered_at), s.node, COALESCE(s.port, ''), COUNT(*)
     FROM run_steps s JOIN runs r ON r.id = s.run_id WHERE s.run_id IN (${IDS}) GROUP BY 1, 2, 3, 4
     ON CONFLICT (playbook_id, entered_day, node, port) DO UPDATE SET steps = step_rollups.steps + excluded.steps`,
  ),
  deleteSteps: statement('stayflow_prune_delete_steps', `DELETE FROM run_steps WHERE run_id IN (${IDS})`),
  deleteRuns: statement('stayflow_prune_delete_runs', `DELETE FROM runs WHERE id IN (${IDS})`),
  finishedDeliveries: statement(
    'stayflow_prune_finished_deliveries',
    `SELECT o.key AS id, (SELECT COUNT(*) FROM delivery_attempts a WHERE a.key = o.key) AS related
     FROM outbox o
     WHERE (o.status = 'delivered' AND o.next_attempt_at < $1 AND o.delivered_at < $1) OR (o.status = 'failed' AND o.next_attempt_at < $1)
     ORDER BY o.next_attempt_at LIMIT $2`,
  ),
  deleteAttempts: statement('stayflow_prune_delete_attempts', `DELETE FROM delivery_attempts WHERE key IN (${IDS})`),
  deleteDeliveries: statement('stayflow_prune_delete_deliveries', `DELETE FROM outbox WHERE key IN (${IDS})`),
};

/** Pruning over PostgreSQL: the batches of SqliteRetention (see there), one transaction each. */
export class PgRetention implements RetentionRepository {
  constructor(private readonly db: PgDb) {}

  async prune(kind: PrunableKind, olderThan: number, limit: number, progress?: (batch: PruneBatch) => JobProgress): Promise<PruneBatch> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A prune batch needs a positive whole number of rows, not ${limit}.`);
    return inTransaction(this.db, async (client) => {
      const batch = await this.batch(client, kind, olderThan, limit);
      if (progress !== undefined) await writeProgress(client, progress(batch));
      return batch;
    });
  }

  private async batch(client: pg.PoolClient, kind: PrunableKind, olderThan: number, limit: number): Promise<PruneBatch> {
    switch (kind) {
      case 'events':
      case 'messages': {
        const removed = (await run(client, Q[kind], [olderThan, limit])).rowCount ?? 0;
        return { removed, related: 0, more: removed === limit };
      }
      case 'runs': {
        const { ids, related, more } = take((await run(client, Q.finishedRuns, [olderThan, limit])).rows as Candidate[], limit);
        if (ids.length === 0) return { removed: 0, related: 0, more: false };
        await run(client, Q.rollUpRuns, [ids]);
        await run(client, Q.rollUpSteps, [ids]);
        await run(client, Q.deleteSteps, [ids]);
        return { removed: (await run(client, Q.deleteRuns, [ids])).rowCount ?? 0, related, more };
      }
      case 'outbox': {
        const { ids, related, more } = take((await run(client, Q.finishedDeliveries, [olderThan, limit])).rows as Candidate[], limit);
        if (ids.length === 0) return { removed: 0, related: 0, more: false };
        await run(client, Q.deleteAttempts, [ids]);
        return { removed: (await run(client, Q.deleteDeliveries, [ids])).rowCount ?? 0, related, more };
      }
    }
  }
}

interface Candidate {
  id: string;
  related: number;
}

/** The oldest candidates whose rows, with their related rows, fit in `limit`; at least one (a run is never split). */
function take(candidates: readonly Candidate[], limit: number): { ids: string[]; related: number; more: boolean } {
  const ids: string[] = [];
  let rows = 0;
  let related = 0;
  for (const candidate of candidates) {
    const cost = 1 + candidate.related;
    if (ids.length > 0 && rows + cost > limit) break;
    ids.push(candidate.id);
    rows += cost;
    related += candidate.related;
  }
  return { ids, related, more: ids.length < candidates.length || candidates.length === limit };
}
