import { DEFAULT_PORT, edgeLabel, needsTranslation, portsOf, type Edge, type Playbook, type PlaybookNode, type Position, type ValidationIssue } from '@stayflow/playbook';
import type { EditorLocale } from '../i18n/editorResources.ts';
import { translatorFor, type Translate } from '../i18n/translate.ts';
import { layoutPositions } from './autoLayout.ts';
import { nodeSummary, nodeTitle } from './describeNode.ts';
import { edgeKeys } from './edgeKey.ts';
import { issueMessage } from './issueMessage.ts';
import { kindOf } from './nodeKind.ts';
import { portLabel } from './portLabel.ts';
import { sameButPosition } from './sameButPosition.ts';
import type { FlowEdge, FlowNode, FlowNodeData, Highlight, NodeKind, PlaybookStats, PortView, Selection, Size, Validation } from './types.ts';

export interface CanvasOptions {
  locale: EditorLocale;
  validation?: Validation | null;
  /** Per-node counts; pass only when the stats overlay is on. */
  stats?: PlaybookStats | null;
  highlight?: Highlight | null;
  selection?: Selection | null;
  readOnly?: boolean;
  /** Sizes React Flow measured, carried on cards built anew so they are not measured again after an edit (a size alone builds no card). */
  measured?: ReadonlyMap<string, Size>;
}

export interface Canvas {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/**
 * The canvas derived from the document (the document is the only state). Pure; the
 * caches below only keep object identity for nodes and edges whose inputs did not
 * change, so React Flow re-renders just what moved or changed.
 */
export function toCanvas(document: Playbook, options: CanvasOptions): Canvas {
  const t = translatorFor(options.locale);
  const issues = groupIssues(options.validation, t);
  const highlightedNodes = options.highlight ? new Set(options.highlight.nodes) : null;
  const highlightedEdges = options.highlight ? new Set(options.highlight.edges.map(pathKey)) : null;
  const selectedNodes = new Set(options.selection?.nodes ?? []);
  const selectedEdges = new Set(options.selection?.edges ?? []);
  const fallback = document.nodes.every((node) => node.position) ? null : fallbackPositions(document);
  const shared = `${options.locale}|${options.readOnly ? 1 : 0}`;

  const nodes = document.nodes.map((node) => {
    const stats = options.stats?.nodes[node.id];
    const found = issues.byNode.get(node.id);
    const measured = options.measured?.get(node.id);
    const input: NodeInput = {
      highlighted: highlightedNodes?.has(node.id) ?? false,
      dimmed: highlightedNodes !== null && !highlightedNodes.has(node.id),
      errors: found?.errors ?? [],
      warnings: found?.warnings ?? [],
      stats: stats ?? null,
    };
    const dataKey = [
      shared,
      input.highlighted ? 1 : 0,
      input.dimmed ? 1 : 0,
      input.errors.join('\u0001'),
      input.warnings.join('\u0001'),
      stats ? JSON.stringify(stats) : '',
    ].join('|');
    const data = cachedData(node, dataKey, () => buildData(node, input, options, t));
    const position = node.position ?? fallback?.get(node.id) ?? { x: 0, y: 0 };
    const selected = selectedNodes.has(node.id);
    // A measurement alone gives no new card: React Flow keeps the size it measured on a card object
    // it already has. A card built again for another reason carries its last measured size, so React
    // Flow does not hide it and measure it again.
    return cached(nodeCache, node, `${dataKey}|${selected ? 1 : 0}|${position.x},${position.y}`, () =>
      buildNode(node, data, { selected, measured, position }),
    );
  });

  const keys = edgeKeys(document.edges);
  const cards = new Map(nodes.map((card) => [card.id, card.data]));
  const edges = document.edges.map((edge, index) => {
    const id = keys[index]!;
    const port = edge.port ?? DEFAULT_PORT;
    const source = options.stats?.nodes[edge.from];
    const count = source?.ports?.[port] ?? null;
    const share = count !== null && source && source.entered > 0 ? count / source.entered : null;
    const highlighted = highlightedEdges?.has(pathKey(edge)) ?? false;
    const input = {
      id,
      port,
      count,
      share,
      highlighted,
      dimmed: highlightedEdges !== null && !highlighted,
      selected: selectedEdges.has(id),
      hasError: issues.edges.has(id),
    };
    const ariaLabel = cachedAriaLabel(cards.get(edge.from), cards.get(edge.to), port, t);
    const key = `${shared}|${id}|${count}|${share}|${input.highlighted ? 1 : 0}|${input.dimmed ? 1 : 0}|${input.selected ? 1 : 0}|${input.hasError ? 1 : 0}|${ariaLabel}`;
    return cached(edgeCache, edge, key, () => ({ ...buildEdge(edge, input, options.locale), ariaLabel }));
  });

  return { nodes, edges };
}

/** A test run's path names a connection by its ends and exit, so an edge's `id` does not count here. */
function pathKey(edge: Pick<Edge, 'from' | 'to' | 'port'>): string {
  return edgeLabel({ from: edge.from, to: edge.to, port: edge.port });
}

interface NodeInput {
  highlighted: boolean;
  dimmed: boolean;
  errors: string[];
  warnings: string[];
  stats: PlaybookStats['nodes'][string] | null;
}

/** What a card shows: rebuilt only when the node's content or its marks change, not when it moves or is measured. */
function buildData(node: PlaybookNode, input: NodeInput, options: CanvasOptions, t: Translate): FlowNodeData {
  const kind = safeKind(node);
  return {
    type: node.type,
    kind,
    kindLabel: kindName(kind, t),
    title: attempt(() => nodeTitle(node, options.locale, t), () => kindName(kind, t)) || kindName(kind, t),
    translationLabel: needsTranslation(node, options.locale) ? t('canvas.needsTranslation') : null,
    summary: attempt(() => nodeSummary(node, options.locale, t), () => '') ?? '',
    ports: portsOf(node).map((port) => portView(node, port, input.stats, options.locale, t)),
    target: node.type !== 'trigger',
    errors: input.errors,
    warnings: input.warnings,
    entered: input.stats ? input.stats.entered : null,
    enteredLabel: input.stats ? t('canvas.entered', { count: formatNumber(input.stats.entered, options.locale) }) : null,
    badgeLabel: input.errors.length
      ? t('canvas.badgeErrors', { count: input.errors.length })
      : input.warnings.length
        ? t('canvas.badgeWarnings', { count: input.warnings.length })
        : null,
    highlighted: input.highlighted,
    dimmed: input.dimmed,
    readOnly: options.readOnly ?? false,
  };
}

function buildNode(node: PlaybookNode, data: FlowNodeData, place: { selected: boolean; measured: Size | undefined; position: Position }): FlowNode {
  const flowNode: FlowNode = { id: node.id, type: node.type, position: place.position, data, selected: place.selected };
  if (place.measured) flowNode.measured = { width: place.measured.width, height: place.measured.height };
  if (data.dimmed) flowNode.className = 'sf-dimmed';
  return flowNode;
}

function portView(node: PlaybookNode, port: string, stats: NodeInput['stats'], locale: EditorLocale, t: Translate): PortView {
  const view: PortView = { id: port, label: portLabel(node, port, t) };
  if (stats) {
    const count = stats.ports?.[port] ?? 0;
    const share = stats.entered > 0 ? count / stats.entered : 0;
    view.stats = `${formatNumber(count, locale)} · ${formatPercent(share, locale)}`;
  }
  return view;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function format(locale: EditorLocale, options: Intl.NumberFormatOptions, value: number): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) numberFormats.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter.format(value);
}

