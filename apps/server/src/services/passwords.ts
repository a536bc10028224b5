/**
 * How passwords are kept: Node's scrypt (N=2^15, r=8, p=1, 16-byte salt), stored as
 * `scrypt$N$r$p$salt$hash`, compared in constant time. The code lives in the store package
 * (passwordHash.ts) because the CLI's `stayflow users create` hashes with it too.
 */
export { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem, SCRYPT, verifyPassword } from '@stayflow/store';
