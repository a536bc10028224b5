import type { ValidationIssue } from '@stayflow/playbook';
import { useMemo } from 'react';
import { Icon } from '../controls/Icon.tsx';
import { useDocument } from '../hooks/useDocument.ts';
import { useEditorActions } from '../hooks/useEditorActions.ts';
import { useEditorState } from '../hooks/useEditorState.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import { nodeTitle } from '../model/describeNode.ts';
import { issueMessage } from '../model/issueMessage.ts';
import type { EditorState } from '../store/editorState.ts';

const selectValidation = (state: EditorState) => state.validation;
const selectOpen = (state: EditorState) => state.problemsOpen;

/** Errors and warnings as the user edits; clicking one selects its step and brings it into view. */
export function ProblemsList() {
  const { t } = useEditorT();
  const validation = useEditorState(selectValidation);
  const open = useEditorState(selectOpen);
  const actions = useEditorActions();
  const errorCount = validation.errors.length;
  const warningCount = validation.warnings.length;

  return (
    <section className={open ? 'sf-problems sf-open' : 'sf-problems'} data-testid="problems" aria-label={t('problems.title')}>
      <button type="button" className="sf-problems-header" aria-expanded={open} data-testid="problems-toggle" onClick={() => actions.setProblemsOpen(!open)}>
        <span className="sf-problems-title">{t('problems.title')}</span>
        <span className={errorCount ? 'sf-count sf-count-error' : 'sf-count'} data-testid="problems-error-count">
          <Icon name="error" size={14} /> {t('problems.errors', { count: errorCount })}
        </span>
        <span className={warningCount ? 'sf-count sf-count-warning' : 'sf-count'} data-testid="problems-warning-count">
          <Icon name="warning" size={14} /> {t('problems.warnings', { count: warningCount })}
        </span>
        <span className="sf-spacer" />
        <span className="sf-muted">{open ? t('problems.hide') : t('problems.show')}</span>
        <Icon name={open ? 'chevronDown' : 'chevronUp'} />
      </button>
      {open && <ProblemItems items={[...validation.errors, ...validation.warnings]} />}
    </section>
  );
}

/** The open list: the only part that reads the document (to name steps), so a drag does not re-render the closed panel. */
function ProblemItems({ items }: { items: ValidationIssue[] }) {
  const { t, locale } = useEditorT();
  const document = useDocument();
  const actions = useEditorActions();
  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const node of document.nodes) {
      try {
        map.set(node.id, nodeTitle(node, locale, t));
      } catch {
        map.set(node.id, node.id);
      }
    }
    return map;
  }, [document.nodes, locale, t]);

  const where = (issue: ValidationIssue): string => {
    if (issue.edge !== undefined && issue.node !== undefined) return t('problems.connection', { from: titles.get(issue.node) ?? issue.node });
    if (issue.node !== undefined) return titles.get(issue.node) ?? issue.node;
    return issue.path.startsWith('$.settings') ? t('problems.settings') : t('problems.playbook');
  };

  const reveal = (issue: ValidationIssue) => {
    if (issue.node !== undefined && titles.has(issue.node)) {
      actions.selectNode(issue.node);
      actions.requestZoom({ kind: 'node', id: issue.node });
    } else {
      actions.setPanel('settings');
    }
  };

  return (
    <div className="sf-problems-body">
      {items.length === 0 ? (
        <p className="sf-problems-empty" data-testid="problems-empty">
          <Icon name="check" /> {t('problems.empty')}
        </p>
      ) : (
        <ul className="sf-problems-list">
          {items.map((issue, index) => (
            <li key={`${issue.code}-${issue.path}-${index}`}>
              <button type="button" className={`sf-problem sf-problem-${issue.severity}`} data-testid={`problem-${index}`} data-node={issue.node} data-code={issue.code} onClick={() => reveal(issue)}>
                <Icon name={issue.severity === 'error' ? 'error' : 'warning'} />
                <span className="sf-problem-where">{where(issue)}</span>
                <span className="sf-problem-message">{issueMessage(issue, t)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