const formatNumber = (value: number, locale: EditorLocale) => format(locale, {}, value);
const formatPercent = (value: number, locale: EditorLocale) => format(locale, { style: 'percent', maximumFractionDigits: value > 0 && value < 0.1 ? 1 : 0 }, value);

interface EdgeInput {
  id: string;
  port: string;
  count: number | null;
  share: number | null;
  highlighted: boolean;
  dimmed: boolean;
  selected: boolean;
  hasError: boolean;
}

/** Arrowhead colours, matching the edge strokes in styles/canvas.css. */
const EDGE_COLORS = { normal: '#94a3b8', highlighted: '#4f46e5', error: '#dc2626' };

function buildEdge(edge: Edge, input: EdgeInput, locale: EditorLocale): FlowEdge {
  const classes = ['sf-edge'];
  if (input.highlighted) classes.push('sf-highlighted');
  if (input.dimmed) classes.push('sf-dimmed');
  if (input.hasError) classes.push('sf-edge-error');
  const flowEdge: FlowEdge = {
    id: input.id,
    source: edge.from,
    target: edge.to,
    sourceHandle: input.port,
    type: 'smoothstep',
    selected: input.selected,
    className: classes.join(' '),
    markerEnd: { type: 'arrowclosed' as never, width: 20, height: 20, markerUnits: 'userSpaceOnUse', color: input.hasError ? EDGE_COLORS.error : input.highlighted ? EDGE_COLORS.highlighted : EDGE_COLORS.normal },
  };
  if (input.count !== null) {
    flowEdge.label = formatEdgeStats(input.count, input.share, locale);
    flowEdge.labelShowBg = true;
    flowEdge.labelBgPadding = [6, 3];
    flowEdge.labelBgBorderRadius = 10;
  }
  return flowEdge;
}

