import type { TSchema } from 'typebox';
import { IssueList, type ValidationIssue } from '../issue.ts';
import type { Locale } from '../messages.ts';
import { DEFAULT_PORT } from '../ports.ts';
import {
  ACTION_SCHEMAS,
  ConditionNode,
  Edge,
  ExitNode,
  NODE_TYPES,
  PLAYBOOK_SCHEMA_ID,
  PlaybookShell,
  Settings,
  SplitNode,
  SwitchNode,
  TRIGGER_SCHEMAS,
  WaitEventNode,
  WaitNode,
  type Playbook,
  type PlaybookNode,
} from '../schema/index.ts';
import { checkGraph, edgeLabel, type GraphEdge, type GraphNode } from './graph.ts';
import { stepName } from '../stepName.ts';
import { checkNode, checkSettings } from './semantics.ts';
import { checkStructure, compiled, reportNotObject } from './structure.ts';

export type ValidationResult =
  | { valid: true; errors: []; warnings: ValidationIssue[]; playbook: Playbook }
  | { valid: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export interface ValidateOptions {
  /** The language of the messages; codes and params are the same in every language. */
  locale?: Locale;
}

const NODE_SCHEMAS: Record<string, TSchema> = {
  condition: ConditionNode,
  switch: SwitchNode,
  wait: WaitNode,
  wait_event: WaitEventNode,
  split: SplitNode,
  exit: ExitNode,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks a playbook document against every rule of the v1 format. Never throws: any JSON
 * value gets an answer, and every error names a JSON path and, where one is involved, the node.
 */
export function validate(document: unknown, options: ValidateOptions = {}): ValidationResult {
  const locale = options.locale ?? 'en';
  const issues = new IssueList(locale);
  try {
    collectIssues(document, issues, locale);
  } catch (error) {
    issues.error('internal.error', [], { reason: error instanceof Error ? error.message : String(error) });
  }
  if (issues.errors.length === 0) {
    return { valid: true, errors: [], warnings: issues.warnings, playbook: document as Playbook };
  }
  return { valid: false, errors: issues.errors, warnings: issues.warnings };
}

function collectIssues(document: unknown, issues: IssueList, locale: Locale): void {
  if (!isRecord(document)) {
    issues.error('document.not_object', []);
    return;
  }
  if (document.schema !== undefined && document.schema !== PLAYBOOK_SCHEMA_ID) {
    issues.error('document.schema', ['schema']);
    return;
  }
  checkStructure(PlaybookShell, document, [], issues, locale);

  const graphNodes: GraphNode[] = [];
  if (Array.isArray(document.nodes)) {
    document.nodes.forEach((node, index) => {
      const checked = checkNodeStructure(node, index, issues, locale);
      if (checked) graphNodes.push(checked);
    });
  }

  const graphEdges: GraphEdge[] = [];
  if (Array.isArray(document.edges)) {
    document.edges.forEach((edge, index) => {
      const path = ['edges', index];
      const ok = checkStructure(Edge, edge, path, issues, locale);
      if (ok && isRecord(edge)) {
        const shaped = edge as Edge;
        graphEdges.push({ index, from: shaped.from, to: shaped.to, port: shaped.port ?? DEFAULT_PORT, label: edgeLabel(shaped) });
      }
    });
  }

  checkGraph(graphNodes, graphEdges, issues);
  if (isRecord(document.settings) && compiled(Settings).Check(document.settings)) checkSettings(document.settings, issues);
}

/** Picks the node's own schema by `type` (and `on` or `action`), checks it, then its semantics. */
function checkNodeStructure(node: unknown, index: number, issues: IssueList, locale: Locale): GraphNode | undefined {
  const path = ['nodes', index];
  if (!isRecord(node)) {
    reportNotObject(path, issues, locale);
    return undefined;
  }
  const id = typeof node.id === 'string' ? node.id : undefined;
  const where = id === undefined ? {} : { node: id };
  const name = stepName(node, locale);
  const schema = schemaForNode(node, path, issues, where);
  let valid: PlaybookNode | undefined;
  if (schema) {
    if (checkStructure(schema, node, path, issues, locale, id, name)) {
      valid = node as PlaybookNode;
      checkNode(valid, path, issues);
    }
  } else if (id === undefined) {
    issues.error('field.required', [...path, 'id'], { field: 'id' });
  }
  if (id === undefined) return undefined;
  return { index, id, name, type: node.type, ...(valid ? { valid } : {}) };
}

function schemaForNode(node: Record<string, unknown>, path: (string | number)[], issues: IssueList, where: { node?: string }): TSchema | undefined {
  const type = node.type;
  if (typeof type !== 'string' || !(NODE_TYPES as readonly string[]).includes(type)) {
    if (type === undefined) issues.error('field.required', [...path, 'type'], { field: 'type' }, where);
    else issues.error('node.type', [...path, 'type'], { value: String(type) }, where);
    return undefined;
  }
  if (type === 'trigger') {
    const on = node.on;
    if (typeof on === 'string' && Object.hasOwn(TRIGGER_SCHEMAS, on)) return TRIGGER_SCHEMAS[on as keyof typeof TRIGGER_SCHEMAS];
    if (on === undefined) issues.error('field.required', [...path, 'on'], { field: 'on' }, where);
    else issues.error('trigger.kind', [...path, 'on'], { value: String(on) }, where);
    return undefined;
  }
  if (type === 'action') {
    const action = node.action;
    if (typeof action === 'string' && Object.hasOwn(ACTION_SCHEMAS, action)) return ACTION_SCHEMAS[action as keyof typeof ACTION_SCHEMAS];
    if (action === undefined) issues.error('field.required', [...path, 'action'], { field: 'action' }, where);
    else issues.error('action.kind', [...path, 'action'], { value: String(action) }, where);
    return undefined;
  }
  return NODE_SCHEMAS[type];
}
