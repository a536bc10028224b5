import { createContext } from 'react';
import type { EditorLocale } from '../i18n/editorResources.ts';
import type { FieldCatalog, Highlight, PlaybookStats } from '../model/types.ts';
import type { EditorStore } from '../store/editorState.ts';

/** What the app passes in, read-only for the components. */
export interface EditorConfig {
  locale: EditorLocale;
  readOnly: boolean;
  fields: FieldCatalog;
  stats: PlaybookStats | null;
  highlight: Highlight | null;
  renderPreview?: ((text: string, options: { html: boolean }) => string) | undefined;
}

export const EMPTY_FIELDS: FieldCatalog = { attributes: [], tags: [], segments: [], eventTypes: [], eventProperties: [] };

export const EditorStoreContext = createContext<EditorStore | null>(null);

export const EditorConfigContext = createContext<EditorConfig>({
  locale: 'en',
  readOnly: false,
  fields: EMPTY_FIELDS,
  stats: null,
  highlight: null,
});
