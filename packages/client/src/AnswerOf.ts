import type { operations } from './schema.ts';

type SuccessStatus = 200 | 201 | 202;

/** The success answer's body of an operation, by its operationId: `AnswerOf<'getCustomer'>`. */
export type AnswerOf<Id extends keyof operations> = {
  [Status in keyof operations[Id]['responses'] & SuccessStatus]: operations[Id]['responses'][Status] extends { content: { 'application/json': infer Body } } ? Body : never;
}[keyof operations[Id]['responses'] & SuccessStatus];

/** A request body of an operation, by its operationId: `BodyOf<'sendEvents'>`. */
export type BodyOf<Id extends keyof operations> = operations[Id]['requestBody'] extends { content: { 'application/json': infer Body } } | undefined ? Body : never;
