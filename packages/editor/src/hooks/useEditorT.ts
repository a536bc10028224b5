import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITOR_NAMESPACE, type EditorLocale } from '../i18n/editorResources.ts';
import { translatorFor, translatorOf, type Translate } from '../i18n/translate.ts';
import { useEditorConfig } from './useEditorConfig.ts';

/**
 * The editor's strings through i18next (the one translation mechanism: panels, cards and
 * the app's pages), fixed to the editor's `locale` prop, so the editor's words
 * always match its validation messages whatever language the rest of the app shows.
 * Without an i18next instance holding the `editor` namespace (a component used on its
 * own), the bundled strings are used directly.
 */
export function useEditorT(): { t: Translate; locale: EditorLocale } {
  const { locale } = useEditorConfig();
  const { i18n } = useTranslation(EDITOR_NAMESPACE, { lng: locale, useSuspense: false });
  const registered = Boolean(i18n?.hasResourceBundle?.(locale, EDITOR_NAMESPACE));
  return useMemo(() => ({ t: registered ? translatorOf(i18n, locale) : translatorFor(locale), locale }), [i18n, locale, registered]);
}
