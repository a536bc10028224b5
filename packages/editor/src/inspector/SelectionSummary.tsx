import { Icon } from '../controls/Icon.tsx';
import { useEditorActions } from '../hooks/useEditorActions.ts';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { Selection } from '../model/types.ts';

/** Several steps, or one connection, selected. */
export function SelectionSummary({ selection }: { selection: Selection }) {
  const { t } = useEditorT();
  const { readOnly } = useEditorConfig();
  const actions = useEditorActions();
  const edgeOnly = selection.nodes.length === 0;
  const remove = () => {
    actions.apply({ type: 'remove', nodes: selection.nodes, edges: selection.edges });
    actions.selectNode(null);
  };
  return (
    <aside className="sf-inspector" data-testid="inspector-selection">
      <header className="sf-panel-header">
        <div className="sf-panel-heading">
          <div className="sf-panel-title">{edgeOnly ? t('inspector.edgeSelected') : t('inspector.multiple', { count: selection.nodes.length })}</div>
        </div>
        <button type="button" className="sf-icon-button" title={t('common.close')} aria-label={t('common.close')} onClick={() => actions.selectNode(null)}>
          <Icon name="close" />
        </button>
      </header>
      <div className="sf-panel-body">
        <p className="sf-note">{edgeOnly ? t('inspector.edgeHint') : t('inspector.multipleHint')}</p>
        {!readOnly && (
          <button type="button" className="sf-button sf-danger" data-testid="inspector-delete-selection" onClick={remove}>
            <Icon name="trash" /> {edgeOnly ? t('inspector.deleteEdge') : t('inspector.deleteSelected')}
          </button>
        )}
      </div>
    </aside>
  );
}
