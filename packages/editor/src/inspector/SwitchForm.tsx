import type { SwitchCase, SwitchNode } from '@stayflow/playbook';
import { ConditionBuilder } from '../condition/ConditionBuilder.tsx';
import { EMPTY_CONDITION } from '../condition/queryToLogic.ts';
import { Icon } from '../controls/Icon.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';
import { PortNameInput } from './PortNameInput.tsx';

function nextCasePort(cases: readonly SwitchCase[]): string {
  const taken = new Set(cases.map((c) => c.port));
  for (let n = cases.length + 1; ; n++) if (!taken.has(`case_${n}`)) return `case_${n}`;
}

/** Branches in order, each a name and a condition; the first match wins, the rest go to "Otherwise". */
export function SwitchForm({ node, update, readOnly, renamePort }: NodeFormProps<SwitchNode> & { renamePort(from: string, to: string, field: string): void }) {
  const { t } = useEditorT();
  const set = (cases: SwitchCase[]) => update({ cases });
  const move = (index: number, by: number) => {
    const cases = node.cases.slice();
    const [item] = cases.splice(index, 1);
    cases.splice(index + by, 0, item!);
    set(cases);
  };
  return (
    <div className="sf-field">
      <div className="sf-label">{t('switch.cases')}</div>
      <p className="sf-hint">{t('switch.hint')}</p>
      {node.cases.map((item, index) => (
        <section className="sf-card" key={index} data-testid={`switch-case-${index}`}>
          <header className="sf-card-header">
            <span className="sf-card-title">{t('switch.case', { index: index + 1 })}</span>
            <span className="sf-card-actions">
              <button type="button" className="sf-icon-button" title={t('common.moveUp')} aria-label={t('common.moveUp')} disabled={readOnly || index === 0} onClick={() => move(index, -1)}>
                <Icon name="chevronUp" />
              </button>
              <button type="button" className="sf-icon-button" title={t('common.moveDown')} aria-label={t('common.moveDown')} disabled={readOnly || index === node.cases.length - 1} onClick={() => move(index, 1)}>
                <Icon name="chevronDown" />
              </button>
              <button
                type="button"
                className="sf-icon-button"
                title={t('common.remove')}
                aria-label={t('common.remove')}
                disabled={readOnly || node.cases.length <= 1}
                data-testid={`switch-case-${index}-remove`}
                onClick={() => set(node.cases.filter((_, i) => i !== index))}
              >
                <Icon name="trash" />
              </button>
            </span>
          </header>
          <div className="sf-grid-2">
            <label className="sf-mini-field">
              <span className="sf-mini-label">{t('switch.port')}</span>
              <PortNameInput value={item.port} onRename={(to) => renamePort(item.port, to, `cases.${index}.port`)} taken={node.cases.filter((_, i) => i !== index).map((c) => c.port)} disabled={readOnly} testId={`field-case-${index}-port`} ariaLabel={t('switch.port')} />
            </label>
            <label className="sf-mini-field">
              <span className="sf-mini-label">
                {t('switch.label')} <span className="sf-optional">({t('common.optional')})</span>
              </span>
              <input
                className="sf-input"
                value={item.label ?? ''}
                disabled={readOnly}
                data-testid={`field-case-${index}-label`}
                onChange={(e) => update({ cases: node.cases.map((c, i) => (i === index ? withLabel(c, e.target.value) : c)) }, `cases.${index}.label`)}
              />
            </label>
          </div>
          <div className="sf-mini-label">{t('switch.when')}</div>
          <ConditionBuilder value={item.if} onChange={(logic) => set(node.cases.map((c, i) => (i === index ? { ...c, if: logic } : c)))} event testId={`field-case-${index}-if`} />
        </section>
      ))}
      <button
        type="button"
        className="sf-link-button"
        disabled={readOnly || node.cases.length >= 50}
        data-testid="switch-add"
        onClick={() => set([...node.cases, { port: nextCasePort(node.cases), if: EMPTY_CONDITION }])}
      >
        <Icon name="plus" /> {t('switch.addCase')}
      </button>
      <p className="sf-hint">{t('switch.otherwise')}</p>
    </div>
  );
}

function withLabel(item: SwitchCase, label: string): SwitchCase {
  const { label: _old, ...rest } = item;
  return label === '' ? rest : { ...rest, label };
}
