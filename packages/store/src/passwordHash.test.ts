import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwordHash.ts';

describe('passwords', () => {
  it('are stored as scrypt$N$r$p$salt$hash, never as themselves, with a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toContain('correct');
    expect(first).not.toBe(second);
  });

  it('verify only the password they were made from', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('refuse stored forms they cannot read or that would take too long', async () => {
    expect(await verifyPassword('x', 'plain text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==')).toBe(false);
  });

  it('need at least 10 characters', () => {
    expect(passwordProblem('123456789')).toBe('A password needs at least 10 characters; this one has 9.');
    expect(passwordProblem('1234567890')).toBeNull();
  });
});