/** Aria labels by the card data at each end (kept while the cards' contents are): a drag moves cards, it does not rename them, so no label is translated again per mouse move. */
const ariaLabels = new WeakMap<FlowNodeData, Map<string, { to: FlowNodeData | undefined; label: string }>>();

function cachedAriaLabel(from: FlowNodeData | undefined, to: FlowNodeData | undefined, port: string, t: Translate): string {
  if (!from) return edgeAriaLabel(from, to, port, t);
  let byPort = ariaLabels.get(from);
  if (!byPort) ariaLabels.set(from, (byPort = new Map()));
  const hit = byPort.get(port);
  if (hit && hit.to === to) return hit.label;
  const label = edgeAriaLabel(from, to, port, t);
  byPort.set(port, { to, label });
  return label;
}

/** What a screen reader says for a connection, in the editor's language: "Connection from “Wait 3 days” (Yes) to “Send email”". */
function edgeAriaLabel(from: FlowNodeData | undefined, to: FlowNodeData | undefined, port: string, t: Translate): string {
  const vars = { from: from?.title ?? '', to: to?.title ?? '' };
  const exit = port === DEFAULT_PORT ? undefined : from?.ports.find((view) => view.id === port)?.label;
  return exit ? t('canvas.edgeAriaPort', { ...vars, port: exit }) : t('canvas.edgeAria', vars);
}

/** "1,234 (45%)" / "1,234（45%）". */
export function formatEdgeStats(count: number, share: number | null, locale: EditorLocale): string {
  const number = formatNumber(count, locale);
  if (share === null) return number;
  return translatorFor(locale)('canvas.edgeStats', { count: number, share: formatPercent(share, locale) });
}

function groupIssues(validation: Validation | null | undefined, t: Translate) {
  const byNode = new Map<string, { errors: string[]; warnings: string[] }>();
  const edges = new Set<string>();
  const add = (issue: ValidationIssue, severity: 'errors' | 'warnings') => {
    if (issue.edge !== undefined) edges.add(issue.edge);
    if (issue.node === undefined) return;
    let entry = byNode.get(issue.node);
    if (!entry) byNode.set(issue.node, (entry = { errors: [], warnings: [] }));
    entry[severity].push(issueMessage(issue, t));
  };
  for (const issue of validation?.errors ?? []) add(issue, 'errors');
  for (const issue of validation?.warnings ?? []) add(issue, 'warnings');
  return { byNode, edges };
}

function safeKind(node: PlaybookNode): NodeKind {
  const kind = kindOf(node) as string;
  return (typeof kind === 'string' ? kind : 'action') as NodeKind;
}

function kindName(kind: string, t: Translate): string {
  const name = t(`kind.${kind}`);
  return name === `kind.${kind}` ? kind : name;
}

function attempt<T>(build: () => T, fallback: () => T): T {
  try {
    return build();
  } catch {
    // An invalid draft (a node missing a field) still gets a card; validation names the problem.
    return fallback();
  }
}

const nodeCache = new WeakMap<object, { key: string; value: FlowNode }>();
const edgeCache = new WeakMap<object, { key: string; value: FlowEdge }>();

function cached<T>(cache: WeakMap<object, { key: string; value: T }>, source: object, key: string, build: () => T): T {
  const hit = cache.get(source);
  if (hit && hit.key === key) return hit.value;
  const value = build();
  cache.set(source, { key, value });
  return value;
}

/**
 * Card contents by node id. A moved node is a new object with the same fields but its
 * position, so it keeps its data, and React Flow's memoised card does not re-render
 * while it is dragged or when it is measured.
 */
const dataCache = new Map<string, { node: PlaybookNode; key: string; value: FlowNodeData }>();

function cachedData(node: PlaybookNode, key: string, build: () => FlowNodeData): FlowNodeData {
  const hit = dataCache.get(node.id);
  if (hit && hit.key === key && sameButPosition(hit.node, node)) return hit.value;
  const value = build();
  dataCache.set(node.id, { node, key, value });
  return value;
}
let lastFallback: { signature: string; positions: Map<string, Position> } | null = null;

/** Positions for nodes that have none (an imported file): the auto-layout, recomputed only when the graph's shape changes. */
function fallbackPositions(document: Playbook): Map<string, Position> {
  const signature = `${document.nodes.map((n) => n.id).join(',')}|${document.edges.map((e) => `${e.from}>${e.to}:${e.port ?? ''}`).join(',')}`;
  if (lastFallback?.signature !== signature) lastFallback = { signature, positions: layoutPositions(document) };
  return lastFallback.positions;
}
