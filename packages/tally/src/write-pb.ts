import { formatCsvRecord } from './csv-records.js';
import type { PbFile } from './pb-file.js';

/**
 * Writes a `.pb` file (LF line ends, fields quoted only when they must be).
 * `parsePb(writePb(pb))` equals `pb`.
 */
export function writePb(pb: PbFile): string {
  const lines: string[] = ['META', formatCsvRecord(['key', 'value'])];
  for (const [key, value] of pb.meta) lines.push(formatCsvRecord([key, value]));
  lines.push('PROJECTS', formatCsvRecord(pb.projectColumns));
  for (const row of pb.projects) lines.push(formatCsvRecord(pb.projectColumns.map((c) => row[c] ?? '')));
  lines.push('VOTES', formatCsvRecord(pb.voteColumns));
  for (const row of pb.votes) lines.push(formatCsvRecord(pb.voteColumns.map((c) => row[c] ?? '')));
  return `${lines.join('\n')}\n`;
}
