import Type from 'typebox';
import { Duration, nodeCommon } from './primitives.ts';
import { unionOf } from './unionOf.ts';

const actionNode = <A extends string, P extends Type.TProperties>(action: A, fields: P) =>
  Type.Object(
    { ...nodeCommon, type: Type.Literal('action'), action: Type.Literal(action), ...fields },
    { additionalProperties: false },
  );

export const CHANNELS = ['email', 'sms', 'push', 'inbox'] as const;
export const Channel = unionOf(CHANNELS.map((channel) => Type.Literal(channel)));
export type Channel = Type.Static<typeof Channel>;

export const MessageTemplate = Type.Object(
  { subject: Type.Optional(Type.String({ maxLength: 500 })), body: Type.String({ minLength: 1, maxLength: 100_000 }) },
  { additionalProperties: false },
);
export type MessageTemplate = Type.Static<typeof MessageTemplate>;

export const SendMessageAction = actionNode('send_message', { channel: Channel, template: MessageTemplate });
export type SendMessageAction = Type.Static<typeof SendMessageAction>;

export const WebhookAction = actionNode('webhook', {
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  method: Type.Optional(Type.Union([Type.Literal('POST'), Type.Literal('PUT'), Type.Literal('PATCH'), Type.Literal('GET'), Type.Literal('DELETE')])),
  headers: Type.Optional(Type.Record(Type.String(), Type.String())),
  body: Type.Optional(Type.String({ maxLength: 100_000 })),
});
export type WebhookAction = Type.Static<typeof WebhookAction>;

/** Values are literals or JSON Logic computed against the run's context. */
export const UpdateCustomerAction = actionNode('update_customer', {
  set: Type.Record(Type.String({ minLength: 1, maxLength: 100 }), Type.Unknown(), { minProperties: 1 }),
});
export type UpdateCustomerAction = Type.Static<typeof UpdateCustomerAction>;

export const AddTagAction = actionNode('add_tag', { tag: Type.String({ minLength: 1, maxLength: 100 }) });
export type AddTagAction = Type.Static<typeof AddTagAction>;

export const RemoveTagAction = actionNode('remove_tag', { tag: Type.String({ minLength: 1, maxLength: 100 }) });
export type RemoveTagAction = Type.Static<typeof RemoveTagAction>;

/** Exactly one of `percent` and `amount`; `amount` needs `currency` (validator). `valid_for` defaults to P30D. */
export const IssueCouponAction = actionNode('issue_coupon', {
  percent: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
  amount: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
  currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', 'x-kind': 'currency' })),
  valid_for: Type.Optional(Duration),
});
export type IssueCouponAction = Type.Static<typeof IssueCouponAction>;

export const CreateTaskAction = actionNode('create_task', {
  title: Type.String({ minLength: 1, maxLength: 500 }),
  assignee: Type.Optional(Type.String({ maxLength: 200 })),
  due_in: Type.Optional(Duration),
});
export type CreateTaskAction = Type.Static<typeof CreateTaskAction>;

export const ACTION_SCHEMAS = {
  send_message: SendMessageAction,
  webhook: WebhookAction,
  update_customer: UpdateCustomerAction,
  add_tag: AddTagAction,
  remove_tag: RemoveTagAction,
  issue_coupon: IssueCouponAction,
  create_task: CreateTaskAction,
} as const;
export type ActionKind = keyof typeof ACTION_SCHEMAS;

export const ActionNode = unionOf(Object.values(ACTION_SCHEMAS));
export type ActionNode = Type.Static<typeof ActionNode>;
