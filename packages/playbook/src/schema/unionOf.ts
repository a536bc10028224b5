import Type from 'typebox';

/**
 * A union of the given schemas, in their order. Typed as a non-empty tuple because
 * TypeBox's `Static` walks a union's members as a tuple and reads a plain array as
 * `never`; every member type is still one element of the tuple's union.
 */
export function unionOf<Schema extends Type.TSchema>(schemas: readonly Schema[]): Type.TUnion<[Schema, ...Schema[]]> {
  const [first, ...rest] = schemas;
  if (first === undefined) throw new Error('A union needs at least one schema.');
  return Type.Union([first, ...rest]);
}
