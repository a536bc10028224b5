/** An event as the engine sees it: `at` in epoch milliseconds, properties as sent. */
export interface EngineEvent {
  /** The sender's id, used for deduplication by the runtime; optional here. */
  id?: string;
  type: string;
  at: number;
  properties: Record<string, unknown>;
}

/** Events more than this much older than now are history: they feed metrics only (api-v1 "Events and time"). */
const HISTORY_AFTER_MS = 72 * 3_600_000;

export function isHistory(event: Pick<EngineEvent, 'at'>, now: number): boolean {
  return event.at < now - HISTORY_AFTER_MS;
}
