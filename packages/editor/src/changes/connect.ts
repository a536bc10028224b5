import { DEFAULT_PORT, isWaitingNode, portsOf, type Edge, type Playbook } from '@stayflow/playbook';

export type ConnectRefusal = 'into_trigger' | 'self_loop' | 'unknown_node' | 'unknown_port';

export interface ConnectResult {
  document: Playbook;
  /** Why the connection was refused; the document is then unchanged. */
  reason?: ConnectRefusal;
}

/** Why a connection from (from, port) to `to` is not allowed, if it is not. */
export function connectionRefusal(document: Playbook, connection: { from: string; port?: string | null; to: string }): ConnectRefusal | undefined {
  const source = document.nodes.find((node) => node.id === connection.from);
  const target = document.nodes.find((node) => node.id === connection.to);
  if (!source || !target) return 'unknown_node';
  if (target.type === 'trigger') return 'into_trigger';
  if (source.id === target.id && !isWaitingNode(source)) return 'self_loop';
  if (!portsOf(source).includes(connection.port ?? DEFAULT_PORT)) return 'unknown_port';
  return undefined;
}

/**
 * Connects an exit to a node. Each exit leads to one node, so an existing edge on that
 * (from, port) is replaced, keeping its id and meta.
 */
export function connect(document: Playbook, connection: { from: string; port?: string | null; to: string }): ConnectResult {
  const reason = connectionRefusal(document, connection);
  if (reason) return { document, reason };
  const port = connection.port ?? DEFAULT_PORT;
  const existing = document.edges.findIndex((edge) => edge.from === connection.from && (edge.port ?? DEFAULT_PORT) === port);
  const edge: Edge = { from: connection.from, to: connection.to };
  if (port !== DEFAULT_PORT) edge.port = port;
  if (existing === -1) return { document: { ...document, edges: [...document.edges, edge] } };
  const previous = document.edges[existing]!;
  if (previous.to === connection.to) return { document };
  const edges = document.edges.slice();
  edges[existing] = { ...previous, to: connection.to };
  return { document: { ...document, edges: edges.filter((e, i) => i === existing || e.from !== connection.from || (e.port ?? DEFAULT_PORT) !== port) } };
}
