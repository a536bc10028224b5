import { createHash, randomBytes } from 'node:crypto';

/**
 * How an API key is stored: the SHA-256 of its text, in hex. The server's auth check and
 * the `stayflow keys` command both hash with this, so a key created by one is found by the other.
 */
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** A new API key: "sf_" and 32 random bytes in base64url (the CLI's `keys create` and POST /api/keys). */
export const newApiKey = (): string => `sf_${randomBytes(32).toString('base64url')}`;
