import { parseCsvRecords } from './csv-records.js';
import { PbError, type PbFile } from './pb-file.js';

type Section = 'META' | 'PROJECTS' | 'VOTES';

/**
 * Reads the text of a pabulib `.pb` file (sections META, PROJECTS, VOTES, each with a header
 * row, fields separated by `;`).
 *
 * @example
 * const pb = parsePb(readFileSync('Poland_Swiecie_2023.pb', 'utf8'));
 * pb.meta.find(([k]) => k === 'budget'); // ['budget', '1070000']
 */
export function parsePb(text: string): PbFile {
  let records: string[][];
  try {
    records = parseCsvRecords(text);
  } catch (e) {
    throw new PbError((e as Error).message);
  }
  const file: PbFile = { meta: [], projectColumns: [], projects: [], voteColumns: [], votes: [] };
  let section: Section | undefined;
  let header: string[] | undefined;
  const seen = new Set<Section>();
  records.forEach((record, index) => {
    const line = index + 1; // records and lines coincide unless a quoted field spans lines
    if (record.length === 1 && record[0]!.trim() === '') return;
    const first = record[0]!.trim();
    if (record.length === 1 && (first === 'META' || first === 'PROJECTS' || first === 'VOTES')) {
      if (seen.has(first)) throw new PbError(`section ${first} appears twice`, line);
      seen.add(first);
      section = first;
      header = undefined;
      return;
    }
    if (!section) throw new PbError('expected META, PROJECTS or VOTES', line);
    if (!header) {
      header = record.map((h) => h.trim());
      if (section === 'META' && (header[0] !== 'key' || header[1] !== 'value')) {
        throw new PbError('META header must be key;value', line);
      }
      if (section === 'PROJECTS') {
        if (header[0] !== 'project_id') throw new PbError('PROJECTS header must start with project_id', line);
        file.projectColumns = header;
      }
      if (section === 'VOTES') {
        if (header[0] !== 'voter_id') throw new PbError('VOTES header must start with voter_id', line);
        file.voteColumns = header;
      }
      return;
    }
    if (section === 'META') {
      if (record.length < 2) throw new PbError('META row needs a key and a value', line);
      file.meta.push([record[0]!.trim(), record.slice(1).join(';')]);
      return;
    }
    if (record.length !== header.length) {
      throw new PbError(`${section} row has ${record.length} fields, header has ${header.length}`, line);
    }
    const row: Record<string, string> = {};
    header.forEach((column, i) => {
      row[column] = record[i]!;
    });
    (section === 'PROJECTS' ? file.projects : file.votes).push(row);
  });
  for (const s of ['META', 'PROJECTS', 'VOTES'] as const) {
    if (!seen.has(s)) throw new PbError(`missing section ${s}`);
  }
  return file;
}
