/**
 * Builders shared by the engine's tests: small playbooks, customers and clocks.
 * Test support only; not exported from the package.
 */
import type { Playbook, PlaybookNode, Edge, Settings } from '@stayflow/playbook';
import { compilePlaybook } from '../compile/compilePlaybook.ts';
import type { CompiledPlaybook } from '../compile/CompiledPlaybook.ts';
import type { CustomerView } from '../CustomerView.ts';
import type { Effect, RecordStepEffect } from '../Effect.ts';
import type { EngineEvent } from '../EngineEvent.ts';
import { applyEvent } from '../metrics/applyEvent.ts';
import { metricsAt } from '../metrics/metricsAt.ts';
import { emptyMetrics, type MetricsState } from '../metrics/MetricsState.ts';
import { type CustomerWorld, newWorld, type ReactEnv, type WorldInput } from '../react/CustomerWorld.ts';
import { react } from '../react/react.ts';
import { createRun } from '../run/createRun.ts';
import type { RunInput, RunState, StepEnv } from '../run/RunState.ts';
import { step } from '../run/step.ts';

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Epoch milliseconds of an ISO 8601 instant (with Z or an offset). */
export function at(text: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${text}`);
  return ms;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export interface PlaybookSpec {
  id?: string;
  name?: string;
  settings?: Settings;
  nodes: PlaybookNode[];
  /** Edges; `chain` builds them for a straight line. */
  edges?: Edge[];
}

export const MANUAL_TRIGGER: PlaybookNode = { id: 'start', type: 'trigger', on: 'manual' };

/** A playbook document; without `edges`, its nodes are joined in order by `next`. */
export function playbookOf(spec: PlaybookSpec): Playbook {
  const edges = spec.edges ?? spec.nodes.slice(1).map((node, i) => ({ from: spec.nodes[i]!.id, to: node.id }));
  return {
    schema: 'stayflow/playbook@1',
    id: spec.id ?? 'test-playbook',
    name: spec.name ?? 'Test playbook',
    ...(spec.settings !== undefined ? { settings: spec.settings } : {}),
    nodes: spec.nodes,
    edges,
  };
}

export function compiled(spec: PlaybookSpec, version = 1): CompiledPlaybook {
  return compilePlaybook(playbookOf(spec), version);
}

export interface CustomerSpec {
  id?: string;
  attributes?: Record<string, unknown>;
  tags?: string[];
  segments?: string[];
  metrics?: MetricsState;
}

export function customerView(spec: CustomerSpec = {}, now = 0): CustomerView {
  return {
    id: spec.id ?? 'c1',
    attributes: spec.attributes ?? {},
    tags: spec.tags ?? [],
    segments: spec.segments ?? [],
    metrics: metricsAt(spec.metrics ?? emptyMetrics(), now),
  };
}

export function stepEnv(now: number, customer: CustomerSpec = {}, sentAt: number[] = []): StepEnv {
  return { now, customer: customerView(customer, now), sentAt };
}

export function event(type: string, atMs: number, properties: Record<string, unknown> = {}): EngineEvent {
  return { type, at: atMs, properties };
}

export function ordersAt(...times: number[]): MetricsState {
  return times.reduce((state, t) => applyEvent(state, event('order_placed', t, { amount: 100 })), emptyMetrics());
}

/** Creates a run and steps it with `start`. */
export function begin(playbook: CompiledPlaybook, now: number, customer: CustomerSpec = {}, options: { event?: EngineEvent; sentAt?: number[]; sequence?: number } = {}) {
  const run = createRun({ playbook, customerId: customer.id ?? 'c1', sequence: options.sequence ?? 1, now, ...(options.event ? { event: options.event } : {}) });
  const input: RunInput = options.event ? { kind: 'start', event: options.event } : { kind: 'start' };
  return step(playbook, run, input, stepEnv(now, customer, options.sentAt ?? []));
}

/** Fires the timer a run waits for, at its due time (or `now`). */
export function fire(playbook: CompiledPlaybook, run: RunState, customer: CustomerSpec = {}, now?: number, sentAt: number[] = []) {
  if (run.waiting === undefined) throw new Error(`run ${run.id} is not waiting`);
  const when = now ?? run.waiting.until;
  return step(playbook, run, { kind: 'timer', timer: run.waiting.timer }, stepEnv(when, customer, sentAt));
}

/** `node:port` for each record_step, `node` alone for an entry without a port. */
export function path(effects: readonly Effect[]): string[] {
  return effects.filter((e): e is RecordStepEffect => e.type === 'record_step').map((e) => (e.port === undefined ? e.node : `${e.node}:${e.port}`));
}

export function ofType<T extends Effect['type']>(effects: readonly Effect[], type: T): Extract<Effect, { type: T }>[] {
  return effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
}

export function worldOf(id = 'c1', attributes: Record<string, unknown> = {}, tags: string[] = []): CustomerWorld {
  return newWorld({ id, attributes, tags });
}

/** Feeds inputs to `react` in order, each at its own time; returns the last world and every effect. */
export function drive(world: CustomerWorld, steps: [WorldInput, number][], env: Omit<ReactEnv, 'now'>): { world: CustomerWorld; effects: Effect[] } {
  const effects: Effect[] = [];
  let current = world;
  for (const [input, now] of steps) {
    const result = react(current, input, { ...env, now });
    current = result.world;
    effects.push(...result.effects);
  }
  return { world: current, effects };
}

/** The timer input for the one timer a world's active run of a playbook waits for. */
export function timerOf(world: CustomerWorld, playbookId = 'test-playbook'): { input: WorldInput; due: number } {
  const run = world.runs.find((r) => r.playbookId === playbookId && r.status === 'active');
  if (run?.waiting === undefined) throw new Error(`no waiting run of ${playbookId}`);
  return { input: { kind: 'timer', timer: run.waiting.timer }, due: run.waiting.until };
}
