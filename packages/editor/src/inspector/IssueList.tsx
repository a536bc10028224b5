import { Icon } from '../controls/Icon.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';

/** A node's problems at the top of the inspector. */
export function IssueList({ errors, warnings }: { errors: readonly string[]; warnings: readonly string[] }) {
  const { t } = useEditorT();
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <div className="sf-issues" data-testid="inspector-issues">
      {errors.length > 0 && (
        <div className="sf-issue-block sf-issue-error">
          <div className="sf-issue-title">
            <Icon name="error" /> {t('inspector.problems')}
          </div>
          <ul>
            {errors.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="sf-issue-block sf-issue-warning">
          <div className="sf-issue-title">
            <Icon name="warning" /> {t('inspector.warnings')}
          </div>
          <ul>
            {warnings.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
