/**
 * @module tsv
 * Reads the dictionary's TSV files: `#` comment lines, a header row naming the columns, one record
 * a line. Every row keeps its 1-based line number so problems point at the line to fix.
 */

/** One data row: cells by column name, and where it came from. */
export interface TsvRow {
  file: string;
  line: number;
  cells: Record<string, string>;
}

/** A parsed table. */
export interface TsvTable {
  file: string;
  columns: string[];
  /** Line of the header row (0 when the file has none). */
  headerLine: number;
  rows: TsvRow[];
  /** Structural problems (wrong number of cells ...), with line numbers. */
  problems: { line: number; text: string }[];
}

/**
 * Parses TSV text.
 *
 * @param text
 *   The file content.
 * @param file
 *   Its name, for messages.
 * @example
 *   parseTsv('id\tname\nhts\tHTS\n', 'x.tsv').rows[0].cells.name // => 'HTS'
 */
export function parseTsv(text: string, file: string): TsvTable {
  const table: TsvTable = { file, columns: [], headerLine: 0, rows: [], problems: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (table.columns.length === 0) {
      table.columns = cells.map((c) => c.trim());
      table.headerLine = line;
      return;
    }
    if (cells.length > table.columns.length) {
      table.problems.push({
        line,
        text: `expected at most ${table.columns.length} tab-separated cells (${table.columns.join(', ')}), found ${cells.length}; check for a stray tab`,
      });
    }
    const record: Record<string, string> = {};
    table.columns.forEach((column, i) => {
      record[column] = (cells[i] ?? '').trim();
    });
    table.rows.push({ file, line, cells: record });
  });
  return table;
}

/** Splits a `|`-separated cell into its non-empty items. */
export function listCell(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
