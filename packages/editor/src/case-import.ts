/**
 * Reads cases from a file the user chose: a JSON array of case records, one record, `{ "cases": [...] }`,
 * or NDJSON (one record a line). The records are checked by the engine when they are evaluated.
 */
export interface ImportedCases {
  records: unknown[];
  /** Problems reading the file, in words (never quoting case data). */
  errors: string[];
}

export function readCaseFile(text: string): ImportedCases {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { records: [], errors: ['The file is empty.'] };
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed)) return { records: parsed, errors: [] };
    if (typeof parsed === 'object' && parsed !== null) {
      const cases = (parsed as Record<string, unknown>)['cases'];
      if (Array.isArray(cases)) return { records: cases, errors: [] };
      return { records: [parsed], errors: [] };
    }
    return { records: [], errors: ['The file holds no case records (expected a JSON array, an object, or one JSON object a line).'] };
  } catch {
    return readNdjson(trimmed);
  }
}

function readNdjson(text: string): ImportedCases {
  const records: unknown[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
    } catch {
      errors.push(`Line ${index + 1} is not valid JSON.`);
    }
  });
  return { records, errors };
}
