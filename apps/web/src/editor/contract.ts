/** The editor's types the app's pages use, under the app's names (types only: importing them loads no editor code). */
export type { FieldCatalog as EditorFields } from '@stayflow/editor';
