import i18next from 'i18next';
import '@stayflow/editor/styles.css';
import { editorResources, EDITOR_NAMESPACE } from '@stayflow/editor';

/**
 * The one place the app touches @stayflow/editor. Pages import the editor from here, so
 * it (and its stylesheet and translations) load only with the pages that need them.
 */
export { ConditionBuilder, PlaybookEditor } from '@stayflow/editor';

for (const locale of ['en', 'zh-CN'] as const) i18next.addResourceBundle(locale, EDITOR_NAMESPACE, editorResources[locale], true, true);
