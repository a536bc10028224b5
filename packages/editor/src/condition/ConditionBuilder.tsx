import { listVars } from '@stayflow/logic';
import { useCallback, useContext, useMemo, useState } from 'react';
import { prepareRuleGroup, QueryBuilder, type Field, type OptionGroup, type RuleGroupType } from 'react-querybuilder';
import { Icon } from '../controls/Icon.tsx';
import { EditorConfigContext } from '../hooks/EditorContext.ts';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { EditorLocale } from '../i18n/editorResources.ts';
import type { FieldCatalog } from '../model/types.ts';
import { conditionFields, type ConditionField } from './conditionFields.ts';
import { ConditionFieldSelector } from './ConditionFieldSelector.tsx';
import { OPERATORS_BY_TYPE } from './conditionOperators.ts';
import { ConditionValueEditor } from './ConditionValueEditor.tsx';
import { logicToQuery, type ParsedCondition } from './logicToQuery.ts';
import { logicEquals } from './normalizeLogic.ts';
import { isBuilderOperator, operatorLabel } from './operatorLabel.ts';
import { EMPTY_CONDITION, queryToLogic } from './queryToLogic.ts';

export interface ConditionBuilderProps {
  /** The JSON Logic in the document. */
  value: unknown;
  onChange(value: unknown): void;
  /** Field names to offer; defaults to the editor's `fields` prop. */
  fields?: FieldCatalog;
  /** Offer event properties (a condition on the event that arrived). */
  event?: boolean;
  /** An optional condition: no rules means the field is removed. */
  optional?: boolean;
  readOnly?: boolean;
  /** Needed only outside `PlaybookEditor` (which passes its own). */
  locale?: EditorLocale;
  testId?: string;
}

const GROUP_ORDER: ConditionField['group'][] = ['membership', 'metrics', 'customer', 'event'];

function prepared(parsed: ParsedCondition): ParsedCondition {
  return { ...parsed, query: prepareRuleGroup(parsed.query) };
}

/**
 * A condition people build from rules ("Last order date was more than 30 days ago"), kept
 * as JSON Logic in the playbook. A rule the builder cannot show faithfully is shown
 * read-only and never rewritten. Usable on its own (a segment editor) with `fields` and `locale`.
 */
export function ConditionBuilder(props: ConditionBuilderProps) {
  const config = useContext(EditorConfigContext);
  const { locale } = props;
  const scoped = useMemo(() => (locale && locale !== config.locale ? { ...config, locale } : null), [config, locale]);
  if (!scoped) return <ConditionBuilderBody {...props} />;
  return (
    <EditorConfigContext.Provider value={scoped}>
      <ConditionBuilderBody {...props} />
    </EditorConfigContext.Provider>
  );
}

