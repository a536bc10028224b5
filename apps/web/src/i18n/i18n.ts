import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { en } from './en.ts';
import { toLocale } from './localise.ts';
import { zhCN } from './zh-CN.ts';

const LOCALE_STORAGE = 'stayflow.locale';

/** The language to start in: the one chosen last time, else the browser's. */
export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // Storage blocked: fall through to the browser's language.
  }
  return toLocale(typeof navigator === 'undefined' ? 'en' : navigator.language);
}

/** Switches the UI language, remembers it and tells the page (`<html lang>`, for fonts and screen readers). */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE, locale);
  } catch {
    // Remembered for this page only.
  }
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}

export function setupI18n(): typeof i18next {
  const locale = initialLocale();
  document.documentElement.lang = locale;
  void i18next.use(initReactI18next).init({
    resources: {
      // The `editor` namespace is added by editor/editorModule.ts when the editor is first loaded.
      en: { app: en },
      'zh-CN': { app: zhCN },
    },
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    ns: ['app', 'editor'],
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  return i18next;
}
