import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type ReadTextResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a UTF-8 file relative to `cwd`, turning every failure into a sentence. */
export function readTextFile(cwd: string, file: string): ReadTextResult {
  try {
    return { ok: true, text: readFileSync(resolve(cwd, file), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? 'unknown error'})` };
  }
}
