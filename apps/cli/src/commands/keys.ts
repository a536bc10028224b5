import { hashApiKey, newApiKey as makeApiKey, type Store } from '@stayflow/store';
import { randomBytes } from 'node:crypto';
import type { CommandIO } from '../io.ts';
import { openCommandStore } from '../openCommandStore.ts';
import { table } from '../table.ts';

export const keysUsage = `Usage: stayflow keys create --name NAME [--role ROLE] [--data DIR]
       stayflow keys list [--data DIR]
       stayflow keys revoke ID [--data DIR]

API keys let clients reach a server bound to an address other than 127.0.0.1,
or one where people sign in: every API route but /api/health then needs
"Authorization: Bearer KEY". Only a hash of each key is stored; the key itself is
printed once, when it is created. Admins also manage keys in the editor (Keys).

  create --name NAME   create a key; NAME says who or what uses it (e.g. "crm-sync")
    --role ROLE        what the key may do (default admin):
                         ingest  send customers and events, nothing else
                         viewer  read everything but people, keys, settings, audit
                         editor  viewer, plus change playbooks, segments, customers
                         admin   everything
  list                 show every key with its role, when it was created and last used
  revoke ID            delete a key: clients using it are refused at once

  --data DIR   the server's data folder (default: STAYFLOW_DATA, else ./data),
               holding stayflow.db

With STAYFLOW_DATABASE_URL set (a server on PostgreSQL), the keys are those of that
database, as the server's are; --data is then refused.`;

export interface KeysCommandOptions {
  action?: string;
  /** The key id, for revoke. */
  id?: string;
  name?: string;
  role?: string;
  data?: string;
}

export interface KeysDeps {
  /** STAYFLOW_DATABASE_URL, STAYFLOW_DATA, and INIT_CWD (where `pnpm` was run: the server resolves relative paths from there too). */
  env: NodeJS.ProcessEnv;
  /** Wall-clock milliseconds. */
  now: () => number;
}

const MAX_NAME = 100;

/** A new key: "sf_" and 32 random bytes in base64url. */
export const newApiKey = makeApiKey;

const ROLES = ['ingest', 'viewer', 'editor', 'admin'] as const;

const when = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));

async function create(store: Store, options: KeysCommandOptions, io: CommandIO, deps: KeysDeps, file: string): Promise<number> {
  const name = options.name?.trim() ?? '';
  if (name === '' || name.length > MAX_NAME) {
    io.err.write(`--name is required: 1 to ${MAX_NAME} characters saying who or what uses the key, e.g. --name crm-sync.\nRun "stayflow keys --help" for the options.\n`);
    return 2;
  }
  const role = options.role ?? 'admin';
  const key = newApiKey();
  const id = `key_${randomBytes(6).toString('hex')}`;
  await store.apiKeys.add({ id, name, role, hash: hashApiKey(key), createdAt: deps.now(), lastUsedAt: null });
  io.out.write(
    `Created API key "${name}" with the ${role} role (id ${id}) in ${file}:\n\n  ${key}\n\n` +
      'Copy it now: only its hash is stored, so it will not be shown again.\n' +
      'Clients send it as "Authorization: Bearer KEY"; revoke it with `stayflow keys revoke ' +
      `${id}\`.\n`,
  );
  return 0;
}

async function list(store: Store, io: CommandIO, file: string): Promise<number> {
  const keys = (await store.apiKeys.list()).sort((a, b) => a.createdAt - b.createdAt);
  if (keys.length === 0) {
    io.out.write(`No API keys in ${file}. Create one with \`stayflow keys create --name NAME\`.\n`);
    return 0;
  }
  io.out.write(table([['ID', 'NAME', 'ROLE', 'CREATED', 'LAST USED'], ...keys.map((k) => [k.id, k.name, k.role, when(k.createdAt), when(k.lastUsedAt)])]));
  return 0;
}

async function revoke(store: Store, id: string, io: CommandIO, file: string): Promise<number> {
  if (!(await store.apiKeys.remove(id))) {
    io.err.write(`No API key with id "${id}" in ${file}; \`stayflow keys list\` shows the ids.\n`);
    return 1;
  }
  const left = await store.apiKeys.count();
  io.out.write(`Revoked ${id}: clients using it are refused from now on. ${left === 0 ? 'No key is left: a server on an address other than 127.0.0.1 will refuse to start.' : `${left} key${left === 1 ? '' : 's'} left.`}\n`);
  return 0;
}

/** `stayflow keys create|list|revoke`: manages the API keys in the server's database. */
export async function keysCommand(options: KeysCommandOptions, io: CommandIO, deps: KeysDeps): Promise<number> {
  const { action } = options;
  if (action !== 'create' && action !== 'list' && action !== 'revoke') {
    io.err.write(`${action === undefined ? 'Say what to do with the keys' : `Unknown keys action "${action}"`}: create, list or revoke.\n\n${keysUsage}\n`);
    return 2;
  }
  if (action !== 'revoke' && options.id !== undefined) {
    const hint = action === 'create' ? `: give the name with --name "${options.id}"` : '';
    io.err.write(`Unexpected "${options.id}"${hint}.\nRun "stayflow keys --help" for the options.\n`);
    return 2;
  }
  if (options.role !== undefined && (action !== 'create' || !(ROLES as readonly string[]).includes(options.role))) {
    io.err.write(action !== 'create' ? '--role is only for `stayflow keys create`.\n' : `--role must be one of ${ROLES.join(', ')}, not "${options.role}".\nRun "stayflow keys --help" for what each may do.\n`);
    return 2;
  }
  if (action === 'revoke' && !options.id) {
    io.err.write('Say which key to revoke: stayflow keys revoke ID (`stayflow keys list` shows the ids).\n');
    return 2;
  }
  // Listing or revoking must not create an empty database in a mistyped folder; creating
  // a key before the server's first start is how a server on a public address is set up.
  const opened = await openCommandStore(options.data, io, deps.env, { mustExist: action !== 'create', what: 'keys' });
  if (opened.code !== undefined) return opened.code;
  const { store, where: file } = opened;
  try {
    if (action === 'create') return await create(store, options, io, deps, file);
    if (action === 'list') return await list(store, io, file);
    return await revoke(store, options.id!, io, file);
  } finally {
    await store.close();
  }
}