function ConditionBuilderBody({ value, onChange, fields, event = false, optional = false, readOnly, testId = 'condition-builder' }: ConditionBuilderProps) {
  const { t, locale } = useEditorT();
  const config = useEditorConfig();
  const disabled = readOnly ?? config.readOnly;
  const catalog = fields ?? config.fields;
  const [state, setState] = useState(() => ({ source: value, parsed: prepared(logicToQuery(value, { optional })) }));
  const [confirming, setConfirming] = useState(false);
  if (state.source !== value && !logicEquals(state.source, value)) {
    setState({ source: value, parsed: prepared(logicToQuery(value, { optional })) });
  }

  const used = useMemo(() => listVars(value).filter((v) => v.startsWith('customer.') || v.startsWith('event.')), [value]);
  const options = useMemo(() => {
    const available = conditionFields(catalog, t, { event, extra: used });
    const groups: OptionGroup<Field>[] = [];
    for (const group of GROUP_ORDER) {
      const members = available.filter((f) => f.group === group);
      if (members.length === 0) continue;
      groups.push({
        label: t(`builder.groups.${group}`),
        options: members.map((f) => ({
          name: f.name,
          value: f.name,
          label: f.label,
          operators: OPERATORS_BY_TYPE[f.type].filter(isBuilderOperator).map((op) => ({ name: op, value: op, label: operatorLabel(op, locale, t) })),
          ...(f.values ? { values: f.values.map((v) => ({ name: v, value: v, label: v })) } : {}),
        })),
      });
    }
    return groups;
  }, [catalog, t, event, used, locale]);

  const translations = useMemo(
    () => ({
      fields: { title: t('builder.field'), placeholderLabel: t('builder.fieldPlaceholder') },
      operators: { title: t('builder.operator') },
      value: { title: t('builder.value') },
      addRule: { label: `+ ${t('builder.addRule')}`, title: t('builder.addRule') },
      addGroup: { label: `+ ${t('builder.addGroup')}`, title: t('builder.addGroup') },
      removeRule: { label: '×', title: t('builder.removeRule') },
      removeGroup: { label: '×', title: t('builder.removeGroup') },
      combinators: { title: t('builder.combinators.and') },
      notToggle: { label: t('builder.not'), title: t('builder.not') },
    }),
    [t],
  );
  // react-querybuilder titles each group ("Query builder", "Rule group at path 0"): in the editor's language instead.
  const describeGroupFor = useCallback(({ path }: { path: number[] }) => (path.length === 0 ? t('builder.title') : t('builder.groupTitle')), [t]);
  const combinators = useMemo(
    () => [
      { name: 'and', value: 'and', label: t('builder.combinators.and') },
      { name: 'or', value: 'or', label: t('builder.combinators.or') },
    ],
    [t],
  );

  const json = (
    <details className="sf-advanced">
      <summary>{t('builder.showJson')}</summary>
      <pre className="sf-code" data-testid={`${testId}-json`}>{JSON.stringify(value ?? null, null, 2)}</pre>
    </details>
  );

  if (!state.parsed.representable) {
    return (
      <div className="sf-condition sf-condition-readonly" data-testid={testId}>
        <p className="sf-note">
          <Icon name="warning" /> {t('builder.readOnly')}
        </p>
        <pre className="sf-code">{JSON.stringify(value, null, 2)}</pre>
        {!disabled &&
          (confirming ? (
            <div className="sf-inline">
              <span>{t('builder.replaceConfirm')}</span>
              <button type="button" className="sf-button sf-danger" onClick={() => onChange(optional ? undefined : EMPTY_CONDITION)}>
                {t('builder.replace')}
              </button>
              <button type="button" className="sf-button" onClick={() => setConfirming(false)}>
                {t('common.close')}
              </button>
            </div>
          ) : (
            <button type="button" className="sf-button" data-testid={`${testId}-replace`} onClick={() => setConfirming(true)}>
              {t('builder.replace')}
            </button>
          ))}
      </div>
    );
  }

  const handleChange = (query: RuleGroupType) => {
    const logic = queryToLogic(query, { optional });
    setState({ source: logic, parsed: { query, representable: true } });
    if (!logicEquals(logic, value) || (logic === undefined) !== (value === undefined)) onChange(logic);
  };

  return (
    <div className="sf-condition" data-testid={testId}>
      {state.parsed.query.rules.length === 0 && <p className="sf-empty-hint">{optional ? t('builder.emptyOptional') : t('builder.empty')}</p>}
      <QueryBuilder
        fields={options}
        query={state.parsed.query}
        onQueryChange={handleChange}
        combinators={combinators}
        translations={translations}
        accessibleDescriptionGenerator={describeGroupFor}
        controlElements={{ valueEditor: ConditionValueEditor, fieldSelector: ConditionFieldSelector }}
        enableMountQueryChange={false}
        resetOnFieldChange
        showNotToggle
        disabled={disabled}
        listsAsArrays
        controlClassnames={{ queryBuilder: 'sf-qb' }}
      />
      {json}
    </div>
  );
}
