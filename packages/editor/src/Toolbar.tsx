import { translatedText } from '@stayflow/playbook';
import type { ReactNode } from 'react';
import { Icon, type IconName } from './controls/Icon.tsx';
import { useEditorActions } from './hooks/useEditorActions.ts';
import { useEditorConfig } from './hooks/useEditorConfig.ts';
import { useEditorState } from './hooks/useEditorState.ts';
import { useEditorStoreApi } from './hooks/useEditorStoreApi.ts';
import { useEditorT } from './hooks/useEditorT.ts';
import { useHistory } from './hooks/useHistory.ts';
import type { EditorState } from './store/editorState.ts';

const selectName = (state: EditorState) => state.document.name;
const selectMeta = (state: EditorState) => state.document.meta;
const selectPanel = (state: EditorState) => state.panel;
const selectShowStats = (state: EditorState) => state.showStats;
const selectErrorCount = (state: EditorState) => state.validation.errors.length;
const selectWarningCount = (state: EditorState) => state.validation.warnings.length;

function ToolButton({ icon, label, hint, onClick, disabled, active, testId }: { icon: IconName; label: string; hint?: string; onClick(): void; disabled?: boolean; active?: boolean; testId: string }) {
  return (
    <button type="button" className={active ? 'sf-tool sf-active' : 'sf-tool'} title={hint ?? label} aria-label={label} aria-pressed={active} disabled={disabled} data-testid={testId} onClick={onClick}>
      <Icon name={icon} />
      <span className="sf-tool-label">{label}</span>
    </button>
  );
}

/** The playbook's name (unless the app shows it), undo, redo, tidy up, fit, settings and results, then the app's own buttons. */
export function Toolbar({ extra, showName = true }: { extra?: ReactNode; showName?: boolean }) {
  const { t, locale } = useEditorT();
  const { readOnly, stats } = useEditorConfig();
  const store = useEditorStoreApi();
  const actions = useEditorActions();
  const { canUndo, canRedo } = useHistory();
  const name = useEditorState(selectName);
  const meta = useEditorState(selectMeta);
  const panel = useEditorState(selectPanel);
  const showStats = useEditorState(selectShowStats);
  const errors = useEditorState(selectErrorCount);
  const warnings = useEditorState(selectWarningCount);
  const problems = errors + warnings;
  const title = (locale !== 'en' ? translatedText(meta, locale, 'name') : undefined) ?? name;

  return (
    <header className="sf-toolbar" data-testid="toolbar">
      {(showName || readOnly) && (
        <div className="sf-toolbar-title" title={showName ? title : undefined}>
          {showName && title}
          {readOnly && <span className="sf-pill">{t('common.readOnly')}</span>}
        </div>
      )}
      <div className="sf-toolbar-group">
        {!readOnly && (
          <>
            <ToolButton icon="undo" label={t('toolbar.undo')} hint={`${t('toolbar.undo')} (Ctrl/⌘+Z)`} onClick={actions.undo} disabled={!canUndo} testId="toolbar-undo" />
            <ToolButton icon="redo" label={t('toolbar.redo')} hint={`${t('toolbar.redo')} (Ctrl/⌘+Shift+Z)`} onClick={actions.redo} disabled={!canRedo} testId="toolbar-redo" />
            <span className="sf-divider" />
            <ToolButton
              icon="layout"
              label={t('toolbar.autoLayout')}
              hint={t('toolbar.autoLayoutHint')}
              onClick={() => {
                actions.apply({ type: 'layout', options: { sizes: store.getState().nodeSizes } });
                actions.requestZoom({ kind: 'fit' });
              }}
              testId="toolbar-layout"
            />
          </>
        )}
        <ToolButton icon="fit" label={t('toolbar.fitView')} onClick={() => actions.requestZoom({ kind: 'fit' })} testId="toolbar-fit" />
        <ToolButton icon="settings" label={t('toolbar.settings')} onClick={() => actions.setPanel(panel === 'settings' ? 'inspector' : 'settings')} active={panel === 'settings'} testId="toolbar-settings" />
        {stats && <ToolButton icon="stats" label={t('toolbar.stats')} hint={t('toolbar.statsHint')} onClick={() => actions.setShowStats(!showStats)} active={showStats} testId="toolbar-stats" />}
        <span className="sf-divider" />
        <button
          type="button"
          className={errors ? 'sf-tool sf-problems-pill sf-error' : warnings ? 'sf-tool sf-problems-pill sf-warning' : 'sf-tool sf-problems-pill sf-ok'}
          data-testid="toolbar-problems"
          onClick={() => actions.setProblemsOpen(!store.getState().problemsOpen)}
        >
          <Icon name={errors ? 'error' : warnings ? 'warning' : 'check'} />
          <span>{problems ? t('toolbar.problems', { count: problems }) : t('toolbar.noProblems')}</span>
        </button>
      </div>
      {extra && <div className="sf-toolbar-extra">{extra}</div>}
    </header>
  );
}
