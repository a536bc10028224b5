import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITOR_NAMESPACE, type EditorLocale } from '../i18n/editorResources.ts';
import { translatorFor, type Translate } from '../i18n/translate.ts';
import { useEditorConfig } from './useEditorConfig.ts';

/**
 * `useTranslation('editor')` fixed to the editor's `locale` prop, so the editor's words
 * always match its validation messages whatever language the rest of the app shows.
 * Without an i18next instance holding the `editor` namespace (a component used on its
 * own), the bundled strings are used directly.
 */
export function useEditorT(): { t: Translate; locale: EditorLocale } {
  const { locale } = useEditorConfig();
  const { t, i18n } = useTranslation(EDITOR_NAMESPACE, { lng: locale, useSuspense: false });
  const registered = Boolean(i18n?.hasResourceBundle?.(locale, EDITOR_NAMESPACE));
  return useMemo(
    () => ({
      t: registered ? (key: string, vars?: Record<string, string | number>) => String(t(key, { ...vars, interpolation: { escapeValue: false } })) : translatorFor(locale),
      locale,
    }),
    [t, locale, registered],
  );
}
