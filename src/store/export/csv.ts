import type { FlatRow } from './flat.js';

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of the given columns. */
export function csvLine(columns: readonly string[], row: FlatRow): string {
  return columns.map((c) => csvCell(row[c])).join(',');
}

/** Rows as an aligned text table (for a terminal), each cell clipped to `width`. */
export function textTable(columns: readonly string[], rows: FlatRow[], width = 40): string {
  const cells = rows.map((r) => columns.map((c) => {
    const v = r[c];
    const text = v === null || v === undefined ? '' : String(v);
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  }));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
