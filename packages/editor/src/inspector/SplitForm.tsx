import type { SplitNode, SplitVariant } from '@stayflow/playbook';
import { Icon } from '../controls/Icon.tsx';
import { NumberInput } from '../controls/NumberInput.tsx';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { NodeFormProps } from './NodeFormProps.ts';
import { PortNameInput } from './PortNameInput.tsx';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function nextPort(variants: readonly SplitVariant[]): string {
  const taken = new Set(variants.map((v) => v.port));
  for (const letter of LETTERS) if (!taken.has(letter)) return letter;
  return `group_${variants.length + 1}`;
}

/** Even shares that add up to exactly 100. */
export function evenWeights(count: number): number[] {
  const base = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => base + (i < 100 - base * count ? 1 : 0));
}

/** Groups with a name and a share; the live total must be 100. */
export function SplitForm({ node, update, readOnly, renamePort }: NodeFormProps<SplitNode> & { renamePort(from: string, to: string, field: string): void }) {
  const { t } = useEditorT();
  const total = node.variants.reduce((sum, v) => sum + (Number.isFinite(v.weight) ? v.weight : 0), 0);
  const set = (variants: SplitVariant[]) => update({ variants });
  return (
    <div className="sf-field">
      <div className="sf-label">{t('split.variants')}</div>
      <p className="sf-hint">{t('split.hint')}</p>
      <div className="sf-list">
        {node.variants.map((variant, index) => (
          <div className="sf-list-row" key={index} data-testid={`split-variant-${index}`}>
            <PortNameInput value={variant.port} onRename={(to) => renamePort(variant.port, to, `variants.${index}.port`)} taken={node.variants.filter((_, i) => i !== index).map((v) => v.port)} disabled={readOnly} testId={`field-variant-${index}-port`} ariaLabel={t('split.name')} />
            <span className="sf-inline">
              <NumberInput
                value={variant.weight}
                min={0}
                max={100}
                integer
                className="sf-short"
                ariaLabel={t('split.weight')}
                testId={`field-variant-${index}-weight`}
                disabled={readOnly}
                onChange={(weight) => set(node.variants.map((v, i) => (i === index ? { ...v, weight: weight ?? 0 } : v)))}
              />
              <span className="sf-suffix">%</span>
            </span>
            <button
              type="button"
              className="sf-icon-button"
              title={t('common.remove')}
              aria-label={t('common.remove')}
              disabled={readOnly || node.variants.length <= 2}
              onClick={() => set(node.variants.filter((_, i) => i !== index))}
            >
              <Icon name="trash" />
            </button>
          </div>
        ))}
      </div>
      <p className={total === 100 ? 'sf-total' : 'sf-total sf-total-bad'} data-testid="split-total" role="status">
        {total === 100 ? t('split.total', { total }) : t('split.totalBad', { total })}
      </p>
      <div className="sf-inline">
        <button
          type="button"
          className="sf-link-button"
          disabled={readOnly || node.variants.length >= 20}
          data-testid="split-add"
          onClick={() => {
            const variants = [...node.variants, { port: nextPort(node.variants), weight: 0 }];
            const weights = evenWeights(variants.length);
            set(variants.map((v, i) => ({ ...v, weight: weights[i]! })));
          }}
        >
          <Icon name="plus" /> {t('split.add')}
        </button>
        <button type="button" className="sf-link-button" disabled={readOnly} onClick={() => {
          const weights = evenWeights(node.variants.length);
          set(node.variants.map((v, i) => ({ ...v, weight: weights[i]! })));
        }}>
          {t('split.even')}
        </button>
      </div>
    </div>
  );
}
