import { readTextFile } from './readTextFile.ts';

export type ReadResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads and parses a JSON file, turning every failure into a sentence. */
export function readJsonFile(cwd: string, file: string): ReadResult {
  const read = readTextFile(cwd, file);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch (error) {
    return { ok: false, reason: `is not valid JSON: ${(error as Error).message}` };
  }
}
