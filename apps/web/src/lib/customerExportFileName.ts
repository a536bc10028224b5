/**
 * The file a customer's data export is saved as: `customer-<id>.json`. Customer ids are
 * the client's own (up to 200 characters, anything goes), so characters that no file
 * system accepts in a name (`/ \ : * ? " < > |`, control characters) become `_`.
 * The server names its download the same way (`exportDisposition` in
 * apps/server/src/services/customerExport.ts): change both together.
 */
export function customerExportFileName(id: string): string {
  // eslint-disable-next-line no-control-regex
  return `customer-${id.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_')}.json`;
}
