import { compilePlaybook, compileSegment, needsTimeSweep, type CompiledPlaybook, type CompiledSegment, type ReactEnv } from '@stayflow/engine';
import { validate, type Playbook } from '@stayflow/playbook';
import type { Store } from '@stayflow/store';

/**
 * The compiled playbooks and segments the engine runs on, kept in memory: every
 * published version (a run keeps the version it entered with), which of them are live,
 * and the named segments. Reloaded whenever one of them changes: `reload` after a change
 * made here also tells the other processes sharing the database (the store's wake-up,
 * topic `catalog`), which reload once they hear it (`follow`).
 */
export class Catalog {
  private versions = new Map<string, CompiledPlaybook>();
  private liveList: CompiledPlaybook[] = [];
  private segmentList: CompiledSegment[] = [];

  private following: (() => void) | undefined;
  private loading: Promise<void> | undefined;
  private loadAgain = false;

  constructor(private readonly store: Store) {}

  /** Reloads after a change this process made, and has every other process reload too. */
  async reload(): Promise<void> {
    await this.load();
    this.store.wakeUp.signal('catalog');
  }

  /** Reloads whenever another process (or this one) says the playbooks or segments changed; a failed reload is logged and the catalog kept as it was. */
  follow(log: { error(object: object, message: string): void }): void {
    this.following ??= this.store.wakeUp.on('catalog', () => {
      if (this.loading !== undefined) {
        this.loadAgain = true;
        return;
      }
      const run = async () => {
        do {
          this.loadAgain = false;
          await this.load();
        } while (this.loadAgain);
      };
      this.loading = run()
        .catch((error: unknown) => log.error({ err: error }, 'reloading the playbooks and segments another process changed failed; this process keeps the ones it had until the next change'))
        .finally(() => (this.loading = undefined));
    });
  }

  /** Stops following other processes' changes. */
  unfollow(): void {
    this.following?.();
    this.following = undefined;
  }

  private async load(): Promise<void> {
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
