import { createHash } from 'node:crypto';

/**
 * How an API key is stored: the SHA-256 of its text, in hex. The server's auth check and
 * the `stayflow keys` command both hash with this, so a key created by one is found by the other.
 */
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');
