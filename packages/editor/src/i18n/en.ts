import { enForms } from './enForms.ts';
import { enSteps } from './enSteps.ts';
import type { DeepStrings } from './strings.ts';

/** English strings of the `editor` namespace (i18next JSON v4: plurals as `_one` / `_other`). */
export const en = { ...enSteps, ...enForms } as const;

/** The shape every translation of the `editor` namespace must have. */
export type EditorStrings = DeepStrings<typeof en>;
