import type { CompiledSettings } from '../compile/CompiledPlaybook.ts';
import { addDuration } from '../time/addDuration.ts';
import { quietHoursEnd } from '../time/quietHoursEnd.ts';

export interface Deferral {
  until: number;
  reason: 'quiet_hours' | 'frequency_cap';
}

/**
 * Whether a message due now must wait, and until when: to the end of the quiet
 * hours in the customer's zone, or until enough of the messages in the rolling
 * frequency-cap window (counted across every playbook) have left it.
 */
export function messageDeferral(settings: CompiledSettings, now: number, sentAt: readonly number[], timeZone: string): Deferral | null {
  if (settings.quietHours !== undefined) {
    const end = quietHoursEnd(now, settings.quietHours, timeZone);
    if (end !== null) return { until: end, reason: 'quiet_hours' };
  }
  const cap = settings.frequencyCap;
  if (cap !== undefined && sentAt.length >= cap.max) {
    // A message sent at s counts until s + per; with n in the window, one more fits once the (n − max + 1) oldest have left.
    const leaving: number[] = [];
    for (const sent of sentAt) {
      if (sent > now) continue;
      const leaves = addDuration(sent, cap.per, timeZone);
      if (leaves > now) leaving.push(leaves);
    }
    if (leaving.length >= cap.max) {
      leaving.sort((a, b) => a - b);
      return { until: leaving[leaving.length - cap.max]!, reason: 'frequency_cap' };
    }
  }
  return null;
}
