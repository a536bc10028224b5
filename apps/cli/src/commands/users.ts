import { hashPassword, passwordProblem, type PersonRecord } from '@stayflow/store';
import { randomBytes } from 'node:crypto';
import type { CommandIO } from '../io.ts';
import { openCommandStore } from '../openCommandStore.ts';

export const usersUsage = `Usage: stayflow users create --email EMAIL --role ROLE [--name NAME] [--data DIR]

Creates a person who signs in to the editor with their email and a password (the
first admin especially; admins then add people in the editor, under People). Once
a person exists, the server asks everyone to sign in, even on 127.0.0.1.

  --email EMAIL   their email address (compared lower-cased)
  --role ROLE     ingest, viewer, editor or admin (server README, "Roles")
  --name NAME     how they are shown (default: the part of the email before "@")
  --data DIR      the server's data folder (default: STAYFLOW_DATA, else ./data)

The password (at least 10 characters) is asked for without echo on a terminal;
otherwise it is read from STAYFLOW_NEW_PASSWORD, else from the first line of
standard input. Only its scrypt hash is stored. With STAYFLOW_DATABASE_URL set,
the person is created in that PostgreSQL database.`;

export interface UsersCommandOptions {
  action?: string;
  email?: string;
  role?: string;
  name?: string;
  data?: string;
}

export interface UsersDeps {
  env: NodeJS.ProcessEnv;
  /** Wall-clock milliseconds. */
  now: () => number;
  /** The new password: asked without echo on a terminal, else STAYFLOW_NEW_PASSWORD or the first line of stdin (see readNewPassword.ts). */
  readPassword: () => Promise<string>;
}

const ROLES = ['ingest', 'viewer', 'editor', 'admin'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `stayflow users create`: adds a person to the server's database. */
export async function usersCommand(options: UsersCommandOptions, io: CommandIO, deps: UsersDeps): Promise<number> {
  if (options.action !== 'create') {
    io.err.write(`${options.action === undefined ? 'Say what to do with the users' : `Unknown users action "${options.action}"`}: create (manage people in the editor, under People).\n\n${usersUsage}\n`);
    return 2;
  }
  const email = options.email?.trim().toLowerCase() ?? '';
  if (!EMAIL.test(email) || email.length > 254) {
    io.err.write(`${options.email === undefined ? '--email is required' : `--email "${options.email}" is not an email address`}: e.g. --email ann@example.com.\nRun "stayflow users --help" for the options.\n`);
    return 2;
  }
  if (options.role === undefined || !(ROLES as readonly string[]).includes(options.role)) {
    io.err.write(`${options.role === undefined ? '--role is required' : `--role "${options.role}" is not a role`}: one of ${ROLES.join(', ')} (the first person should be an admin).\nRun "stayflow users --help" for the options.\n`);
    return 2;
  }
  const name = options.name?.trim() || email.slice(0, email.indexOf('@'));
  if (name.length > 200) {
    io.err.write('--name may have at most 200 characters.\n');
    return 2;
  }
  let password: string;
  try {
    password = await deps.readPassword();
  } catch (error) {
    io.err.write(`${(error as Error).message}\n`);
    return 1;
  }
  const weak = passwordProblem(password);
  if (weak) {
    io.err.write(`${weak}\n`);
    return 2;
  }
  const opened = await openCommandStore(options.data, io, deps.env, { mustExist: false, what: 'people' });
  if (opened.code !== undefined) return opened.code;
  const { store, where } = opened;
  try {
    const at = deps.now();
    const person: PersonRecord = { id: `person_${randomBytes(8).toString('hex')}`, email, name, role: options.role, passwordHash: await hashPassword(password), createdAt: at, lastSignInAt: null, disabled: false, passwordChangedAt: at };
    if (!(await store.people.add(person))) {
      io.err.write(`A person with the email ${email} already exists in ${where}; an admin can change them in the editor, under People.\n`);
      return 1;
    }
    io.out.write(`Created ${email} (${name}) with the ${options.role} role (id ${person.id}) in ${where}.\nThey sign in to the editor with this email and the password given. From now on the server asks everyone to sign in.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
