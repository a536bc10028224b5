import type { Locale } from '../api/types.ts';
import { DURATION_UNIT_WORDS, type DurationUnitName } from '../lib/vocabulary.ts';

/**
 * Pure localisation helpers: which text of a document to show in a language, and
 * numbers, dates and durations the way each language writes them.
 */

/** The app's locale for a browser or i18next language tag (`zh`, `zh-Hans-CN` → zh-CN). */
export function toLocale(language: string | null | undefined): Locale {
  return language && /^zh\b/i.test(language) ? 'zh-CN' : 'en';
}

type Translations = Record<string, { name?: unknown; description?: unknown; label?: unknown } | undefined>;

function translation(meta: unknown, locale: Locale): Translations[string] {
  if (locale === 'en' || meta === null || typeof meta !== 'object') return undefined;
  const i18n = (meta as { i18n?: unknown }).i18n;
  if (i18n === null || typeof i18n !== 'object') return undefined;
  return (i18n as Translations)[locale];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** A playbook's or template's name in the locale (meta.i18n), else its own name, else its id. */
export function localisedName(doc: { id?: string; name?: string; meta?: unknown }, locale: Locale): string {
  return text(translation(doc.meta, locale)?.name) ?? text(doc.name) ?? doc.id ?? '';
}

export function localisedDescription(doc: { description?: string; meta?: unknown }, locale: Locale): string {
  return text(translation(doc.meta, locale)?.description) ?? doc.description ?? '';
}

/** A node's label in the locale, or undefined when it has none (callers then describe the node). */
export function localisedLabel(node: { label?: string; meta?: unknown }, locale: Locale): string | undefined {
  return text(translation(node.meta, locale)?.label) ?? text(node.label);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function formatNumber(value: number | null | undefined, locale: Locale, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A fraction 0–1 as a percentage: 0.4249 → "42.5%". */
export function formatPercent(fraction: number | null | undefined, locale: Locale, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(fraction);
}

/** A difference of two rates in percentage points, signed: 0.031 → "+3.1 pts" / "+3.1 个百分点". */
export function formatPoints(difference: number | null | undefined, locale: Locale): string {
  if (difference === null || difference === undefined || !Number.isFinite(difference)) return '—';
  const points = Math.round(difference * 1000) / 10;
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  const size = formatNumber(Math.abs(points), locale, 1);
  return locale === 'zh-CN' ? `${sign}${size} 个百分点` : `${sign}${size} pts`;
}

export function formatMoney(value: number | null | undefined, locale: Locale, currency?: string | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (currency) {
    try {
      return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
    } catch {
      // An unknown currency code: show it beside the number.
    }
    return `${formatNumber(value, locale, 2)} ${currency}`;
  }
  return formatNumber(value, locale, 2);
}

const parse = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "3 Nov 2026" / "2026年11月3日". */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  const date = parse(iso);
  return date ? date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' }) : '—';
}

/** "3 Nov 2026, 09:30" / "2026/11/3 09:30". */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  const date = parse(iso);
  return date ? date.toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '—';
}

/** "5 minutes ago", "in 3 days" / "5 分钟前", "3 天后", relative to `now`. */
export function formatRelative(iso: string | null | undefined, locale: Locale, now: number): string {
  const date = parse(iso);
  if (!date) return '—';
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < 45) return format.format(0, 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86400) return format.format(Math.round(seconds / 86400), 'day');
  if (abs < 320 * 86400) return format.format(Math.round(seconds / (30 * 86400)), 'month');
  return format.format(Math.round(seconds / (365 * 86400)), 'year');
}

const DURATION = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const UNITS: DurationUnitName[] = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];

/**
 * An ISO 8601 duration in words: P3D → "3 days" / "3 天", PT1H30M → "1 hour 30 minutes".
 * The sign is dropped (callers say "before" or "after"); text that is not a duration comes back as is.
 */
export function formatDuration(iso: string | undefined, locale: Locale): string {
  if (!iso) return '';
  const match = DURATION.exec(iso);
  if (!match || iso.replace('-', '') === 'P') return iso;
  const parts: string[] = [];
  for (let i = 0; i < 7; i++) {
    const raw = match[i + 2];
    if (raw === undefined) continue;
    const amount = Number(raw);
    if (amount === 0) continue;
    const forms = DURATION_UNIT_WORDS[UNITS[i]!][locale];
    parts.push(`${amount} ${amount === 1 ? forms.one : forms.other}`);
  }
  if (parts.length === 0) return `0 ${DURATION_UNIT_WORDS.days[locale].other}`;
  return parts.join(' ');
}

export const isNegativeDuration = (iso: string | undefined): boolean => iso?.startsWith('-') ?? false;
