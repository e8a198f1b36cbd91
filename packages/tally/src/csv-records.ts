/**
 * The `;`-separated records of a pabulib file, read the way Python's `csv` module writes them:
 * fields may be quoted with `"`, a quote inside a quoted field is doubled, and a quoted field may
 * span lines. Line ends may be LF or CRLF (both appear in pabulib files, sometimes mixed).
 *
 * @example
 * parseCsvRecords('a;"b;c"\r\n1;2\n'); // [['a', 'b;c'], ['1', '2']]
 */
export function parseCsvRecords(text: string, delimiter = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // byte-order mark
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (quoted) throw new SyntaxError('unterminated quoted field');
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** One record as a line (without line end), quoting only fields that need it. */
export function formatCsvRecord(fields: readonly string[], delimiter = ';'): string {
  return fields
    .map((f) =>
      f.includes(delimiter) || f.includes('"') || f.includes('\n') || f.includes('\r')
        ? `"${f.replaceAll('"', '""')}"`
        : f,
    )
    .join(delimiter);
}
