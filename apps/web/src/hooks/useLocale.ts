import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { toLocale } from '../i18n/localise.ts';

/** The current UI locale, re-rendering when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
}
