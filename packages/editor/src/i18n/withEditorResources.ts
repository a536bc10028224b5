import i18next, { type i18n } from 'i18next';
import { EDITOR_NAMESPACE, editorResources } from './editorResources.ts';

/**
 * The app's i18next instance with the `editor` namespace added when the app has not
 * registered it, or a private instance when the app has none (so the editor always speaks).
 */
export function withEditorResources(appInstance: i18n | undefined): i18n {
  if (appInstance?.isInitialized) {
    for (const [language, strings] of Object.entries(editorResources)) {
      if (!appInstance.hasResourceBundle(language, EDITOR_NAMESPACE)) appInstance.addResourceBundle(language, EDITOR_NAMESPACE, strings, true, false);
    }
    return appInstance;
  }
  const own = i18next.createInstance();
  void own.init({
    resources: Object.fromEntries(Object.entries(editorResources).map(([language, strings]) => [language, { [EDITOR_NAMESPACE]: strings }])),
    lng: 'en',
    fallbackLng: 'en',
    ns: [EDITOR_NAMESPACE],
    defaultNS: EDITOR_NAMESPACE,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return own;
}
