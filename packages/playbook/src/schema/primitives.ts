import Type from 'typebox';
import { unionOf } from './unionOf.ts';

/**
 * Leaf schemas shared by every part of the format. `x-kind` tells the validator which
 * operator-facing message to give when a string does not match its pattern.
 */

export const PLAYBOOK_SCHEMA_ID = 'stayflow/playbook@1';

export const PlaybookId = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,63}$',
  'x-kind': 'playbook-id',
  description: 'Lower-case letters, digits and dashes; at most 64 characters.',
});
export type PlaybookId = Type.Static<typeof PlaybookId>;

export const NodeId = Type.String({
  pattern: '^[A-Za-z0-9_-]{1,64}$',
  'x-kind': 'node-id',
  description: 'Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook.',
});
export type NodeId = Type.Static<typeof NodeId>;

const DURATION_BODY = 'P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?';

export const Duration = Type.String({
  pattern: `^${DURATION_BODY}$`,
  'x-kind': 'duration',
  description: 'An ISO 8601 duration such as P3D, PT2H or P1M.',
});
export type Duration = Type.Static<typeof Duration>;

export const Offset = Type.String({
  pattern: `^-?${DURATION_BODY}$`,
  'x-kind': 'offset',
  description: 'An ISO 8601 duration that may be negative, such as -P7D.',
});
export type Offset = Type.Static<typeof Offset>;

export const TimeOfDay = Type.String({
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  'x-kind': 'time',
  description: 'A time of day, HH:MM on a 24-hour clock.',
});
export type TimeOfDay = Type.Static<typeof TimeOfDay>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = unionOf(WEEKDAYS.map((day) => Type.Literal(day)));
export type Weekday = Type.Static<typeof Weekday>;

/** A JSON Logic rule; checked by `@stayflow/logic`'s static checker, not by the schema. */
export const Logic = Type.Unknown({ 'x-kind': 'logic', description: 'A JSON Logic condition.' });
export type Logic = unknown;

/** Free-form data kept on round-trip: editor state, translations, notes. */
export const Meta = Type.Record(Type.String(), Type.Unknown(), { description: 'Free-form; ignored by the runtime.' });
export type Meta = Type.Static<typeof Meta>;

export const Position = Type.Object({ x: Type.Number(), y: Type.Number() }, { additionalProperties: false });
export type Position = Type.Static<typeof Position>;

/** Fields every node may carry besides its own. */
export const nodeCommon = {
  id: NodeId,
  label: Type.Optional(Type.String({ maxLength: 200 })),
  position: Type.Optional(Position),
  meta: Type.Optional(Meta),
};
