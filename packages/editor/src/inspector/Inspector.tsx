import { useEditorState } from '../hooks/useEditorState.ts';
import { useSelectedNode } from '../hooks/useSelectedNode.ts';
import { useSelection } from '../hooks/useSelection.ts';
import { SettingsPanel } from '../settings/SettingsPanel.tsx';
import type { EditorState } from '../store/editorState.ts';
import { NodeInspector } from './NodeInspector.tsx';
import { SelectionSummary } from './SelectionSummary.tsx';

const selectPanel = (state: EditorState) => state.panel;

/** The right-hand panel: the selected node's form, a selection summary, or the playbook settings. */
export function Inspector() {
  const panel = useEditorState(selectPanel);
  const selection = useSelection();
  const node = useSelectedNode();
  if (panel === 'settings') return <SettingsPanel />;
  if (node) return <NodeInspector key={node.id} node={node} />;
  if (selection.nodes.length > 1 || (selection.nodes.length === 0 && selection.edges.length > 0)) return <SelectionSummary selection={selection} />;
  return <SettingsPanel />;
}
