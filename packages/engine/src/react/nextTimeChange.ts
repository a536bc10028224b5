import type { LogicData } from '@stayflow/logic';
import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { RuleTiming } from '../rules/ruleTiming.ts';
import { sooner, type NextChange, type TimingInput } from '../rules/ruleTiming.ts';
import type { CompiledSegment } from './compileSegment.ts';
import type { CustomerWorld, ReactEnv } from './CustomerWorld.ts';
import { customerContext } from './customerContext.ts';

/**
 * The earliest instant after `env.now` at which time alone (no event, no change to the
 * customer) may change what a sweep would do for this customer: the answer of a live
 * playbook's segment trigger, of a named segment (its member count), or of the `exit_when`
 * of a playbook one of their active runs follows. Null when none can change. Rules whose
 * timing is `'unknown'` are left out: `needsTimeSweep` says the hourly sweep must run for
 * them. A named segment's own change is included, so a rule that reads segments
 * (`in_segment`) needs no more than its own inputs.
 */
export function nextTimeChange(world: CustomerWorld, env: ReactEnv): number | null {
  const input = new Input(world, env);
  let soonest: NextChange = 'never';
  const consider = (timing: RuleTiming) => {
    if (timing.kind === 'timed') soonest = sooner(soonest, ignoreUnknown(timing.next(input)));
  };
  for (const playbook of env.playbooks) if (playbook.trigger.on === 'segment') consider(playbook.trigger.if.timing);
  for (const segment of env.segments ?? []) consider(segment.timing);
  for (const run of world.runs) {
    if (run.status !== 'active') continue;
    const playbook = env.playbooks.find((p) => p.id === run.playbookId && p.version === run.version) ?? env.playbookById?.(run.playbookId, run.version);
    const exitWhen = playbook?.settings.exitWhen;
    if (exitWhen !== undefined) consider(exitWhen.timing);
  }
  return typeof soonest === 'number' ? soonest : null;
}

/** A timed rule that reads a segment the analysis cannot time answers `'unknown'` here too: the sweep covers it. */
const ignoreUnknown = (change: NextChange): NextChange => (change === 'unknown' ? 'never' : change);

/** What the analysis reads; the Logic data is built only when an operand is not a literal (most rules compare with numbers). */
class Input implements TimingInput {
  private built: LogicData | undefined;
  readonly metrics;
  readonly now;

  constructor(
    private readonly world: CustomerWorld,
    private readonly env: ReactEnv,
  ) {
    this.metrics = world.customer.metrics;
    this.now = env.now;
  }

  get data(): LogicData {
    // Segments are evaluated only when a rule reads them (`in_segment`, `customer.segments`).
    return (this.built ??= customerContext(this.world.customer, this.env, this.env.now).data);
  }

  segmentChange(): NextChange {
    // Every named segment's own instant is considered beside the rules that read them.
    return 'never';
  }
}

/**
 * Whether time alone can change an answer that `nextTimeChange` cannot time: a segment
 * trigger of a live playbook, or the `exit_when` of any playbook version (`versions`: every
 * version a run may follow), whose rule, or a named segment it reads, is `'unknown'`. Then
 * the runtime keeps sweeping every customer (hourly); otherwise due customers are enough.
 */
export function needsTimeSweep(live: readonly CompiledPlaybook[], versions: Iterable<CompiledPlaybook>, segments: readonly CompiledSegment[]): boolean {
  const unknownSegments = new Set(segments.filter((segment) => segment.timing.kind === 'unknown').map((segment) => segment.name));
  const uncovered = (timing: RuleTiming) =>
    timing.kind === 'unknown' || (timing.segments === 'all' ? unknownSegments.size > 0 : [...timing.segments].some((name) => unknownSegments.has(name)));
  for (const playbook of live) if (playbook.trigger.on === 'segment' && uncovered(playbook.trigger.if.timing)) return true;
  for (const playbook of [...live, ...versions]) if (playbook.settings.exitWhen !== undefined && uncovered(playbook.settings.exitWhen.timing)) return true;
  return false;
}
