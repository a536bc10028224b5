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

/** Option names i18next reads from the variables object: a call using one goes to i18next as it is. */
const I18NEXT_OPTIONS = new Set(['context', 'ordinal', 'defaultValue', 'lng', 'lngs', 'ns', 'replace', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'keyPrefix', 'fallbackLng', 'skipInterpolation']);
// Slots are marked with private-use characters, which no sentence or value of ours contains.
const SLOT = /\uE000(\d+)\uE001/g;
/** Sentences kept per translator; past this the cache starts again (a long session in many languages). */
export const TRANSLATION_CACHE_LIMIT = 5_000;

/**
 * `t` with i18next's answer kept per key, plural count and variable *names*: the
 * sentence is asked for once with numbered slots in place of the values, then each call
 * fills the slots in. Opening a 200-step playbook asks for ~1,500 strings (titles,
 * summaries, exits, every connection's screen-reader label) but only a few dozen
 * sentences; each i18next call costs tens of microseconds, a filled slot almost nothing.
 * Only for an instance whose resources do not change and interpolate values as they are
 * (no escaping, no formatters), as the editor's bundled one.
 */
export function memoisedTranslator(t: Translate, limit = TRANSLATION_CACHE_LIMIT): Translate {
  const sentences = new Map<string, string>();
  return (key, vars) => {
    const names = vars ? Object.keys(vars).filter((name) => name !== 'count') : [];
    if (names.some((name) => I18NEXT_OPTIONS.has(name))) return t(key, vars);
    const count = vars?.count;
    const id = `${key}\u0000${typeof count}:${count ?? ''}\u0000${names.join('\u0000')}`;
    let sentence = sentences.get(id);
    if (sentence === undefined) {
      const slots: TranslateVars = Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE001`]));
      if (count !== undefined) slots.count = count;
      sentence = t(key, vars ? slots : undefined);
      if (sentences.size >= limit) sentences.clear();
      sentences.set(id, sentence);
    }
    return names.length === 0 ? sentence : sentence.replace(SLOT, (_, index: string) => String(vars![names[Number(index)]!]));
  };
}

const translators = new Map<EditorLocale, Translate>();

/** The editor's strings in one locale, through i18next (pure modules and tests use it; components use `useEditorT`). */
export function translatorFor(locale: EditorLocale): Translate {
  let translator = translators.get(locale);
  if (!translator) translators.set(locale, (translator = memoisedTranslator(translatorOf(bundledI18n(), locale))));
  return translator;
}

/** One string of the editor in a locale. */
export function translate(locale: EditorLocale, key: string, vars: TranslateVars = {}): string {
  return translatorFor(locale)(key, vars);
}
