import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** What part of an OpenAPI 3.1 document the checker reads. */
interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string | number, { description?: string; content?: Record<string, { schema?: unknown }> }> }>>;
  components?: { schemas?: Record<string, unknown> };
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  /** Parameters in the path: fewer wins when two templates match (`/api/playbooks/validate` over `/api/playbooks/{id}`). */
  params: number;
  operationId: string;
  /** Per documented status: its JSON body's schema, or null for an answer without one (204). */
  answers: Map<number, object | null>;
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const COMPONENTS = 'https://stayflow.dev/openapi/components/';

/**
 * A schema as the checker applies it: `#/components/schemas/X` as an absolute id ajv can
 * resolve, and an object that lists its properties without saying whether others may come
 * closed to them, so a property an answer adds without documenting it fails too.
 */
function forChecking(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forChecking);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) out[key] = COMPONENTS + inner.slice('#/components/schemas/'.length);
    // A map of names to schemas: each schema is one, the map is not.
    else if (SCHEMA_MAPS.has(key) && inner !== null && typeof inner === 'object') out[key] = Object.fromEntries(Object.entries(inner).map(([name, schema]) => [name, forChecking(schema)]));
    else out[key] = forChecking(inner);
  }
  if ('properties' in out && !('additionalProperties' in out) && !('patternProperties' in out) && !('unevaluatedProperties' in out)) out.unevaluatedProperties = false;
  return out;
}

const describeParams = (params: Record<string, unknown>) => {
  const named = params.unevaluatedProperty ?? params.additionalProperty;
  return named === undefined ? '' : `: ${JSON.stringify(named)}`;
};

function templatePattern(template: string): RegExp {
  const parts = template.split('/').map((part) => (/^\{.+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('/')}$`);
}

/**
 * Checks answers against the OpenAPI document they claim to follow: the status must be one the
 * operation lists, and the body must match that status's schema (or be empty when it has none).
 * Requests that match no operation (unknown routes, a method a path lacks, the docs) are not
 * checked: no operation documents them.
 */
export class AnswerChecker {
  private readonly operations: Operation[] = [];
  private readonly ajv: Ajv2020;
  /** Validators compiled on first use: a test file reaches a few operations, not all of them. */
  private readonly validators = new Map<object, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    const ajv = (this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true }));
    addFormats.default(ajv);
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      const { $id: _id, ...rest } = forChecking(schema) as Record<string, unknown>;
      ajv.addSchema(rest, COMPONENTS + name);
    }
    for (const [template, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const answers = new Map<number, object | null>();
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const schema = response.content?.['application/json']?.schema;
          answers.set(Number(status), schema === undefined ? null : (forChecking(schema) as object));
        }
        this.operations.push({
          method: method.toUpperCase(),
          template,
          pattern: templatePattern(template),
          params: (template.match(/\{/g) ?? []).length,
          operationId: operation.operationId ?? `${method.toUpperCase()} ${template}`,
          answers,
        });
      }
    }
  }

  /** The operation a request reaches, if the document has one. */
  private operationFor(method: string, url: string): Operation | undefined {
    const path = url.split('?')[0]!;
    return this.operations.filter((o) => o.method === method.toUpperCase() && o.pattern.test(path)).sort((a, b) => a.params - b.params)[0];
  }

  /** The answer's problems against its operation, in words; empty when it matches (or no operation documents the request). */
  problems(method: string, url: string, status: number, body: unknown): string[] {
    const operation = this.operationFor(method, url);
    if (operation === undefined) return [];
    const where = `${method.toUpperCase()} ${url.split('?')[0]} (${operation.operationId}) answered ${status}`;
    if (!operation.answers.has(status)) return [`${where}, a status its documentation does not list (it lists ${[...operation.answers.keys()].join(', ')})`];
    const schema = operation.answers.get(status)!;
    if (schema === null) return body === undefined ? [] : [`${where} with a body, where its documentation says none`];
    let validate = this.validators.get(schema);
    if (validate === undefined) this.validators.set(schema, (validate = this.ajv.compile(schema)));
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || '(the body)'} ${e.message ?? 'does not match'}${describeParams(e.params)}`);
  }
}
