import type { LogicData } from '@stayflow/logic';
import { applyCustomerEffect } from '../applyCustomerEffect.ts';
import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { CustomerView } from '../CustomerView.ts';
import type { Effect } from '../Effect.ts';
import type { EngineDiagnostic } from '../rules/EngineDiagnostic.ts';
import type { ReactionBudget } from '../rules/ReactionBudget.ts';
import type { RunInput, RunState } from '../run/RunState.ts';
import { step } from '../run/step.ts';
import { timeZoneFor } from '../time/timeZoneFor.ts';
import type { CustomerWorld, ReactEnv, WorldCustomer } from './CustomerWorld.ts';
import { customerContext } from './customerContext.ts';

/**
 * The working state of one `react` call. The world is copied on write, part by
 * part, so an input that changes nothing (most sweeps) allocates almost
 * nothing and returns the very same world.
 */
export interface ReactSession {
  env: ReactEnv;
  now: number;
  world: CustomerWorld;
  customer: WorldCustomer;
  runs: RunState[];
  matching: Record<string, boolean>;
  starts: Record<string, number>;
  sentAt: number[];
  effects: Effect[];
  /** What this reaction could not do as written, for the runtime's log. */
  diagnostics: EngineDiagnostic[];
  /** The operations every rule this reaction evaluates shares. */
  budget: ReactionBudget;
  /** Whether runs' actions changed the customer since the last look at exit_when and segment triggers. */
  touchedByRuns: boolean;
  /** Attributes changed by runs' actions, not yet looked at by date triggers. */
  changedByRuns: Set<string> | null;
  runsCopied: boolean;
  matchingCopied: boolean;
  startsCopied: boolean;
  sentAtCopied: boolean;
  view: CustomerView | null;
  /** The Logic context without an event. */
  context: LogicData | null;
}

export function openSession(world: CustomerWorld, env: ReactEnv, budget: ReactionBudget, diagnostics: EngineDiagnostic[]): ReactSession {
  return {
    env,
    now: env.now,
    world,
    customer: world.customer,
    runs: world.runs,
    matching: world.matching,
    starts: world.starts ?? {},
    sentAt: world.sentAt,
    effects: [],
    diagnostics,
    budget,
    touchedByRuns: false,
    changedByRuns: null,
    runsCopied: false,
    matchingCopied: false,
    startsCopied: false,
    sentAtCopied: false,
    view: null,
    context: null,
  };
}

/** The customer now: metrics as of `now` and the segments they match. */
export function viewOf(session: ReactSession): CustomerView {
  if (session.view !== null) return session.view;
  const { view, data } = customerContext(session.customer, session.env, session.now, session.diagnostics, session.budget);
  session.view = view;
  session.context = data;
  return view;
}

export function contextOf(session: ReactSession): LogicData {
  if (session.context === null) viewOf(session);
  return session.context!;
}

export function setCustomer(session: ReactSession, customer: WorldCustomer): void {
  session.customer = customer;
  session.view = null;
  session.context = null;
}

export function timeZoneOfCustomer(session: ReactSession, playbook: CompiledPlaybook): string {
  return timeZoneFor(session.customer.attributes, playbook.settings.timezone);
}

export function setRun(session: ReactSession, index: number, run: RunState): void {
  if (!session.runsCopied) {
    session.runs = session.runs.slice();
    session.runsCopied = true;
  }
  session.runs[index] = run;
}

export function addRun(session: ReactSession, run: RunState): number {
  setRun(session, session.runs.length, run);
  return session.runs.length - 1;
}

export function setMatching(session: ReactSession, playbookId: string, matching: boolean): void {
  if (!session.matchingCopied) {
    session.matching = { ...session.matching };
    session.matchingCopied = true;
  }
  session.matching[playbookId] = matching;
}

export function countStart(session: ReactSession, playbookId: string): number {
  if (!session.startsCopied) {
    session.starts = { ...session.starts };
    session.startsCopied = true;
  }
  const sequence = (session.starts[playbookId] ?? 0) + 1;
  session.starts[playbookId] = sequence;
  return sequence;
}

/** The playbook version a run follows: the live one when it is that version, else an older one from the env. */
export function playbookOfRun(session: ReactSession, run: RunState): CompiledPlaybook | undefined {
  for (const playbook of session.env.playbooks) if (playbook.id === run.playbookId && playbook.version === run.version) return playbook;
  return session.env.playbookById?.(run.playbookId, run.version);
}

export function livePlaybook(session: ReactSession, playbookId: string): CompiledPlaybook | undefined {
  return session.env.playbooks.find((p) => p.id === playbookId);
}

/** Steps one run and takes in what it did: its effects, the messages it sent and its actions' changes to the customer. */
export function stepRun(session: ReactSession, index: number, playbook: CompiledPlaybook, input: RunInput): void {
  const run = session.runs[index]!;
  const result = step(playbook, run, input, { now: session.now, customer: viewOf(session), sentAt: session.sentAt, budget: session.budget });
  if (result.state !== run) setRun(session, index, result.state);
  if (result.effects.length > 0) takeEffects(session, result.effects);
  if (result.diagnostics !== undefined) session.diagnostics.push(...result.diagnostics);
}

/** Takes in runs' effects: messages sent join the send times, and actions' changes apply to the customer. */
export function takeEffects(session: ReactSession, effects: readonly Effect[]): void {
  for (const effect of effects) {
    session.effects.push(effect);
    if (effect.type === 'send_message') {
      if (!session.sentAtCopied) {
        session.sentAt = session.sentAt.slice();
        session.sentAtCopied = true;
      }
      session.sentAt.push(effect.at);
      continue;
    }
    const change = applyCustomerEffect(session.customer, effect);
    if (change === null) continue;
    setCustomer(session, withChange(session.customer, change));
    session.touchedByRuns = true;
    if (effect.type === 'update_customer') {
      session.changedByRuns ??= new Set();
      for (const attribute of Object.keys(effect.set)) session.changedByRuns.add(attribute);
    }
  }
}

/** A customer with some parts replaced; written out, not spread, to keep one object shape for every customer. */
export function withChange(customer: WorldCustomer, change: Partial<Omit<WorldCustomer, 'id'>>): WorldCustomer {
  return {
    id: customer.id,
    attributes: change.attributes ?? customer.attributes,
    tags: change.tags ?? customer.tags,
    metrics: change.metrics ?? customer.metrics,
  };
}
