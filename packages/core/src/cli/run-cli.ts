/**
 * The `planvis` command line: `planvis validate [--json] [--lang <language>] <file|->…`.
 * Pure: every effect goes through `CliIo`, so it runs in Node (bin/planvis.js) and in tests alike.
 * Exit codes: 0 every file valid, 1 a file is invalid, 2 a file is missing, unreadable or not JSON
 * (or the command line is wrong); with several files, the worst wins.
 */
import {
  validationLanguage,
  validationMessage,
  validationTranslator,
} from '../format/format-validation-error.js';
import type { PlanError } from '../format/plan-error.js';
import { validatePlan } from '../format/validate-plan.js';
import { jsonErrorOffset, positionAt } from './json-error-position.js';

/** What the command needs from its environment. */
export interface CliIo {
  /** Reads a file as UTF-8; rejects with an error that has a `code` (ENOENT…) when it cannot. */
  readFile(path: string): Promise<string>;
  /** Reads standard input to the end. */
  readStdin(): Promise<string>;
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** Environment variables (LC_ALL, LC_MESSAGES, LANG). */
  env: Record<string, string | undefined>;
}

interface FileResult {
  file: string;
  valid: boolean;
  errors?: (PlanError & { message: string })[];
  problem?: {
    code: 'not-found' | 'unreadable' | 'not-json';
    message: string;
    line?: number;
    column?: number;
  };
}

/** The language from --lang, else LC_ALL, LC_MESSAGES, LANG (skipping C and POSIX), else English. */
function pickLanguage(option: string | undefined, env: CliIo['env']): string {
  if (option) return validationLanguage(option);
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value && !/^(C|POSIX)([._@]|$)/i.test(value)) return validationLanguage(value);
  }
  return 'en';
}

/** Runs the command; resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let json = false;
  let langOption: string | undefined;
  const positional: string[] = [];
  const unknown: string[] = [];
  let help = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--lang') langOption = args[++index];
    else if (arg.startsWith('--lang=')) langOption = arg.slice('--lang='.length);
    else if (arg.startsWith('-') && arg !== '-') unknown.push(arg);
    else positional.push(arg);
  }
  const t = validationTranslator(pickLanguage(langOption, io.env));

  if (help) {
    io.out(t('cli-usage'));
    return 0;
  }
  const [command, ...files] = positional;
  if (unknown.length || command !== 'validate' || files.length === 0) {
    for (const option of unknown) io.err(t('cli-unknown-option', { option }));
    if (command === 'validate' && files.length === 0) io.err(t('cli-no-files'));
    else if (command !== undefined && command !== 'validate') io.err(t('cli-unknown-command', { command }));
    io.err(t('cli-usage'));
    return 2;
  }

  let exitCode = 0;
  const results: FileResult[] = [];
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const problem: FileResult['problem'] =
        code === 'ENOENT'
          ? { code: 'not-found', message: t('cli-not-found', { file: name }) }
          : {
              code: 'unreadable',
              message: t('cli-unreadable', { file: name, reason: String(code ?? error) }),
            };
      results.push({ file: name, valid: false, problem });
      if (!json) io.err(problem.message);
      exitCode = 2;
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      const offset = jsonErrorOffset(text);
      const { line, column } = positionAt(text, offset < 0 ? text.length : offset);
      const message = t('cli-not-json', { file: name, line, column });
      results.push({ file: name, valid: false, problem: { code: 'not-json', message, line, column } });
      if (!json) io.err(message);
      exitCode = 2;
      continue;
    }
    const { valid, errors } = validatePlan(document);
    const described = errors.map((error) => ({ ...error, message: validationMessage(t, error) }));
    results.push({ file: name, valid, errors: described });
    if (!valid) exitCode = Math.max(exitCode, 1);
    if (!json) {
      io.out(valid ? t('cli-valid', { file: name }) : t('cli-invalid', { file: name, count: errors.length }));
      for (const error of described) io.out(`${error.path || t('cli-root')}: ${error.message}`);
    }
  }
  if (json) io.out(JSON.stringify(results, null, 2));
  return exitCode;
}
