import type { Playbook, ValidationIssue } from '@stayflow/playbook';
import { ReactFlowProvider } from '@xyflow/react';
import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getI18n, I18nContext, I18nextProvider } from 'react-i18next';
import { Canvas } from './canvas/Canvas.tsx';
import { EditorConfigContext, EditorStoreContext, EMPTY_FIELDS, type EditorConfig } from './hooks/EditorContext.ts';
import type { EditorLocale } from './i18n/editorResources.ts';
import { useSelectedStep } from './hooks/useSelectedStep.ts';
import { withEditorResources } from './i18n/withEditorResources.ts';
import { Inspector } from './inspector/Inspector.tsx';
import type { FieldCatalog, Highlight, PlaybookStats } from './model/types.ts';
import { Palette } from './palette/Palette.tsx';
import { ProblemsList } from './problems/ProblemsList.tsx';
import { useLiveValidation } from './problems/useLiveValidation.ts';
import { createEditorStore } from './store/createEditorStore.ts';
import { Toolbar } from './Toolbar.tsx';

export interface PlaybookEditorProps {
  /** The playbook to edit; may be an invalid draft. */
  document: Playbook;
  /** Called with the new document after every edit (once per drag, when it ends). */
  onChange(document: Playbook): void;
  locale: EditorLocale;
  readOnly?: boolean;
  /** `GET /api/playbooks/:id/stats`; shows a "Show results" toggle. */
  stats?: PlaybookStats | null;
  /** The path of a test run, drawn emphasised. */
  highlight?: Highlight | null;
  /** Names the pickers offer (attributes, tags, segments, event types and properties). */
  fields?: FieldCatalog;
  /** Renders a message with sample data for the live preview. */
  renderPreview?: (text: string, options: { html: boolean }) => string;
  /** The app's buttons (Save, Publish, Test), shown at the right of the toolbar. */
  toolbarExtra?: ReactNode;
  /** Shows the playbook's name at the left of the toolbar (default); off when the app's page already names it. */
  showName?: boolean;
  /** An app panel (a test run, results, history) shown in the inspector's place, beside the canvas, while it is open. */
  aside?: ReactNode;
  onProblemsChange?(errors: ValidationIssue[], warnings: ValidationIssue[]): void;
  /** The one step selected on the canvas (null when none, or several): an app panel in `aside` can show that step's details. */
  onSelectStep?(id: string | null): void;
}

/**
 * The playbook editor: palette, canvas, inspector or settings, problems, toolbar. It owns
 * its undo history; the document it edits comes from and goes back to the app. A
 * `document` the editor did not emit itself (loaded, reverted) starts a fresh history.
 */
export function PlaybookEditor(props: PlaybookEditorProps) {
  const { document, onChange, locale, readOnly = false, stats = null, highlight = null, fields = EMPTY_FIELDS, renderPreview, toolbarExtra, showName = true, aside, onProblemsChange, onSelectStep } = props;
  const [store] = useState(() => createEditorStore(document, { showStats: stats !== null && stats !== undefined }));
  const known = useRef(document);
  const emit = useRef(onChange);
  useEffect(() => {
    emit.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (document === known.current) return;
    known.current = document;
    store.getState().reset(document);
    store.getState().requestZoom({ kind: 'open' });
  }, [document, store]);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.gesture || (state.document === previous.document && state.gesture === previous.gesture)) return;
        if (state.document === known.current) return;
        known.current = state.document;
        emit.current(state.document);
      }),
    [store],
  );

  const hasStats = stats !== null && stats !== undefined;
  useEffect(() => {
    store.getState().setShowStats(hasStats);
  }, [hasStats, store]);

  useLiveValidation(store, locale, onProblemsChange);
  useSelectedStep(store, onSelectStep);

  const appI18n = useContext(I18nContext)?.i18n ?? getI18n();
  const i18n = useMemo(() => withEditorResources(appI18n), [appI18n]);
  const config = useMemo<EditorConfig>(() => ({ locale, readOnly, fields, stats, highlight, renderPreview }), [locale, readOnly, fields, stats, highlight, renderPreview]);

  return (
    <I18nextProvider i18n={i18n}>
      <EditorStoreContext.Provider value={store}>
        <EditorConfigContext.Provider value={config}>
          <ReactFlowProvider>
            {/* Focusable (not in the tab order): a click on the canvas's background or a panel's empty space puts focus in the editor, where its shortcuts listen. */}
            <div className="sf-editor" data-testid="playbook-editor" lang={locale} tabIndex={-1}>
              <Toolbar extra={toolbarExtra} showName={showName} />
              <div className="sf-workspace">
                {!readOnly && <Palette />}
                <main className="sf-main">
                  <Canvas />
                  <ProblemsList />
                </main>
                {aside ?? <Inspector />}
              </div>
            </div>
          </ReactFlowProvider>
        </EditorConfigContext.Provider>
      </EditorStoreContext.Provider>
    </I18nextProvider>
  );
}
