import Type from 'typebox';
import { ActionNode } from './actions.ts';
import { Duration, Logic, nodeCommon, Offset, TimeOfDay, Weekday } from './primitives.ts';
import { TriggerNode } from './triggers.ts';
import { unionOf } from './unionOf.ts';

/** Port names chosen by the author (switch cases, split variants). */
export const PortName = Type.String({
  pattern: '^[A-Za-z0-9_-]{1,64}$',
  'x-kind': 'port-name',
  description: 'Letters, digits, "_" and "-"; at most 64 characters.',
});

export const ConditionNode = Type.Object(
  { ...nodeCommon, type: Type.Literal('condition'), if: Logic },
  { additionalProperties: false },
);
export type ConditionNode = Type.Static<typeof ConditionNode>;

export const SwitchCase = Type.Object({ port: PortName, if: Logic, label: Type.Optional(Type.String()) }, { additionalProperties: false });
export type SwitchCase = Type.Static<typeof SwitchCase>;

export const SwitchNode = Type.Object(
  { ...nodeCommon, type: Type.Literal('switch'), cases: Type.Array(SwitchCase, { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);
export type SwitchNode = Type.Static<typeof SwitchNode>;

export const WaitUntil = Type.Object(
  { attribute: Type.String({ minLength: 1, maxLength: 100 }), offset: Type.Optional(Offset) },
  { additionalProperties: false },
);
export type WaitUntil = Type.Static<typeof WaitUntil>;

/** Exactly one of `for`, `until` and `untilTime`; `days` only with `untilTime`. The validator enforces it. */
export const WaitNode = Type.Object(
  {
    ...nodeCommon,
    type: Type.Literal('wait'),
    for: Type.Optional(Duration),
    until: Type.Optional(WaitUntil),
    untilTime: Type.Optional(TimeOfDay),
    days: Type.Optional(Type.Array(Weekday, { minItems: 1, maxItems: 7, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type WaitNode = Type.Static<typeof WaitNode>;

export const WaitEventNode = Type.Object(
  {
    ...nodeCommon,
    type: Type.Literal('wait_event'),
    event: Type.String({ minLength: 1, maxLength: 100 }),
    where: Type.Optional(Logic),
    timeout: Duration,
  },
  { additionalProperties: false },
);
export type WaitEventNode = Type.Static<typeof WaitEventNode>;

export const SplitVariant = Type.Object(
  { port: PortName, weight: Type.Integer({ minimum: 0, maximum: 100 }), label: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
export type SplitVariant = Type.Static<typeof SplitVariant>;

export const SplitNode = Type.Object(
  { ...nodeCommon, type: Type.Literal('split'), variants: Type.Array(SplitVariant, { minItems: 2, maxItems: 20 }) },
  { additionalProperties: false },
);
export type SplitNode = Type.Static<typeof SplitNode>;

export const ExitNode = Type.Object({ ...nodeCommon, type: Type.Literal('exit') }, { additionalProperties: false });
export type ExitNode = Type.Static<typeof ExitNode>;

export const NODE_TYPES = ['trigger', 'condition', 'switch', 'wait', 'wait_event', 'split', 'action', 'exit'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const PlaybookNode = unionOf([
  ...TriggerNode.anyOf,
  ConditionNode,
  SwitchNode,
  WaitNode,
  WaitEventNode,
  SplitNode,
  ...ActionNode.anyOf,
  ExitNode,
]);
export type PlaybookNode = Type.Static<typeof PlaybookNode>;
