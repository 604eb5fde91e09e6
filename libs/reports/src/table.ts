import type { LocalizedText } from '../../domain/src/errors/domain-error';

/** A cell: numbers stay numbers (Excel sums them), null is an empty cell. */
export type Cell = string | number | null;

/** One sheet of a report, already in one language. */
export interface Table {
  /** Sheet name (xlsx); shortened and cleaned to Excel's rules when written. */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A table whose labels are still in both languages, as dashboards build them. */
export interface LocalizedTable {
  readonly name: LocalizedText;
  readonly header: readonly LocalizedText[];
  readonly rows: readonly (readonly Cell[])[];
}

export function localizeTable(table: LocalizedTable, language: 'vi' | 'en'): Table {
  return { name: table.name[language], header: table.header.map((label) => label[language]), rows: table.rows };
}
