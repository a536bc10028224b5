import type { EngineEvent } from '../EngineEvent.ts';
import { AMOUNT_UNITS, type MetricsState, NEGATIVE_FEEDBACK_WINDOW_MS } from './MetricsState.ts';

/**
 * The metrics after one more event (spec "Standard events and metrics"). Pure,
 * and commutative: applying the same events in any order gives the same state,
 * because events imported from history arrive out of order.
 */
export function applyEvent(state: MetricsState, event: EngineEvent): MetricsState {
  const at = event.at;
  const next: MetricsState = {
    orders: state.orders,
    spentUnits: state.spentUnits,
    firstOrderAt: state.firstOrderAt,
    lastOrderAt: state.lastOrderAt,
    lastNps: state.lastNps,
    lastNpsAt: state.lastNpsAt,
    negativeFeedbackAt: state.negativeFeedbackAt,
    lastSeenAt: state.lastSeenAt === null || at > state.lastSeenAt ? at : state.lastSeenAt,
  };
  if (state.predictions !== undefined) next.predictions = state.predictions;
  switch (event.type) {
    case 'order_placed': {
      const amount = event.properties.amount;
      next.orders = state.orders + 1;
      next.spentUnits = state.spentUnits + (typeof amount === 'number' && Number.isFinite(amount) ? Math.round(amount * AMOUNT_UNITS) : 0);
      next.firstOrderAt = state.firstOrderAt === null || at < state.firstOrderAt ? at : state.firstOrderAt;
      next.lastOrderAt = state.lastOrderAt === null || at > state.lastOrderAt ? at : state.lastOrderAt;
      break;
    }
    case 'nps_submitted': {
      const score = event.properties.score;
      if (typeof score !== 'number' || !Number.isFinite(score)) break;
      // Two answers at the same instant keep the higher score, whatever order they arrive in.
      const later = state.lastNpsAt === null || at > state.lastNpsAt || (at === state.lastNpsAt && score > (state.lastNps ?? -Infinity));
      if (later) {
        next.lastNps = score;
        next.lastNpsAt = at;
      }
      break;
    }
    case 'feedback_submitted':
      if (event.properties.sentiment === 'negative') next.negativeFeedbackAt = insertSorted(state.negativeFeedbackAt, at);
      break;
    default:
      break;
  }
  if (next.negativeFeedbackAt.length > 0 && next.lastSeenAt !== null) {
    const horizon = next.lastSeenAt - NEGATIVE_FEEDBACK_WINDOW_MS;
    if (next.negativeFeedbackAt[0]! <= horizon) next.negativeFeedbackAt = next.negativeFeedbackAt.filter((t) => t > horizon);
  }
  return next;
}

function insertSorted(list: readonly number[], value: number): number[] {
  let index = list.length;
  while (index > 0 && list[index - 1]! > value) index--;
  return [...list.slice(0, index), value, ...list.slice(index)];
}
