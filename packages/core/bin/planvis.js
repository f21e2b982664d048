#!/usr/bin/env node
// planvis command line: `planvis validate [--json] [--lang <language>] <file|->…`
// Plain ESM JavaScript; the logic is in src/cli/run-cli.ts, built to dist/ by `tsc -b` (the root `prepare` script).
import { readFile } from 'node:fs/promises';

let runCli;
try {
  ({ runCli } = await import('../dist/cli/run-cli.js'));
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('planvis: packages/core/dist is missing; build it first with `npx tsc -b`.\n');
    process.exit(2);
  }
  throw error;
}

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
});
