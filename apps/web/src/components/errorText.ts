import type { TFunction } from 'i18next';
import { ApiError, errorMessage } from '../api/ApiError.ts';

/**
 * An error as a sentence in the UI language. The server writes its sentences in
 * English; in Chinese, the codes we know are translated and the rest shown as sent.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return t('errors.network');
    if (error.code === 'bad_response') return t('errors.badResponse');
    if (error.isMissingRoute) return t('errors.missingRoute');
    if (error.code === 'server_error' || error.code === 'internal') return t('errors.server');
    return t(`serverErrors.${error.code}`, { defaultValue: error.message });
  }
  return errorMessage(error);
}
