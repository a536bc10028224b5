import { en } from './en.ts';
import { zhCN } from './zhCN.ts';

/** The `editor` namespace in each UI language; the app registers it with `i18n.addResourceBundle(lng, 'editor', …)`. */
export const editorResources = { en, 'zh-CN': zhCN } as const;

export type EditorLocale = keyof typeof editorResources;
export const EDITOR_NAMESPACE = 'editor';
