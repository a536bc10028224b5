import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../schema/index.ts';
import { churnPlaybook } from './fixtures.ts';
import { validate } from './validate.ts';

const nodeLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom('start', 'coupon', 'mail', 'x'), fc.anything()),
    type: fc.oneof(fc.constantFrom(...NODE_TYPES), fc.anything()),
    on: fc.constantFrom('event', 'segment', 'schedule', 'date', 'manual', 'nope'),
    action: fc.constantFrom('send_message', 'webhook', 'issue_coupon', 'create_task', 'nope'),
    if: fc.jsonValue(),
    cases: fc.anything(),
    variants: fc.anything(),
    for: fc.oneof(fc.string(), fc.constantFrom('P1D', '-P1D', 'PT')),
  },
  { requiredKeys: [] },
);

const documentLike = fc.record(
  {
    schema: fc.oneof(fc.constant('stayflow/playbook@1'), fc.anything()),
    id: fc.oneof(fc.string(), fc.anything()),
    name: fc.anything(),
    settings: fc.anything(),
    nodes: fc.oneof(fc.array(nodeLike, { maxLength: 8 }), fc.anything()),
    edges: fc.oneof(
      fc.array(fc.record({ from: fc.constantFrom('start', 'coupon', 'x'), to: fc.constantFrom('start', 'mail', 'y'), port: fc.string() }, { requiredKeys: [] })),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

describe('validate on arbitrary input', () => {
  it('never throws and always answers with well-formed issues, for any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), documentLike), (value) => {
        const result = validate(value);
        expect(result.valid).toBe(result.errors.length === 0);
        for (const issue of [...result.errors, ...result.warnings]) {
          expect(issue.code).not.toBe('internal.error');
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.path.startsWith('$')).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws when one field of a valid playbook is replaced by anything', () => {
    const base = churnPlaybook();
    fc.assert(
      fc.property(fc.nat(base.nodes.length - 1), fc.string(), fc.anything(), (index, field, value) => {
        const doc = structuredClone(base) as unknown as { nodes: Record<string, unknown>[] };
        doc.nodes[index]![field] = value;
        const result = validate(doc);
        expect(result.errors.every((issue) => issue.code !== 'internal.error')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
