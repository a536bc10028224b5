/**
 * @stayflow/editor — the playbook editor. Embed `PlaybookEditor`; the pure conversion
 * and edit functions are exported for tests, importers and the app's own tools.
 */
export { PlaybookEditor, type PlaybookEditorProps } from './PlaybookEditor.tsx';
export { ConditionBuilder, type ConditionBuilderProps } from './condition/ConditionBuilder.tsx';
export { DurationPicker, type DurationPickerProps } from './controls/DurationPicker.tsx';

export { editorResources, EDITOR_NAMESPACE, type EditorLocale } from './i18n/editorResources.ts';

export { toCanvas, formatEdgeStats, type Canvas, type CanvasOptions } from './model/toCanvas.ts';
export { autoLayout, layoutPositions, DEFAULT_NODE_SIZE, type LayoutOptions } from './model/autoLayout.ts';
export { edgeKey, edgeKeys } from './model/edgeKey.ts';
export { nodeTitle, nodeSummary } from './model/describeNode.ts';
export { parseDurationParts, formatDurationParts, describeDuration, DURATION_UNITS, type DurationParts, type DurationUnit } from './model/durationParts.ts';
export type {
  FieldCatalog,
  FlowEdge,
  FlowNode,
  FlowNodeData,
  Highlight,
  NewNodeType,
  NodeKind,
  PlaybookStats,
  PortView,
  Selection as EditorSelection,
  Validation,
} from './model/types.ts';

export { addNode, type AddNodeOptions } from './changes/addNode.ts';
export { moveNodes } from './changes/moveNodes.ts';
export { removeElements } from './changes/removeElements.ts';
export { connect, connectionRefusal, type ConnectRefusal, type ConnectResult } from './changes/connect.ts';
export { updateNode, renamePort, type NodePatch } from './changes/updateNode.ts';
export { renameNode } from './changes/renameNode.ts';
export { updateSettings } from './changes/updateSettings.ts';
export { updatePlaybook } from './changes/updatePlaybook.ts';
export { copyNodes, pasteNodes, type Clipboard, type PasteResult } from './changes/clipboard.ts';
export { duplicateNode } from './changes/duplicateNode.ts';
export { applyChange, type PlaybookChange, type ChangeResult } from './changes/applyChange.ts';

export { logicToQuery, type ParsedCondition } from './condition/logicToQuery.ts';
export { queryToLogic, EMPTY_CONDITION } from './condition/queryToLogic.ts';
export { describeCondition } from './condition/describeCondition.ts';

export { createEditorStore, type EditorStoreOptions } from './store/createEditorStore.ts';
export type { EditorState, EditorStore } from './store/editorState.ts';
