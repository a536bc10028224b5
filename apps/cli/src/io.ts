/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CommandIO {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
  cwd: string;
}
