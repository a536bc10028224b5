/**
 * Rows as aligned columns, each line indented two spaces. Columns for which
 * `alignRight` holds (counts) are padded on the left, the others on the right.
 */
export function table(rows: readonly (readonly string[])[], alignRight: (column: number) => boolean = () => false): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const cellText = (cell: string, column: number): string => (alignRight(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0));
  return rows.map((row) => `  ${row.map(cellText).join('  ').trimEnd()}\n`).join('');
}
