import { findOperator } from '@stayflow/logic';
import type { EditorLocale } from '../i18n/editorResources.ts';
import type { Translate } from '../i18n/translate.ts';
import { CATALOGUE_OPERATORS, findDateOperator } from './conditionOperators.ts';

/** The label of a builder operator in the user's language: the catalogue's, else the editor's own phrasing. */
export function operatorLabel(operator: string, locale: EditorLocale, t: Translate): string {
  const fromCatalogue = CATALOGUE_OPERATORS[operator];
  const info = fromCatalogue === undefined ? undefined : findOperator(fromCatalogue);
  if (info) return info.labels[locale];
  if (findDateOperator(operator) || Object.hasOwn(SUFFIXLESS, operator)) return t(`builder.ops.${operator}`);
  return operator;
}

const SUFFIXLESS = { contains: 1, notIn: 1, between: 1, isSet: 1, isNotSet: 1, isTrue: 1, isFalse: 1, notHasTag: 1, notInSegment: 1 };

/** Builder operators offered to people: those of the catalogue marked `builder: true`, plus the editor's phrasings. */
export function isBuilderOperator(operator: string): boolean {
  const fromCatalogue = CATALOGUE_OPERATORS[operator];
  if (fromCatalogue !== undefined) return findOperator(fromCatalogue)?.builder === true;
  return true;
}
