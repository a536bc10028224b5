import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const HEADER = `/**
 * The Stayflow HTTP API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run \`pnpm --filter @stayflow/client generate\` after changing a route's schema.
 */

`;

/** The TypeScript types (`paths`, `components`, `operations`) of an OpenAPI document, as the checked-in src/schema.ts holds them. */
export async function generateSchema(document: Record<string, unknown>): Promise<string> {
  return HEADER + astToString(await openapiTS(document as unknown as OpenAPI3));
}
