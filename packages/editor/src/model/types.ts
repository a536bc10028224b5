import type { Edge as RFEdge, Node as RFNode } from '@xyflow/react';
import type { ActionKind, NodeType, ValidationIssue } from '@stayflow/playbook';
import type { EditorLocale } from '../i18n/editorResources.ts';

export type { EditorLocale };

/** What the canvas reads of `GET /api/playbooks/:id/stats` (the whole answer may be passed): per step, entries and exits taken. */
export interface PlaybookStats {
  nodes: Record<string, { entered: number; ports?: Record<string, number> }>;
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
  /** Customers who left by this port and their share of the node's entries, "300 · 33%" (stats mode). */
  stats?: string;
}

export type FlowNodeData = {
  type: NodeType;
  kind: NodeKind;
  /** "Send message", "发送消息". */
  kindLabel: string;
  title: string;
  /** "Needs translation" when the step was renamed in another language since it was named in this one; null otherwise. */
  translationLabel: string | null;
  summary: string;
  ports: PortView[];
  /** Whether connections may end here (everything but the trigger). */
  target: boolean;
  errors: string[];
  warnings: string[];
  entered: number | null;
  /** "1,200 entered" (stats mode). */
  enteredLabel: string | null;
  /** "2 problems" / "1 warning" for the badge. */
  badgeLabel: string | null;
  highlighted: boolean;
  dimmed: boolean;
  readOnly: boolean;
};

export type FlowNode = RFNode<FlowNodeData, NodeType>;
/** Edges use React Flow's default look (no custom edge type), so they carry no `data`. */
export type FlowEdge = RFEdge;

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
