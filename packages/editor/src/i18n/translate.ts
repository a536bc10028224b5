import i18next, { type i18n } from 'i18next';
import { EDITOR_NAMESPACE, editorResources, type EditorLocale } from './editorResources.ts';

export type TranslateVars = Record<string, string | number>;

/** A translation function shaped like i18next's `t`, usable by pure modules. */
export type Translate = (key: string, vars?: TranslateVars) => string;

let bundled: i18n | undefined;

/**
 * An i18next instance holding only the editor's strings, for code with no app instance
 * (the pure canvas conversion, tests, a component used on its own): the same library,
 * resources, plurals and interpolation as the app's panels, so cards and panels cannot differ.
 */
export function bundledI18n(): i18n {
  if (bundled) return bundled;
  bundled = i18next.createInstance();
  void bundled.init({
    resources: Object.fromEntries(Object.entries(editorResources).map(([language, strings]) => [language, { [EDITOR_NAMESPACE]: strings }])),
    lng: 'en',
    fallbackLng: 'en',
    ns: [EDITOR_NAMESPACE],
    defaultNS: EDITOR_NAMESPACE,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return bundled;
}

/** i18next's `t` for the editor's namespace in one locale, as a `Translate`. */
export function translatorOf(instance: i18n, locale: EditorLocale): Translate {
  const t = instance.getFixedT(locale, EDITOR_NAMESPACE);
  return (key, vars) => String(t(key, vars));
}

const translators = new Map<EditorLocale, Translate>();

/** The editor's strings in one locale, through i18next (pure modules and tests use it; components use `useEditorT`). */
export function translatorFor(locale: EditorLocale): Translate {
  let translator = translators.get(locale);
  if (!translator) translators.set(locale, (translator = translatorOf(bundledI18n(), locale)));
  return translator;
}

/** One string of the editor in a locale. */
export function translate(locale: EditorLocale, key: string, vars: TranslateVars = {}): string {
  return translatorFor(locale)(key, vars);
}
