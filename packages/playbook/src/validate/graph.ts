import type { IssueList } from '../issue.ts';
import { DEFAULT_PORT, isWaitingNode, portsOf } from '../ports.ts';
import type { PlaybookNode } from '../schema/index.ts';

/** A node as the graph checks see it: its index, and the parsed node when its structure was valid. */
export interface GraphNode {
  index: number;
  id: string;
  /** What operators call the step in messages: `stepName`, never its id. */
  name: string;
  type: unknown;
  valid?: PlaybookNode;
}

export interface GraphEdge {
  index: number;
  from: string;
  to: string;
  port: string;
  label: string;
}

/** An edge's name in validation issues and on the canvas: its `id`, else `from->to:port`. */
export function edgeLabel(edge: { id?: unknown; from: string; to: string; port?: unknown }): string {
  return typeof edge.id === 'string' ? edge.id : `${edge.from}->${edge.to}:${typeof edge.port === 'string' ? edge.port : DEFAULT_PORT}`;
}

/**
 * The rules about how steps connect: ids, the one trigger, edges on real ports,
 * reachability, and loops that must wait.
 */
export function checkGraph(nodes: GraphNode[], edges: GraphEdge[], issues: IssueList): void {
  const byId = new Map<string, GraphNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) issues.error('node.duplicate_id', ['nodes', node.index, 'id'], { id: node.id }, { node: node.id });
    else byId.set(node.id, node);
  }

  const triggers = nodes.filter((n) => n.type === 'trigger');
  if (triggers.length === 0) issues.error('trigger.missing', ['nodes']);
  for (const extra of triggers.slice(1)) {
    issues.error('trigger.multiple', ['nodes', extra.index], { id: extra.name }, { node: extra.id });
  }

  const edgeIds = new Set<string>();
  const usedPorts = new Set<string>();
  const successors = new Map<string, string[]>();
  for (const edge of edges) {
    const where = { edge: edge.label, node: edge.from };
    const path = ['edges', edge.index];
    if (edgeIds.has(edge.label)) issues.error('edge.duplicate_id', [...path, 'id'], { id: edge.label }, where);
    edgeIds.add(edge.label);
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from) {
      issues.error('edge.from_missing', [...path, 'from'], { from: edge.from }, where);
      continue;
    }
    if (!to) {
      issues.error('edge.to_missing', [...path, 'to'], { from: from.name, to: edge.to }, where);
      continue;
    }
    if (to.type === 'trigger') issues.error('trigger.incoming', [...path, 'to'], { to: to.name }, { edge: edge.label, node: edge.to });
    if (from.valid) {
      const ports = portsOf(from.valid);
      if (!ports.includes(edge.port)) {
        issues.error('edge.bad_port', [...path, 'port'], { from: from.name, port: edge.port, ports: ports.join(', ') || '—' }, where);
        continue;
      }
    }
    const key = `${edge.from}\u0000${edge.port}`;
    if (usedPorts.has(key)) issues.error('edge.duplicate_port', [...path, 'port'], { from: from.name, port: edge.port }, where);
    usedPorts.add(key);
    successors.set(edge.from, [...(successors.get(edge.from) ?? []), edge.to]);
  }

  const start = triggers[0];
  if (start) {
    const reached = new Set<string>([start.id]);
    const queue = [start.id];
    while (queue.length > 0) {
      for (const next of successors.get(queue.pop()!) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    for (const node of byId.values()) {
      if (!reached.has(node.id) && node.type !== 'trigger') {
        issues.error('graph.unreachable', ['nodes', node.index], { id: node.name }, { node: node.id });
      }
    }
  }

  for (const cycle of cyclesWithoutWait(byId, successors)) {
    const first = byId.get(cycle[0]!)!;
    issues.error('graph.cycle_without_wait', ['nodes', first.index], { cycle: cycle.map((id) => `"${byId.get(id)!.name}"`).join(' → ') }, { node: first.id });
  }
}

/** Strongly connected components (Tarjan, iterative) among the non-waiting steps that contain a loop. */
function cyclesWithoutWait(byId: Map<string, GraphNode>, successors: Map<string, string[]>): string[][] {
  const moving = (id: string) => {
    const node = byId.get(id);
    return node !== undefined && !isWaitingNode({ type: node.type as PlaybookNode['type'] });
  };
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  for (const root of byId.keys()) {
    if (index.has(root) || !moving(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const outs = (successors.get(frame.id) ?? []).filter(moving);
      if (frame.next < outs.length) {
        const child = outs[frame.next++]!;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ id: child, next: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const selfLoop = component.length === 1 && outs.includes(frame.id);
        if (component.length > 1 || selfLoop) cycles.push(component.reverse());
      }
    }
  }
  return cycles;
}
