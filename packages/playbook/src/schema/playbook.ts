import Type from 'typebox';
import { PortName, PlaybookNode } from './nodes.ts';
import { Meta, NodeId, PLAYBOOK_SCHEMA_ID, PlaybookId } from './primitives.ts';
import { Settings } from './settings.ts';

export const Edge = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    from: NodeId,
    to: NodeId,
    port: Type.Optional(PortName),
    meta: Type.Optional(Meta),
  },
  { additionalProperties: false },
);
export type Edge = Type.Static<typeof Edge>;

export const Playbook = Type.Object(
  {
    schema: Type.Literal(PLAYBOOK_SCHEMA_ID),
    id: PlaybookId,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 50 })),
    settings: Type.Optional(Settings),
    nodes: Type.Array(PlaybookNode, { maxItems: 1000 }),
    edges: Type.Array(Edge, { maxItems: 5000 }),
    meta: Type.Optional(Meta),
  },
  {
    additionalProperties: false,
    $id: 'https://stayflow.dev/schema/playbook@1.json',
    title: 'Stayflow playbook v1',
  },
);
export type Playbook = Type.Static<typeof Playbook>;

/** The document's own fields, nodes and edges left to their own schemas: validation reports each node on its own. */
export const PlaybookShell = Type.Object(
  { ...Playbook.properties, nodes: Type.Array(Type.Unknown(), { maxItems: 1000 }), edges: Type.Array(Type.Unknown(), { maxItems: 5000 }) },
  { additionalProperties: false },
);
