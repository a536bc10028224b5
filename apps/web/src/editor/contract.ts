/** The editor's types the app's pages use, under the app's names. */
export type { ConditionBuilderProps, FieldCatalog as EditorFields, PlaybookEditorProps } from '@stayflow/editor';
