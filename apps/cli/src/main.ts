import { parseArgs } from 'node:util';
import { demoDataCommand, demoDataUsage } from './commands/demoData.ts';
import { validateCommand, validateUsage } from './commands/validate.ts';
import type { CommandIO } from './io.ts';

const usage = `stayflow — retention playbooks from the command line

Commands:
  validate FILE...     check playbook files against the format
  demo-data            generate a realistic demo data set (JSON Lines)

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
