import { parseArgs } from 'node:util';
import { backupCommand, backupUsage } from './commands/backup.ts';
import { demoDataCommand, demoDataUsage } from './commands/demoData.ts';
import { exportCommand, exportUsage } from './commands/exportCsv.ts';
import { importCommand, importUsage } from './commands/importCsv.ts';
import { keysCommand, keysUsage } from './commands/keys.ts';
import { usersCommand, usersUsage } from './commands/users.ts';
import { readNewPassword } from './readNewPassword.ts';
import { migrateToPostgresCommand, migrateToPostgresUsage } from './commands/migrateToPostgres.ts';
import { simulateCommand, simulateUsage } from './commands/simulate.ts';
import { validateCommand, validateUsage } from './commands/validate.ts';
import type { CommandIO } from './io.ts';

const usage = `stayflow — retention playbooks from the command line

Commands:
  validate FILE...     check playbook files against the format
  simulate FILE... --data FILE.jsonl
                       what playbooks would do to a data set over the coming days
  demo-data            generate a realistic demo data set (JSON Lines)
  keys create|list|revoke
                       manage the API keys (with their roles) clients use
  users create --email EMAIL --role ROLE
                       add a person who signs in (the first admin especially)
  import FILE.csv      check, then import customers and orders from a CSV file through
                       a running server (--dry-run: check only)
  export WHAT --out FILE.csv
                       customers, segment NAME, messages, tasks or results PLAYBOOK as CSV
  backup --out FILE    copy the server's database while it runs (see --help to restore)
  migrate-to-postgres --from DIR --to URL
                       copy a stopped SQLite deployment into an empty PostgreSQL database

Run "stayflow COMMAND --help" for a command's options.`;

/** Runs one command line and returns the exit code. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { locale: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        });
        if (values.help) {
          io.out.write(`${validateUsage}\n`);
          return 0;
        }
        return validateCommand({ files: positionals, ...values }, io);
      }
      case 'simulate': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            data: { type: 'string' },
            days: { type: 'string' },
            from: { type: 'string' },
            journeys: { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
          },
        });
        if (values.help) {
          io.out.write(`${simulateUsage}\n`);
          return 0;
        }
        return simulateCommand({ files: positionals, ...values }, io);
      }
      case 'demo-data': {
        const { values } = parseArgs({
          args: rest,
          options: {
            customers: { type: 'string' },
            seed: { type: 'string' },
            now: { type: 'string' },
            out: { type: 'string', short: 'o' },
            help: { type: 'boolean', short: 'h' },
          },
        });
        if (values.help) {
          io.out.write(`${demoDataUsage}\n`);
          return 0;
        }
        return demoDataCommand(values, io);
      }
      case 'keys': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { name: { type: 'string' }, role: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        });
        if (values.help) {
          io.out.write(`${keysUsage}\n`);
          return 0;
        }
        const [action, id, ...extra] = positionals;
        if (extra.length > 0) {
          io.err.write(`Unexpected "${extra.join(' ')}".\n\n${keysUsage}\n`);
          return 2;
        }
        return keysCommand({ action, id, name: values.name, role: values.role, data: values.data }, io, { env: process.env, now: () => Date.now() });
      }
      case 'users': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        });
        if (values.help) {
          io.out.write(`${usersUsage}\n`);
          return 0;
        }
        const [action, ...extra] = positionals;
        if (extra.length > 0) {
          io.err.write(`Unexpected "${extra.join(' ')}".\n\n${usersUsage}\n`);
          return 2;
        }
        return usersCommand({ action, email: values.email, role: values.role, name: values.name, data: values.data }, io, {
          env: process.env,
          now: () => Date.now(),
          readPassword: () => readNewPassword(process.env, process.stdin, process.stderr),
        });
      }
      case 'import': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            map: { type: 'string', multiple: true },
            url: { type: 'string' },
            key: { type: 'string' },
            'dry-run': { type: 'boolean' },
            locale: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
          },
        });
        if (values.help) {
          io.out.write(`${importUsage}\n`);
          return 0;
        }
        return await importCommand({ files: positionals, ...values }, io, { env: process.env, now: () => Date.now() });
      }
      case 'export': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string', short: 'o' },
            url: { type: 'string' },
            key: { type: 'string' },
            locale: { type: 'string' },
            q: { type: 'string' },
            customer: { type: 'string' },
            playbook: { type: 'string' },
            status: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
          },
        });
        if (values.help) {
          io.out.write(`${exportUsage}\n`);
          return 0;
        }
        return await exportCommand({ positionals, ...values }, io, { env: process.env });
      }
      case 'backup': {
        const { values } = parseArgs({
          args: rest,
          options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        });
        if (values.help) {
          io.out.write(`${backupUsage}\n`);
          return 0;
        }
        return backupCommand(values, io, { env: process.env, now: () => Date.now() });
      }
      case 'migrate-to-postgres': {
        const { values } = parseArgs({
          args: rest,
          options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        });
        if (values.help) {
          io.out.write(`${migrateToPostgresUsage}\n`);
          return 0;
        }
        return await migrateToPostgresCommand(values, io, { env: process.env });
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out.write(`${usage}\n`);
        return command === undefined ? 2 : 0;
      default:
        io.err.write(`Unknown command "${command}".\n\n${usage}\n`);
        return 2;
    }
  } catch (error) {
    // parseArgs rejects unknown options with a readable sentence; show it without a stack.
    io.err.write(`${(error as Error).message}\n`);
    return 2;
  }
}
