import { createHash, randomBytes } from 'node:crypto';

/** The cookie holding a signed-in person's session token. */
export const SESSION_COOKIE = 'stayflow_session';

/** STAYFLOW_SESSION_IDLE_MINUTES unset: a session unused for 12 hours ends. */
export const DEFAULT_SESSION_IDLE_MINUTES = 720;
/** The longest idle timeout accepted: no longer than a session may live at all. */
export const MAX_SESSION_IDLE_MINUTES = 30 * 24 * 60;
/** However active, a session ends 30 days after sign-in. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60_000;
/** A session's (and a key's) last use is written at most this often, so busy clients cost no extra writes. */
export const TOUCH_EVERY_MS = 60_000;

/** STAYFLOW_SESSION_IDLE_MINUTES as milliseconds, or the sentence saying what is wrong with it. */
export function readSessionIdle(env: NodeJS.ProcessEnv): { ok: true; ms: number } | { ok: false; message: string } {
  const text = env.STAYFLOW_SESSION_IDLE_MINUTES;
  if (text === undefined || text.trim() === '') return { ok: true, ms: DEFAULT_SESSION_IDLE_MINUTES * 60_000 };
  const minutes = Number(text);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SESSION_IDLE_MINUTES) {
    return { ok: false, message: `STAYFLOW_SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to ${MAX_SESSION_IDLE_MINUTES} (30 days), not "${text}".` };
  }
  return { ok: true, ms: minutes * 60_000 };
}

/** A new random token (for the cookie or the CSRF header): 32 bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored for a session token: its SHA-256 in hex, so a stolen database row cannot be replayed as a cookie. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');
