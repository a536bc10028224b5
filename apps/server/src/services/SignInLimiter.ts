/**
 * Failed sign-ins allowed per client address and per email within a window (server README,
 * "Accounts and sign-in"). Past that, sign-ins from that address, or for that email, are
 * answered 429 until the oldest counted failure leaves the window, even with the right
 * password, or the limit would not slow guessing. Kept in this process's memory: with several
 * processes each counts its own.
 */
export const SIGN_IN_LIMIT = { attempts: 10, windowMs: 15 * 60_000 } as const;

/** The most addresses and emails remembered at once; the oldest are forgotten first, so a flood of made-up emails cannot fill the memory. */
const MAX_TRACKED = 100_000;

export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limit: { attempts: number; windowMs: number } = SIGN_IN_LIMIT) {}

  /** Milliseconds until a sign-in for this address and email may be tried again; 0 when it may now. */
  waitMs(address: string, email: string, now: number): number {
    return Math.max(this.waitFor(`ip:${address}`, now), this.waitFor(`email:${email.toLowerCase()}`, now));
  }

  /** Counts a failed sign-in against the address and the email. */
  recordFailure(address: string, email: string, now: number): void {
    for (const key of [`ip:${address}`, `email:${email.toLowerCase()}`]) {
      const times = this.recent(key, now);
      times.push(now);
      this.failures.delete(key);
      this.failures.set(key, times);
    }
    while (this.failures.size > MAX_TRACKED) this.failures.delete(this.failures.keys().next().value!);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.limit.windowMs);
  }

  private waitFor(key: string, now: number): number {
    const times = this.recent(key, now);
    if (times.length === 0) this.failures.delete(key);
    if (times.length < this.limit.attempts) return 0;
    return times[times.length - this.limit.attempts]! + this.limit.windowMs - now;
  }
}
