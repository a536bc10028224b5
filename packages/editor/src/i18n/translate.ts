import { editorResources, type EditorLocale } from './editorResources.ts';

export type TranslateVars = Record<string, string | number>;

/** A translation function shaped like i18next's `t`, usable by pure modules. */
export type Translate = (key: string, vars?: TranslateVars) => string;

const pluralRules = new Map<EditorLocale, Intl.PluralRules>();

function lookup(locale: EditorLocale, key: string): string | undefined {
  let value: unknown = editorResources[locale];
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' ? value : undefined;
}

function pluralSuffix(locale: EditorLocale, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * Reads the editor's own strings without i18next, with the same `{{name}}` interpolation
 * and `_one` / `_other` plurals, so the pure canvas conversion speaks the user's language.
 */
export function translate(locale: EditorLocale, key: string, vars: TranslateVars = {}): string {
  let template: string | undefined;
  if (typeof vars.count === 'number') template = lookup(locale, `${key}_${pluralSuffix(locale, vars.count)}`) ?? lookup(locale, `${key}_other`);
  template ??= lookup(locale, key) ?? lookup('en', key) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** `translate` bound to one locale. */
export function translatorFor(locale: EditorLocale): Translate {
  return (key, vars) => translate(locale, key, vars);
}
