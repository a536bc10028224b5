import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type ReadResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads and parses a JSON file, turning every failure into a sentence. */
export function readJsonFile(cwd: string, file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? 'unknown error'})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `is not valid JSON: ${(error as Error).message}` };
  }
}
