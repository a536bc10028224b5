import type { Readable } from 'node:stream';

/**
 * The new password for `stayflow users create`: on a terminal, asked twice without echo;
 * otherwise STAYFLOW_NEW_PASSWORD, else the first line of standard input (for scripts:
 * `printf '%s\n' "$PW" | stayflow users create …`). Never taken as a command-line
 * argument, where it would be seen in the process list and the shell history.
 */
export async function readNewPassword(env: NodeJS.ProcessEnv, input: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown }, output: { write(text: string): unknown }): Promise<string> {
  if (input.isTTY && typeof input.setRawMode === 'function') {
    const first = await askHidden(input, output, 'Password (at least 10 characters): ');
    const second = await askHidden(input, output, 'The same password again: ');
    if (first !== second) throw new Error('The two passwords differ; nothing was created.');
    return first;
  }
  if (env.STAYFLOW_NEW_PASSWORD !== undefined) return env.STAYFLOW_NEW_PASSWORD;
  const text = await readFirstLine(input);
  if (text === null) throw new Error('No password given: set STAYFLOW_NEW_PASSWORD, or send it on standard input, or run the command in a terminal to be asked.');
  return text;
}

/** Reads one line with echo off (raw mode), ending at Enter; Ctrl-C aborts. */
function askHidden(input: Readable & { setRawMode?: (raw: boolean) => unknown }, output: { write(text: string): unknown }, prompt: string): Promise<string> {
  output.write(prompt);
  input.setRawMode!(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let text = '';
    const done = (error?: Error) => {
      input.setRawMode!(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(text);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('Cancelled; nothing was created.'));
        if (char === '\u007f' || char === '\b') text = [...text].slice(0, -1).join('');
        else text += char;
      }
    };
    input.on('data', onData);
  });
}

/** The first line of a stream (without its line end), or null when it is empty. */
async function readFirstLine(input: Readable): Promise<string | null> {
  let text = '';
  for await (const chunk of input) {
    text += chunk.toString();
    const end = text.search(/\r?\n/);
    if (end >= 0) return text.slice(0, end);
  }
  return text === '' ? null : text;
}
