/**
 * The one CSV writer of the worker's exports (survey responses, printed voting codes, budget
 * results). RFC 4180 by default: `,` between fields, CRLF line ends, fields with the separator, a
 * quote or a line break quoted with `"` and inner quotes doubled. `separator=semicolon` (the
 * exports' query option) writes the dialect Excel expects with Finnish (and most European)
 * regional settings, where `,` is the decimal mark and `;` the list separator: `;` between fields
 * and a decimal comma in number cells (`62,86745`), so Excel reads them as numbers. Only cells
 * given as numbers are localised; text such as ids and ISO timestamps stays as it is.
 *
 * @example formatCsv([['id', 'lat'], ['a', 62.5]], { separator: csvSeparator('semicolon') }) // "\uFEFFid;lat\r\na;62,5\r\n"
 */
import * as v from 'valibot';

export type CsvSeparator = ',' | ';';
export type CsvValue = string | number | null | undefined;

/** The exports' `separator` query value: `comma` (default, RFC 4180) or `semicolon` (Excel, Finnish settings). */
export const CsvSeparatorOptionSchema = v.optional(v.picklist(['comma', 'semicolon'], 'invalid-value'), 'comma');

/** Query schema of a CSV export: `?separator=comma|semicolon`; other query parameters are left alone. */
export const CsvQuerySchema = v.object({ separator: CsvSeparatorOptionSchema });

export function csvSeparator(option: 'comma' | 'semicolon' | undefined): CsvSeparator {
  return option === 'semicolon' ? ';' : ',';
}

/**
 * One field. Text starting with = + - @ (or a tab or carriage return) gets a leading `'`: a
 * spreadsheet would otherwise run it as a formula, and free texts come from anyone. Numbers are
 * never guarded (a negative number is data, not a formula).
 */
export function csvCell(value: CsvValue, separator: CsvSeparator = ','): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') s = separator === ';' ? String(value).replace('.', ',') : String(value);
  else s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // `;` is quoted in the comma dialect too, so Excel splits the row the same whichever separator it guesses.
  const special = separator === ';' ? /[";\r\n]/ : /[",;\r\n]/;
  return special.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export type CsvOptions = {
  separator?: CsvSeparator;
  /** A UTF-8 byte order mark first, so Excel reads the file as UTF-8 (ä, ö, å); default true. */
  bom?: boolean;
  /** Line end; default CRLF (RFC 4180). */
  newline?: '\r\n' | '\n';
};

/** Rows (the first is the header) as one CSV document ending with a line end. */
export function formatCsv(rows: readonly (readonly CsvValue[])[], { separator = ',', bom = true, newline = '\r\n' }: CsvOptions = {}): string {
  const body = rows.map((row) => row.map((value) => csvCell(value, separator)).join(separator)).join(newline);
  return `${bom ? '\uFEFF' : ''}${body}${newline}`;
}
