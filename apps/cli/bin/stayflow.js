#!/usr/bin/env node
// Runs the TypeScript sources directly: the workspace packages export .ts files.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), { out: process.stdout, err: process.stderr, cwd: process.cwd() });
