import { validate, type Playbook, type ValidationIssue } from '@stayflow/playbook';
import { useEffect, useRef } from 'react';
import type { EditorLocale } from '../i18n/editorResources.ts';
import type { Validation } from '../model/types.ts';
import type { EditorStore } from '../store/editorState.ts';

export const VALIDATION_DEBOUNCE_MS = 150;

export function validationOf(document: Playbook, locale: EditorLocale): Validation {
  const result = validate(document, { locale });
  return { errors: result.errors, warnings: result.warnings };
}

/**
 * Validates the document as the user edits (debounced, in the editor's language) into
 * the store, and tells the app through `onProblemsChange`.
 */
export function useLiveValidation(
  store: EditorStore,
  locale: EditorLocale,
  onProblemsChange?: (errors: ValidationIssue[], warnings: ValidationIssue[]) => void,
): void {
  const callback = useRef(onProblemsChange);
  useEffect(() => {
    callback.current = onProblemsChange;
  }, [onProblemsChange]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let validated: Playbook | undefined;
    const run = () => {
      timer = undefined;
      const document = store.getState().document;
      validated = document;
      const validation = validationOf(document, locale);
      store.getState().setValidation(validation);
      callback.current?.(validation.errors, validation.warnings);
    };
    run();
    const unsubscribe = store.subscribe((state) => {
      // A drag is validated once, when it ends.
      if (state.gesture || state.document === validated || timer !== undefined) return;
      timer = setTimeout(run, VALIDATION_DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, locale]);
}
