import type { Channel, DateTrigger, EventTrigger, ManualTrigger, ParsedTemplate, ScheduleTrigger, SegmentTrigger } from '@stayflow/playbook';
import type { CalendarDuration } from '../time/CalendarDuration.ts';
import type { QuietWindow } from '../time/quietHoursEnd.ts';
import type { CompiledRule } from '../rules/compileRule.ts';

/**
 * A playbook version prepared for interpretation: nodes indexed by id, each
 * node's outgoing edges by port, every Logic compiled and every duration and
 * template parsed once. Derived from the document, never stored.
 */
export interface CompiledPlaybook {
  id: string;
  version: number;
  name: string;
  trigger: CompiledTrigger;
  nodes: ReadonlyMap<string, CompiledNode>;
  settings: CompiledSettings;
}

export type CompiledTrigger =
  | { id: string; on: 'event'; node: EventTrigger; event: string; where?: CompiledRule }
  | { id: string; on: 'segment'; node: SegmentTrigger; if: CompiledRule }
  | { id: string; on: 'schedule'; node: ScheduleTrigger; audience?: CompiledRule }
  | { id: string; on: 'date'; node: DateTrigger; attribute: string }
  | { id: string; on: 'manual'; node: ManualTrigger };

export interface CompiledSettings {
  timezone: string | undefined;
  reentry: { mode: 'never' | 'after_exit' | 'always'; cooldown?: CalendarDuration };
  goal?: { event: string; where?: CompiledRule; within: CalendarDuration; exit: boolean };
  exitWhen?: CompiledRule;
  quietHours?: QuietWindow;
  frequencyCap?: { max: number; per: CalendarDuration };
  /** Percent of entrants kept as a control group, 0 when none. */
  holdout: number;
}

interface NodeBase {
  id: string;
  /** Where each port leads; a port without an edge ends the run. */
  next: ReadonlyMap<string, string>;
}

export type WaitTarget =
  | { kind: 'for'; duration: CalendarDuration }
  | { kind: 'until'; attribute: string; offset?: CalendarDuration }
  | { kind: 'time'; minutes: number; days: number };

export type CompiledNode =
  | (NodeBase & { type: 'trigger' })
  | (NodeBase & { type: 'condition'; if: CompiledRule })
  | (NodeBase & { type: 'switch'; cases: { port: string; if: CompiledRule }[] })
  | (NodeBase & { type: 'split'; variants: { port: string; upTo: number }[] })
  | (NodeBase & { type: 'wait'; wait: WaitTarget })
  | (NodeBase & { type: 'wait_event'; event: string; where?: CompiledRule; timeout: CalendarDuration })
  | (NodeBase & { type: 'action'; action: CompiledAction })
  | (NodeBase & { type: 'exit' });

export type CompiledAction =
  /** `html`: an email whose template is written in HTML, so placeholder values are escaped; a plain-text one is escaped whole on delivery. */
  | { action: 'send_message'; channel: Channel; subject?: ParsedTemplate; body: ParsedTemplate; html: boolean }
  | { action: 'webhook'; url: string; method: string; headers: Record<string, string>; body?: ParsedTemplate; json: boolean }
  | { action: 'update_customer'; set: { attribute: string; literal?: unknown; logic?: CompiledRule }[] }
  | { action: 'add_tag' | 'remove_tag'; tag: string }
  | { action: 'issue_coupon'; percent?: number; amount?: number; currency?: string; validFor: CalendarDuration }
  | { action: 'create_task'; title: ParsedTemplate; assignee?: string; dueIn?: CalendarDuration };
