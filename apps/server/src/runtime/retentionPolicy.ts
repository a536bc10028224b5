/**
 * How long Stayflow keeps each kind of record, in days; null keeps it forever.
 * apps/server/README.md ("Data retention") is the operator's description.
 */
export interface RetentionPolicy {
  /** Raw events, counted from when they were received. Also the window in which a repeated event id is recognised as a duplicate. */
  eventsDays: number | null;
  /** Finished runs and their steps, counted from when they ended (folded into the stats rollups first). */
  runsDays: number | null;
  /** The message log, counted from when each message was produced. */
  messagesDays: number | null;
  /** Delivered (or given-up) outbox rows and their delivery attempts, counted from the last attempt. */
  outboxDays: number | null;
  /** The audit log, counted from each write it records (README, "Audit log"). */
  auditDays: number | null;
}

export const DEFAULT_RETENTION: RetentionPolicy = { eventsDays: 90, runsDays: 365, messagesDays: 365, outboxDays: 30, auditDays: 730 };

const MAX_DAYS = 36_500;

const VARIABLES: Record<keyof RetentionPolicy, string> = {
  eventsDays: 'STAYFLOW_RETAIN_EVENTS_DAYS',
  runsDays: 'STAYFLOW_RETAIN_RUNS_DAYS',
  messagesDays: 'STAYFLOW_RETAIN_MESSAGES_DAYS',
  outboxDays: 'STAYFLOW_RETAIN_OUTBOX_DAYS',
  auditDays: 'STAYFLOW_RETAIN_AUDIT_DAYS',
};

/** Reads the STAYFLOW_RETAIN_* variables; a mistake is a sentence naming the variable. */
export function readRetentionPolicy(env: NodeJS.ProcessEnv): { ok: true; policy: RetentionPolicy } | { ok: false; message: string } {
  const policy = { ...DEFAULT_RETENTION };
  for (const key of Object.keys(VARIABLES) as (keyof RetentionPolicy)[]) {
    const name = VARIABLES[key];
    const text = env[name]?.trim();
    if (text === undefined || text === '') continue;
    if (text.toLowerCase() === 'forever') {
      policy[key] = null;
      continue;
    }
    const days = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
      return { ok: false, message: `${name} must be a whole number of days from 1 to ${MAX_DAYS}, or "forever" to keep everything, not "${env[name]}".` };
    }
    policy[key] = days;
  }
  return { ok: true, policy };
}
