import type { Playbook } from '@stayflow/playbook';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../api/types.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { localisedLabel } from '../i18n/localise.ts';
import { Icon } from './Icon.tsx';

/** Validation problems as a readable list: the sentence, and the step it concerns by its name. */
export function ProblemList({ problems, document, kind = 'error' }: { problems: Problem[]; document?: Pick<Playbook, 'nodes'> | null; kind?: 'error' | 'warning' }): ReactElement | null {
  const { t } = useTranslation();
  const locale = useLocale();
  if (problems.length === 0) return null;
  const stepName = (id: string) => {
    const node = document?.nodes.find((n) => n.id === id);
    // Steps with problems may be malformed: name them by label, else by id, never by describing their fields.
    return node ? (localisedLabel(node, locale) ?? id) : id;
  };
  return (
    <ul className={`problem-list problem-${kind}`}>
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${problem.path ?? ''}-${index}`}>
          <Icon name={kind === 'error' ? 'alert' : 'info'} />
          <div>
            <div className="problem-message">{problem.message}</div>
            {problem.node ? <div className="problem-where">{t('problems.inStep', { step: stepName(problem.node) })}</div> : problem.path && problem.path !== '$' ? <div className="problem-where mono">{problem.path}</div> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
