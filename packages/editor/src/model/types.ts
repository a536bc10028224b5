import type { Edge as RFEdge, Node as RFNode } from '@xyflow/react';
import type { ActionKind, NodeType, ValidationIssue } from '@stayflow/playbook';
import type { EditorLocale } from '../i18n/editorResources.ts';

export type { EditorLocale };

/** The JSON of `GET /api/playbooks/:id/stats`. */
export interface PlaybookStats {
  nodes: Record<string, { entered: number; ports?: Record<string, number> }>;
  runs?: { active: number; completed: number; exited: number };
  goal?: { converted: number; rate: number; treatment_rate?: number; control_rate?: number };
  variants?: unknown;
}

/** The path of a test run, drawn emphasised on the canvas. */
export interface Highlight {
  nodes: string[];
  edges: { from: string; to: string; port: string }[];
}

/** What pickers offer: the names the workspace actually uses. */
export interface FieldCatalog {
  attributes: string[];
  tags: string[];
  segments: string[];
  eventTypes: string[];
  eventProperties?: string[];
}

/** A node's look: its type, or its action kind for actions. */
export type NodeKind = Exclude<NodeType, 'action'> | ActionKind;

/** What the palette adds: a node type, with the action kind for actions. */
export type NewNodeType = Exclude<NodeType, 'action'> | `action:${ActionKind}`;

export interface PortView {
  /** The port name, also the React Flow handle id. */
  id: string;
  label: string;
  /** Customers who left by this port (stats mode). */
  count?: number;
  /** `count` over the node's entries, 0–1. */
  share?: number;
  /** "300 · 33%", formatted for the locale. */
  stats?: string;
}

export type FlowNodeData = {
  type: NodeType;
  kind: NodeKind;
  /** "Send message", "发送消息". */
  kindLabel: string;
  title: string;
  summary: string;
  ports: PortView[];
  /** Whether connections may end here (everything but the trigger). */
  target: boolean;
  errors: string[];
  warnings: string[];
  entered: number | null;
  /** "1,200" and "1,200 entered" (stats mode). */
  enteredText: string | null;
  enteredLabel: string | null;
  /** "2 problems" / "1 warning" for the badge. */
  badgeLabel: string | null;
  highlighted: boolean;
  dimmed: boolean;
  readOnly: boolean;
};

export type FlowEdgeData = {
  port: string;
  count: number | null;
  share: number | null;
  highlighted: boolean;
  dimmed: boolean;
  hasError: boolean;
};

export type FlowNode = RFNode<FlowNodeData, NodeType>;
export type FlowEdge = RFEdge<FlowEdgeData>;

/** The current selection, by node id and edge key (see `edgeKey`). */
export interface Selection {
  nodes: string[];
  edges: string[];
}

export interface Validation {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

export interface Size {
  width: number;
  height: number;
}
