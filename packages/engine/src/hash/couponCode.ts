import { stableHash } from './stableHash.ts';

// Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A coupon code derived from the action's idempotency key: `SF-` and 12
 * characters (60 bits), so the same visit always issues the same code and a
 * million coupons collide with a probability below one in a million.
 */
export function couponCode(key: string): string {
  let high = stableHash(key, 0x811c9dc5);
  let low = stableHash(key, 0x2f5a3c17);
  let code = '';
  for (let i = 0; i < 6; i++) {
    code += ALPHABET[high & 31];
    high >>>= 5;
  }
  for (let i = 0; i < 6; i++) {
    code += ALPHABET[low & 31];
    low >>>= 5;
  }
  return `SF-${code}`;
}
