import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { setLocale } from '../i18n/i18n.ts';

/** EN / 中文, remembered in this browser. */
export function LanguageSwitch(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const options: { value: Locale; label: string }[] = [
    { value: 'en', label: 'EN' },
    { value: 'zh-CN', label: '中文' },
  ];
  return (
    <div className="lang-switch" role="group" aria-label={t('shell.language')} data-testid="lang-switch">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={locale === option.value ? 'lang-option active' : 'lang-option'}
          aria-pressed={locale === option.value}
          lang={option.value}
          data-testid={`lang-${option.value}`}
          onClick={() => void setLocale(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

