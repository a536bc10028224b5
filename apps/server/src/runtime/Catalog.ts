import { compilePlaybook, compileSegment, needsTimeSweep, type CompiledPlaybook, type CompiledSegment, type ReactEnv } from '@stayflow/engine';
import { validate, type Playbook } from '@stayflow/playbook';
import type { Store } from '@stayflow/store';

/**
 * The compiled playbooks and segments the engine runs on, kept in memory: every
 * published version (a run keeps the version it entered with), which of them are live,
 * and the named segments. Reloaded whenever one of them changes.
 */
export class Catalog {
  private versions = new Map<string, CompiledPlaybook>();
  private liveList: CompiledPlaybook[] = [];
  private segmentList: CompiledSegment[] = [];

  constructor(private readonly store: Store) {}

  async reload(): Promise<void> {
    const versions = new Map<string, CompiledPlaybook>();
    for (const record of await this.store.playbooks.list()) {
      for (const { version } of await this.store.playbooks.versions(record.id)) {
        const key = `${record.id}@${version}`;
        const known = this.versions.get(key);
        if (known) {
          versions.set(key, known);
          continue;
        }
        const stored = await this.store.playbooks.version(record.id, version);
        // A stored version passed validation when it was published; check again on read. A
        // cost limit tightened since then does not make it damaged: evaluation's own operation
        // budget still bounds its rules, and the operator meets the limit when editing the draft.
        const checked = validate(stored?.document);
        const damage = checked.valid ? undefined : checked.errors.find((issue) => issue.code !== 'logic.too_costly');
        if (damage) throw new Error(`playbook ${record.id} version ${version} is damaged: ${damage.message}`);
        versions.set(key, compilePlaybook(checked.valid ? checked.playbook : (stored!.document as Playbook), version));
      }
    }
    const live = await this.store.playbooks.live();
    this.versions = versions;
    this.liveList = live.map((v) => versions.get(`${v.playbookId}@${v.version}`)!).filter(Boolean);
    this.segmentList = (await this.store.segments.list()).map((s) => compileSegment(s.name, s.rule));
    this.sweepNeeded = undefined;
    this.recountNeeded = undefined;
  }

  get live(): readonly CompiledPlaybook[] {
    return this.liveList;
  }

  get segments(): readonly CompiledSegment[] {
    return this.segmentList;
  }

  /**
   * Whether time alone can change an answer that due customers (`next_flip_at`) do not
   * cover: a segment trigger or `exit_when` whose rule the engine cannot time
   * (`needsTimeSweep`). Then the hourly sweep re-checks everyone, as before.
   */
  get needsSweep(): boolean {
    return (this.sweepNeeded ??= needsTimeSweep(this.liveList, this.versions.values(), this.segmentList));
  }

  /** Whether a named segment's rule cannot be timed, so that only an hourly recount keeps its member count true. */
  get needsHourlyRecount(): boolean {
    return (this.recountNeeded ??= this.segmentList.some((segment) => segment.timing.kind === 'unknown'));
  }

  private sweepNeeded: boolean | undefined;
  private recountNeeded: boolean | undefined;

  env(now: number): ReactEnv {
    return {
      now,
      playbooks: this.liveList,
      segments: this.segmentList,
      playbookById: (id, version) => this.versions.get(`${id}@${version}`),
    };
  }
}
