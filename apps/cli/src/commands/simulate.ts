import { simulatePreviews, type JourneyStep, type SimulatedCustomer, type SimulatedEvent } from '@stayflow/engine';
import { parseZonedInstant } from '@stayflow/logic';
import { validate, type Playbook } from '@stayflow/playbook';
import type { CommandIO } from '../io.ts';
import { readJsonFile } from '../readJsonFile.ts';
import { readTextFile } from '../readTextFile.ts';
import { describeComparison } from './describeComparison.ts';
import { describePreview } from './describePreview.ts';

export const simulateUsage = `Usage: stayflow simulate PLAYBOOK.json... --data FILE.jsonl [--days N] [--from ISO] [--journeys N]

Runs playbooks against a data set on a simulated calendar, without sending anything:
who would enter, which way they would go, and what they would receive (the publish
preview's figures: messages per channel, coupons per currency, tasks, overlaps between
the playbooks given).

  --data FILE     customers and events as JSON Lines, as "stayflow demo-data" writes them
  --days N        how many days to simulate (default 30)
  --from ISO      when the simulation starts (default: now); earlier events are history
  --journeys N    how many customer journeys to print (default 3)
  --json          print the whole result as JSON, the previews under "previews"`;

export interface SimulateCommandOptions {
  files: string[];
  data?: string;
  days?: string;
  from?: string;
  journeys?: string;
  json?: boolean;
}

type DataSet = { customers: SimulatedCustomer[]; events: SimulatedEvent[] };

function readDataSet(cwd: string, file: string): DataSet | string {
  const read = readTextFile(cwd, file);
  if (!read.ok) return `${file}: ${read.reason}`;
  const data: DataSet = { customers: [], events: [] };
  const lines = read.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return `${file}, line ${i + 1}: not valid JSON`;
    }
    if (record.kind === 'customer') data.customers.push(record as unknown as SimulatedCustomer);
    else if (record.kind === 'event') data.events.push(record as unknown as SimulatedEvent);
    else return `${file}, line ${i + 1}: "kind" must be "customer" or "event"`;
  }
  return data;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

function describeStep(step: JourneyStep): string {
  switch (step.kind) {
    case 'entered':
      return `entered${step.control ? ' (control group)' : ''}`;
    case 'step':
      return `${step.node}${step.port ? ` → ${step.port}` : ' (waiting)'}`;
    case 'action':
      return `${step.action} at ${step.node}: ${step.detail}`;
    case 'converted':
      return 'converted (goal reached)';
    case 'ended':
      return `ended: ${step.status} (${step.reason})`;
  }
}

export function simulateCommand(options: SimulateCommandOptions, io: CommandIO, now: () => number = () => Date.now()): number {
  if (options.files.length === 0 || options.data === undefined) {
    io.err.write(`${simulateUsage}\n`);
    return 2;
  }
  const days = options.days === undefined ? 30 : Number(options.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    io.err.write(`--days must be a whole number of days from 1 to 3650, got "${options.days}".\n`);
    return 2;
  }
  const from = options.from === undefined ? now() : parseZonedInstant(options.from);
  if (from === null) {
    io.err.write(`--from must be a date (2026-01-01) or an ISO 8601 time with its zone (2026-01-01T09:00:00+08:00), got "${options.from}".\n`);
    return 2;
  }
  const journeyCount = options.journeys === undefined ? 3 : Number(options.journeys);

  const playbooks: Playbook[] = [];
  for (const file of options.files) {
    const read = readJsonFile(io.cwd, file);
    if (!read.ok) {
      io.err.write(`${file}: ${read.reason}\n`);
      return 1;
    }
    const result = validate(read.value);
    if (!result.valid) {
      io.err.write(`${file} is not a valid playbook (run "stayflow validate ${file}"): ${result.errors[0]!.message}\n`);
      return 1;
    }
    playbooks.push(result.playbook);
  }
  const data = readDataSet(io.cwd, options.data);
  if (typeof data === 'string') {
    io.err.write(`${data}\n`);
    return 1;
  }

  const started = performance.now();
  // The publish preview's path: the same figures as the server's preview of the same data.
  const { result, previews } = simulatePreviews({ playbooks, targets: playbooks.map((p) => p.id), customers: data.customers, events: data.events, from, days });
  const seconds = (performance.now() - started) / 1000;
  if (options.json) {
    io.out.write(`${JSON.stringify({ ...result, previews }, null, 2)}\n`);
    return 0;
  }
  for (const issue of result.issues) io.err.write(`warning: ${issue.message}\n`);
  io.out.write(`Simulated ${data.customers.length.toLocaleString('en')} customers from ${result.from} to ${result.to} (${days} days) in ${seconds.toFixed(1)} s.\n`);
  for (const playbook of playbooks) {
    const stats = result.playbooks[playbook.id]!;
    io.out.write(`\n${playbook.name} (${playbook.id})\n`);
    io.out.write(`  runs: ${stats.runs.started} started · ${stats.runs.active} still active · ${stats.runs.completed} completed · ${stats.runs.exited} exited\n`);
    io.out.write(`  goal: ${stats.goal.converted} converted (${percent(stats.goal.converted, stats.runs.started)})\n`);
    if (stats.holdout !== undefined) {
      const { treatment, control, comparison } = stats.holdout;
      io.out.write(`  holdout: treatment ${percent(treatment.converted, treatment.runs)} of ${treatment.runs} vs control ${percent(control.converted, control.runs)} of ${control.runs}\n`);
      io.out.write(`    uplift ${describeComparison(comparison, [treatment, control])}\n`);
    }
    for (const [name, variant] of Object.entries(stats.variants ?? {})) io.out.write(`  variant ${name}: ${variant.converted} of ${variant.runs} converted (${percent(variant.converted, variant.runs)})\n`);
    if (stats.variant_test !== undefined) {
      for (const c of stats.variant_test.comparisons) io.out.write(`    ${c.a} − ${c.b}: ${describeComparison(c, [stats.variants![c.a]!, stats.variants![c.b]!])}\n`);
      io.out.write(`    winner: ${stats.variant_test.winner ?? 'none yet (no variant is significantly ahead of every other)'}\n`);
    }
    for (const line of describePreview(previews[playbook.id]!)) io.out.write(`  ${line}\n`);
    if (stats.runs.control > 0) io.out.write(`  step counts include the ${stats.runs.control} holdout run(s), which receive nothing\n`);
    io.out.write('\n');
    io.out.write(`  ${'step'.padEnd(28)}${'entered'.padEnd(10)}exits\n`);
    for (const node of playbook.nodes) {
      const counts = stats.nodes[node.id] ?? { entered: 0, ports: {} };
      const exits = Object.entries(counts.ports).map(([port, n]) => `${port} ${n} (${percent(n, counts.entered)})`);
      io.out.write(`  ${node.id.padEnd(28)}${String(counts.entered).padEnd(10)}${exits.join(' · ')}\n`);
    }
  }
  const travellers = Object.entries(result.journeys).slice(0, journeyCount);
  if (travellers.length > 0) io.out.write(`\nFirst ${travellers.length} customer journeys:\n`);
  for (const [customer, steps] of travellers) {
    io.out.write(`\n  ${customer}\n`);
    for (const step of steps.slice(0, 20)) io.out.write(`    ${step.at.slice(0, 16).replace('T', ' ')}  ${describeStep(step)}\n`);
    if (steps.length > 20) io.out.write(`    … ${steps.length - 20} more\n`);
  }
  return 0;
}
