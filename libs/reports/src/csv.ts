import type { Cell, Table } from './table';

/** Excel reads a CSV as UTF-8 (Vietnamese letters intact) only when it starts with this byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, its quotes doubled. */
export function toCsv(table: Table): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return UTF8_BOM + lines.map((line) => `${line}\r\n`).join('');
}

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  // A text starting like a formula would run as one when Excel opens the file (CSV injection): keep it text.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
