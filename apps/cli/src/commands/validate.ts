import { LOCALES, validate, type Locale, type ValidationIssue } from '@stayflow/playbook';
import type { CommandIO } from '../io.ts';
import { readJsonFile } from '../readJsonFile.ts';

export const validateUsage = `Usage: stayflow validate FILE... [--locale en|zh-CN] [--json]

Checks each playbook file against the format (spec/playbook-v1.md).
Prints every error with its node and JSON path; exits 1 when any file is invalid.`;

export interface ValidateCommandOptions {
  files: string[];
  locale?: string;
  json?: boolean;
}

function describeIssue(issue: ValidationIssue): string {
  const where = [issue.node !== undefined ? `node "${issue.node}"` : undefined, issue.edge !== undefined ? `edge "${issue.edge}"` : undefined, issue.path]
    .filter(Boolean)
    .join('  ');
  return `  ${issue.severity === 'error' ? 'error  ' : 'warning'}  ${issue.code}  ${where}\n           ${issue.message}\n`;
}

export function validateCommand(options: ValidateCommandOptions, io: CommandIO): number {
  if (options.files.length === 0) {
    io.err.write(`${validateUsage}\n`);
    return 2;
  }
  const locale = (options.locale ?? 'en') as Locale;
  if (!LOCALES.includes(locale)) {
    io.err.write(`Unknown locale "${options.locale}": use one of ${LOCALES.join(', ')}.\n`);
    return 2;
  }
  let failed = 0;
  const report: { file: string; valid: boolean; errors: unknown[]; warnings: unknown[] }[] = [];
  for (const file of options.files) {
    const read = readJsonFile(io.cwd, file);
    if (!read.ok) {
      failed++;
      report.push({ file, valid: false, errors: [{ code: 'file.unreadable', message: read.reason, path: '$' }], warnings: [] });
      if (!options.json) io.out.write(`✗ ${file}: ${read.reason}\n`);
      continue;
    }
    const result = validate(read.value, { locale });
    if (!result.valid) failed++;
    report.push({ file, valid: result.valid, errors: result.errors, warnings: result.warnings });
    if (options.json) continue;
    const counts = [`${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`, `${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`];
    io.out.write(`${result.valid ? '✓' : '✗'} ${file}${result.errors.length + result.warnings.length > 0 ? ` (${counts.join(', ')})` : ''}\n`);
    for (const issue of [...result.errors, ...result.warnings]) io.out.write(describeIssue(issue));
  }
  if (options.json) io.out.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.out.write(`\n${options.files.length - failed} of ${options.files.length} valid\n`);
  return failed > 0 ? 1 : 0;
}
