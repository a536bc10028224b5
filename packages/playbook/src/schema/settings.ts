import Type from 'typebox';
import { Duration, Logic, TimeOfDay } from './primitives.ts';

export const Reentry = Type.Object(
  {
    mode: Type.Union([Type.Literal('never'), Type.Literal('after_exit'), Type.Literal('always')]),
    cooldown: Type.Optional(Duration),
  },
  { additionalProperties: false },
);
export type Reentry = Type.Static<typeof Reentry>;

export const Goal = Type.Object(
  {
    event: Type.String({ minLength: 1, maxLength: 100 }),
    where: Type.Optional(Logic),
    within: Duration,
    exit: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Goal = Type.Static<typeof Goal>;

export const QuietHours = Type.Object({ start: TimeOfDay, end: TimeOfDay }, { additionalProperties: false });
export type QuietHours = Type.Static<typeof QuietHours>;

export const FrequencyCap = Type.Object(
  { max: Type.Integer({ minimum: 1, maximum: 1000 }), per: Duration },
  { additionalProperties: false },
);
export type FrequencyCap = Type.Static<typeof FrequencyCap>;

export const Settings = Type.Object(
  {
    timezone: Type.Optional(Type.String({ 'x-kind': 'timezone', description: 'An IANA time zone such as Asia/Shanghai.' })),
    reentry: Type.Optional(Reentry),
    goal: Type.Optional(Goal),
    exit_when: Type.Optional(Logic),
    quiet_hours: Type.Optional(QuietHours),
    frequency_cap: Type.Optional(FrequencyCap),
    holdout: Type.Optional(Type.Number({ minimum: 0, maximum: 50 })),
  },
  { additionalProperties: false },
);
export type Settings = Type.Static<typeof Settings>;
