import type { EditorStrings } from './en.ts';
import { zhCNForms } from './zhCNForms.ts';
import { zhCNSteps } from './zhCNSteps.ts';

/** 简体中文文案（`editor` 命名空间）。中文没有单复数，`_one` 与 `_other` 相同。 */
export const zhCN: EditorStrings = { ...zhCNSteps, ...zhCNForms };
