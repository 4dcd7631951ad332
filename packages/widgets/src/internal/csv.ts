/**
 * CSV for every table's export (SPEC §4): RFC 4180 quoting, CRLF line ends and a UTF-8 byte order
 * mark so spreadsheet apps read non-ASCII names correctly.
 */

/** Text cells starting like a formula would run as one in a spreadsheet (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // Numbers are data (a negative count stays a number); only text is neutralised, with a leading
  // apostrophe, which spreadsheets show as a text marker rather than a character.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV document: BOM, the header line, one line per row, each line ended by CRLF. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  let csv = '\uFEFF';
  for (const cells of [header, ...rows]) csv += `${cells.map(csvCell).join(',')}\r\n`;
  return csv;
}
