import Type from 'typebox';
import { Duration, Logic, nodeCommon, Offset, TimeOfDay } from './primitives.ts';
import { unionOf } from './unionOf.ts';

export const EventTrigger = Type.Object(
  {
    ...nodeCommon,
    type: Type.Literal('trigger'),
    on: Type.Literal('event'),
    event: Type.String({ minLength: 1, maxLength: 100 }),
    where: Type.Optional(Logic),
  },
  { additionalProperties: false },
);
export type EventTrigger = Type.Static<typeof EventTrigger>;

export const SegmentTrigger = Type.Object(
  { ...nodeCommon, type: Type.Literal('trigger'), on: Type.Literal('segment'), if: Logic },
  { additionalProperties: false },
);
export type SegmentTrigger = Type.Static<typeof SegmentTrigger>;

/** Exactly one of `cron` and `every` is given; the validator enforces it. */
export const ScheduleTrigger = Type.Object(
  {
    ...nodeCommon,
    type: Type.Literal('trigger'),
    on: Type.Literal('schedule'),
    cron: Type.Optional(Type.String({ description: 'Five fields: minute hour day-of-month month day-of-week.' })),
    every: Type.Optional(Duration),
    audience: Type.Optional(Logic),
  },
  { additionalProperties: false },
);
export type ScheduleTrigger = Type.Static<typeof ScheduleTrigger>;

export const DateTrigger = Type.Object(
  {
    ...nodeCommon,
    type: Type.Literal('trigger'),
    on: Type.Literal('date'),
    attribute: Type.String({ minLength: 1, maxLength: 100 }),
    offset: Type.Optional(Offset),
    at: Type.Optional(TimeOfDay),
    yearly: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type DateTrigger = Type.Static<typeof DateTrigger>;

export const ManualTrigger = Type.Object(
  { ...nodeCommon, type: Type.Literal('trigger'), on: Type.Literal('manual') },
  { additionalProperties: false },
);
export type ManualTrigger = Type.Static<typeof ManualTrigger>;

export const TRIGGER_SCHEMAS = {
  event: EventTrigger,
  segment: SegmentTrigger,
  schedule: ScheduleTrigger,
  date: DateTrigger,
  manual: ManualTrigger,
} as const;
export type TriggerKind = keyof typeof TRIGGER_SCHEMAS;

export const TriggerNode = unionOf(Object.values(TRIGGER_SCHEMAS));
export type TriggerNode = Type.Static<typeof TriggerNode>;
