export { createStayflowClient, type StayflowClient, type StayflowClientOptions } from './createStayflowClient.ts';
export type { AnswerOf, BodyOf } from './AnswerOf.ts';
export type { components, operations, paths } from './schema.ts';
