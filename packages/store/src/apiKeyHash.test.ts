import { describe, expect, it } from 'vitest';
import { hashApiKey } from './apiKeyHash.ts';

describe('hashApiKey', () => {
  it('is the SHA-256 of the key text in hex', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
