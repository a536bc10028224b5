import { LOCALES, type Locale } from './messages.ts';

/**
 * Step names in several languages. A step's name in English is its `label`; in another
 * language, `meta.i18n[locale].label`. A step with no name in any language has its name derived
 * from its settings (by the apps), so it follows them. When an operator names a step in one
 * language, the names in the others become out of date: they are listed under
 * `meta.i18n[locale].needs_translation` (`["label"]`) until someone names the step in that language.
 * All of it lives in `meta` (free-form in the format), so documents stay valid v1 playbooks.
 */

export const BASE_LOCALE: Locale = 'en';
const FIELD = 'label';

type Meta = Record<string, unknown> | undefined;
interface Named {
  label?: string;
  meta?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const i18nOf = (meta: Meta): Record<string, Record<string, unknown>> =>
  isRecord(meta) && isRecord(meta.i18n) ? (meta.i18n as Record<string, Record<string, unknown>>) : {};

/** The step's own name in one language (not a fallback), or undefined. */
export function ownName(node: Named, locale: Locale): string | undefined {
  const value = locale === BASE_LOCALE ? node.label : i18nOf(node.meta)[locale]?.[FIELD];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** True when the step's name in `locale` is out of date: it was named in another language since. */
export function needsTranslation(node: Named, locale: Locale): boolean {
  const list = i18nOf(node.meta)[locale]?.needs_translation;
  return Array.isArray(list) && list.includes(FIELD);
}

function withMark<T extends Named>(node: T, locale: Locale, marked: boolean): T {
  const i18n = { ...i18nOf(node.meta) };
  const entry = { ...(isRecord(i18n[locale]) ? i18n[locale] : {}) };
  const rest = Array.isArray(entry.needs_translation) ? entry.needs_translation.filter((f) => f !== FIELD) : [];
  const list = marked ? [...rest, FIELD] : rest;
  if (list.length > 0) entry.needs_translation = list;
  else delete entry.needs_translation;
  if (Object.keys(entry).length > 0) i18n[locale] = entry;
  else delete i18n[locale];
  return withI18n(node, i18n);
}

function withI18n<T extends Named>(node: T, i18n: Record<string, Record<string, unknown>>): T {
  const meta = { ...(node.meta ?? {}) };
  if (Object.keys(i18n).length > 0) meta.i18n = i18n;
  else delete meta.i18n;
  const { meta: _old, ...rest } = node;
  return (Object.keys(meta).length > 0 ? { ...rest, meta } : rest) as T;
}

/**
 * The step named `name` in `locale` (an empty name removes that language's name). Naming it
 * marks every other language as needing translation; the language named is no longer marked.
 * When no language has a name left, no mark is kept: the derived name is right in all of them.
 */
export function nameStep<T extends Named>(node: T, name: string, locale: Locale): T {
  const blank = name.trim() === '';
  let next: T;
  if (locale === BASE_LOCALE) {
    const { label: _previous, ...rest } = node;
    next = (blank ? rest : { ...rest, label: name }) as T;
  } else {
    const i18n = { ...i18nOf(node.meta) };
    const entry = { ...(isRecord(i18n[locale]) ? i18n[locale] : {}) };
    if (blank) delete entry[FIELD];
    else entry[FIELD] = name;
    if (Object.keys(entry).length > 0) i18n[locale] = entry;
    else delete i18n[locale];
    next = withI18n(node, i18n);
  }
  next = withMark(next, locale, false);
  const anyName = LOCALES.some((other) => ownName(next, other) !== undefined);
  for (const other of LOCALES) {
    if (other === locale) continue;
    if (!anyName) next = withMark(next, other, false);
    else if (!blank) next = withMark(next, other, true);
  }
  return next;
}
