import { needsTranslation, ownName, type PlaybookNode } from '@stayflow/playbook';
import { useMemo } from 'react';
import { Field } from '../controls/Field.tsx';
import { Icon, isIconName } from '../controls/Icon.tsx';
import { useEditorActions } from '../hooks/useEditorActions.ts';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorState } from '../hooks/useEditorState.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import { nodeTitle } from '../model/describeNode.ts';
import { issueMessage } from '../model/issueMessage.ts';
import { kindOf } from '../model/nodeKind.ts';
import type { EditorState } from '../store/editorState.ts';
import { IssueList } from './IssueList.tsx';
import { NodeForm } from './NodeForm.tsx';

const selectValidation = (state: EditorState) => state.validation;

/** Edits one node: its name, its settings (never raw JSON), and duplicate / delete. */
export function NodeInspector({ node }: { node: PlaybookNode }) {
  const { t, locale } = useEditorT();
  const { readOnly } = useEditorConfig();
  const actions = useEditorActions();
  const validation = useEditorState(selectValidation);
  const kind = kindOf(node);
  const issues = useMemo(
    () => ({
      errors: validation.errors.filter((i) => i.node === node.id).map((i) => issueMessage(i, t)),
      warnings: validation.warnings.filter((i) => i.node === node.id).map((i) => issueMessage(i, t)),
    }),
    [validation, node.id, t],
  );
  // The name in the user's language only; empty shows what the card shows instead (another language's name, or one derived from the settings).
  const name = ownName(node, locale) ?? '';
  const outdated = needsTranslation(node, locale);
  let placeholder: string;
  try {
    placeholder = nodeTitle(node, locale, t);
  } catch {
    placeholder = t('inspector.namePlaceholder');
  }
  const update = (patch: Record<string, unknown>, field?: string) =>
    actions.apply({ type: 'update', id: node.id, patch }, field ? { coalesce: `${node.id}.${field}` } : {});

  return (
    <aside className={`sf-inspector sf-kind-${kind}`} data-testid="inspector" aria-label={t(`kind.${kind}`)}>
      <header className="sf-panel-header">
        <span className="sf-kind-icon">{isIconName(kind) && <Icon name={kind} size={18} />}</span>
        <div className="sf-panel-heading">
          <div className="sf-panel-title">{t(`kind.${kind}`)}</div>
          <div className="sf-panel-subtitle">{t(`kindHint.${kind}`)}</div>
        </div>
        <button type="button" className="sf-icon-button" title={t('common.close')} aria-label={t('common.close')} data-testid="inspector-close" onClick={() => actions.selectNode(null)}>
          <Icon name="close" />
        </button>
      </header>
      <div className="sf-panel-body">
        <IssueList errors={issues.errors} warnings={issues.warnings} />
        <Field label={t('inspector.name')} hint={t('inspector.nameHint')}>
          {(id) => (
            <input
              id={id}
              className="sf-input"
              value={name}
              placeholder={placeholder}
              disabled={readOnly}
              data-testid="inspector-name"
              onChange={(e) => actions.apply({ type: 'rename', id: node.id, name: e.target.value, locale }, { coalesce: `${node.id}.label` })}
            />
          )}
        </Field>
        {outdated && (
          <p className="sf-translation-note" data-testid="inspector-needs-translation">
            <span className="sf-translation-badge">
              <Icon name="warning" size={12} /> {t('canvas.needsTranslation')}
            </span>{' '}
            {t('canvas.needsTranslationHint')}
          </p>
        )}
        <fieldset className="sf-fieldset" disabled={readOnly}>
          <NodeForm
            node={node}
            update={update}
            replace={(next) => actions.apply({ type: 'update', id: node.id, patch: (current) => ({ ...next, ...(current.position ? { position: current.position } : {}) }) })}
            renamePort={(from, to, field) => actions.apply({ type: 'renamePort', id: node.id, from, to }, { coalesce: `${node.id}.${field}` })}
            readOnly={readOnly}
          />
        </fieldset>
        <p className="sf-muted sf-step-id">
          {t('inspector.stepIdLabel')} <code>{node.id}</code>
        </p>
      </div>
      {!readOnly && (
        <footer className="sf-panel-footer">
          <button
            type="button"
            className="sf-button"
            data-testid="inspector-duplicate"
            disabled={node.type === 'trigger'}
            onClick={() => {
              const created = actions.apply({ type: 'duplicate', id: node.id }).created?.[0];
              if (created) actions.selectNode(created);
            }}
          >
            <Icon name="copy" /> {t('common.duplicate')}
          </button>
          <button
            type="button"
            className="sf-button sf-danger"
            data-testid="inspector-delete"
            onClick={() => {
              actions.apply({ type: 'remove', nodes: [node.id] });
              actions.selectNode(null);
            }}
          >
            <Icon name="trash" /> {t('common.delete')}
          </button>
        </footer>
      )}
    </aside>
  );
}
