import type { i18n } from 'i18next';
import { EDITOR_NAMESPACE, editorResources } from './editorResources.ts';
import { bundledI18n } from './translate.ts';

/**
 * The app's i18next instance with the `editor` namespace added when the app has not
 * registered it, or the editor's bundled instance when the app has none (so the editor always speaks).
 */
export function withEditorResources(appInstance: i18n | undefined): i18n {
  if (appInstance?.isInitialized) {
    for (const [language, strings] of Object.entries(editorResources)) {
      if (!appInstance.hasResourceBundle(language, EDITOR_NAMESPACE)) appInstance.addResourceBundle(language, EDITOR_NAMESPACE, strings, true, false);
    }
    return appInstance;
  }
  return bundledI18n();
}
