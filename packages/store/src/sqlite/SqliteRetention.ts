import { MS_PER_DAY } from '@stayflow/logic';
import type { JobProgress, PrunableKind, PruneBatch, RetentionRepository } from '../Store.ts';
import type { SqliteDb } from './openSqlite.ts';
import { progressWriter } from './SqliteJobs.ts';

/** A run's entry day (UTC midnight, epoch ms), the grain of the rollups. */
const ENTERED_DAY = `(r.entered_at - (r.entered_at % ${MS_PER_DAY}))`;
const IDS = 'SELECT value FROM json_each(@ids)';

/**
 * Pruning over SQLite: each call is one short transaction on the indexes added for it
 * (events by `received_at`, runs by `ended_at`, messages by `at`, the outbox's due index).
 * Finished runs are folded into `run_rollups` and `step_rollups` in the same transaction
 * as they are deleted, so the playbook stats never miss or double them.
 */
export class SqliteRetention implements RetentionRepository {
  private readonly client;
  private readonly statements;
  private readonly writeProgress;

  constructor(db: SqliteDb) {
    this.client = db.$client;
    this.writeProgress = progressWriter(db);
    const prepare = (text: string) => this.client.prepare(text);
    this.statements = {
      events: prepare('DELETE FROM events WHERE id IN (SELECT id FROM events WHERE received_at < @olderThan ORDER BY received_at LIMIT @limit)'),
      messages: prepare(
        `DELETE FROM messages WHERE key IN (SELECT key FROM messages WHERE at < @olderThan AND status != 'queued' ORDER BY at LIMIT @limit)`,
      ),
      finishedRuns: prepare(`
        SELECT r.id, (SELECT COUNT(*) FROM run_steps s WHERE s.run_id = r.id) AS related
        FROM runs r
        WHERE r.ended_at IS NOT NULL AND r.ended_at < @olderThan AND r.status != 'active'
        ORDER BY r.ended_at LIMIT @limit`),
      rollUpRuns: prepare(`
        INSERT INTO run_rollups (playbook_id, entered_day, control, variant, status, runs, converted)
        SELECT r.playbook_id, ${ENTERED_DAY}, r.control, COALESCE(r.variant, ''), r.status, COUNT(*), COUNT(r.converted_at)
        FROM runs r WHERE r.id IN (${IDS})
        GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT DO UPDATE SET runs = runs + excluded.runs, converted = converted + excluded.converted`),
      rollUpSteps: prepare(`
        INSERT INTO step_rollups (playbook_id, entered_day, node, port, steps)
        SELECT s.playbook_id, ${ENTERED_DAY}, s.node, COALESCE(s.port, ''), COUNT(*)
        FROM run_steps s JOIN runs r ON r.id = s.run_id WHERE s.run_id IN (${IDS})
        GROUP BY 1, 2, 3, 4
        ON CONFLICT DO UPDATE SET steps = steps + excluded.steps`),
      deleteSteps: prepare(`DELETE FROM run_steps WHERE run_id IN (${IDS})`),
      deleteRuns: prepare(`DELETE FROM runs WHERE id IN (${IDS})`),
      finishedDeliveries: prepare(`
        SELECT o.key AS id, (SELECT COUNT(*) FROM delivery_attempts a WHERE a.key = o.key) AS related
        FROM outbox o
        WHERE (o.status = 'delivered' AND o.next_attempt_at < @olderThan AND o.delivered_at < @olderThan)
           OR (o.status = 'failed' AND o.next_attempt_at < @olderThan)
        ORDER BY o.next_attempt_at LIMIT @limit`),
      deleteAttempts: prepare(`DELETE FROM delivery_attempts WHERE key IN (${IDS})`),
      deleteDeliveries: prepare(`DELETE FROM outbox WHERE key IN (${IDS})`),
    };
  }

  async prune(kind: PrunableKind, olderThan: number, limit: number, progress?: (batch: PruneBatch) => JobProgress): Promise<PruneBatch> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A prune batch needs a positive whole number of rows, not ${limit}.`);
    return this.client.transaction((): PruneBatch => {
      const batch = this.batch(kind, olderThan, limit);
      if (progress !== undefined) this.writeProgress(progress(batch));
      return batch;
    })();
  }

  private batch(kind: PrunableKind, olderThan: number, limit: number): PruneBatch {
    switch (kind) {
      case 'events':
      case 'messages': {
        const removed = this.statements[kind].run({ olderThan, limit }).changes;
        return { removed, related: 0, more: removed === limit };
      }
      case 'runs': {
        const { ids, related, more } = this.take(this.statements.finishedRuns, olderThan, limit);
        if (ids.length === 0) return { removed: 0, related: 0, more: false };
        const batch = { ids: JSON.stringify(ids) };
        this.statements.rollUpRuns.run(batch);
        this.statements.rollUpSteps.run(batch);
        this.statements.deleteSteps.run(batch);
        return { removed: this.statements.deleteRuns.run(batch).changes, related, more };
      }
      case 'outbox': {
        const { ids, related, more } = this.take(this.statements.finishedDeliveries, olderThan, limit);
        if (ids.length === 0) return { removed: 0, related: 0, more: false };
        const batch = { ids: JSON.stringify(ids) };
        this.statements.deleteAttempts.run(batch);
        return { removed: this.statements.deleteDeliveries.run(batch).changes, related, more };
      }
    }
  }

  /**
   * The oldest candidates whose rows, with their related rows, fit in `limit`; at least
   * one, so a run with more steps than the limit still goes (whole, never split).
   */
  private take(query: { all(params: object): unknown[] }, olderThan: number, limit: number): { ids: string[]; related: number; more: boolean } {
    const candidates = query.all({ olderThan, limit }) as { id: string; related: number }[];
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
}
