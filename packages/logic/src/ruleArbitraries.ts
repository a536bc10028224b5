import fc from 'fast-check';
import type { LogicData } from './Logic';
import { argTypeAt, type ArgType } from './OperatorInfo';
import { operatorCatalogue } from './operatorCatalogue';

// Generators for the property tests: rules built from the operator catalogue,
// with arguments of the kinds each operator expects, and data shaped like the
// spec's context (plus arbitrary JSON where a playbook could put anything).

const PATHS = [
  '', 'now', 'customer', 'customer.tags', 'customer.tags.0', 'customer.segments', 'customer.metrics.orders',
  'customer.metrics.last_order_at', 'customer.birthday', 'customer.name', 'customer.name.length', 'customer.orders',
  'event', 'event.type', 'event.at', 'event.properties.amount', 'at', 'amount', 'current', 'current.at', 'accumulator', 'x.y.z', '1',
];

export const fieldPath = fc.constantFrom(...PATHS);

export const isoDate = fc.oneof(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2000-02-29', '2024-02-29T23:59:59+14:00', '1999-12-31T23:59:59-12:00', '0001-01-01'),
);

const scalar = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null), isoDate);

const literal: Record<ArgType, fc.Arbitrary<unknown>> = {
  any: scalar,
  logic: scalar,
  boolean: scalar,
  number: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double(), fc.constantFrom('3', ' -2.5 ', '1e3')),
  string: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('vip', 'loyal', 'at_risk')),
  date: isoDate,
  array: fc.array(scalar, { maxLength: 4 }),
};

const general = operatorCatalogue.filter((info) => !['var', 'missing', 'missing_some'].includes(info.name));

/** Rules from the catalogue, nested up to `maxDepth` operations deep. */
export function catalogueRule(maxDepth = 5): fc.Arbitrary<unknown> {
  const { rule } = fc.letrec<{ rule: unknown; operation: unknown; field: unknown }>((tie) => ({
    rule: fc.oneof({ maxDepth, depthSize: 'small' }, scalar, tie('field'), tie('operation')),
    field: fc.oneof(
      fieldPath.map((path) => ({ var: path })),
      fc.tuple(fieldPath, scalar).map(([path, fallback]) => ({ var: [path, fallback] })),
      fc.array(fieldPath, { minLength: 1, maxLength: 3 }).map((paths) => ({ missing: paths })),
      fc.tuple(fc.nat(3), fc.array(fieldPath, { maxLength: 3 })).map(([need, paths]) => ({ missing_some: [need, paths] })),
    ),
    operation: fc.constantFrom(...general).chain((info) =>
      fc.integer({ min: info.args.min, max: Math.min(info.args.max, info.args.min + 3) }).chain((count) =>
        fc
          .tuple(...Array.from({ length: count }, (_, i) => fc.oneof(literal[argTypeAt(info, i)], tie('rule'))))
          .map((args) => ({ [info.name]: args })),
      ),
    ),
  }));
  return rule;
}

const customer = fc.record(
  {
    id: fc.string({ maxLength: 6 }),
    tags: fc.array(fc.constantFrom('vip', 'newsletter', 'b2b'), { maxLength: 3 }),
    segments: fc.array(fc.constantFrom('loyal', 'potential', 'at_risk', 'churned'), { maxLength: 2 }),
    birthday: fc.oneof(isoDate, fc.string({ maxLength: 6 }), fc.constant(null)),
    name: fc.string({ maxLength: 8 }),
    metrics: fc.record({ orders: fc.nat(50), last_order_at: fc.oneof(isoDate, fc.constant(null)), last_nps: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)) }, { requiredKeys: [] }),
    orders: fc.array(fc.record({ at: isoDate, amount: fc.double() }), { maxLength: 3 }),
    extra: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);

/** Evaluation data: mostly the spec's context, sometimes broken (bad `now`, odd shapes). */
export const logicData: fc.Arbitrary<LogicData> = fc.record(
  {
    now: fc.oneof(isoDate, fc.string({ maxLength: 10 })),
    customer: fc.oneof(customer, fc.jsonValue({ maxDepth: 2 })),
    event: fc.oneof(fc.constant(null), fc.record({ type: fc.string({ maxLength: 6 }), at: isoDate, properties: fc.jsonValue({ maxDepth: 2 }) }), fc.jsonValue({ maxDepth: 2 })),
  },
  { requiredKeys: ['now'] },
) as fc.Arbitrary<LogicData>;
