import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CaseItem } from '../../src/case-readers/case-item.js';
import { openCases } from '../../src/case-readers/read-cases.js';

async function readAll(options: Parameters<typeof openCases>[0]) {
  const opened = await openCases(options);
  if (!opened.ok) throw new Error(opened.message);
  const items: CaseItem[] = [];
  for await (const batch of opened.source.batches()) items.push(...batch);
  return { source: opened.source, items };
}

function stdinOf(text: string, chunkSize = 3): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

const stdinOptions = (stdin: Readable) => ({ path: '-', displayName: '<stdin>', absolutePath: '-', stdin });

describe('openCases', () => {
  it('sniffs stdin: NDJSON, a JSON array, a pretty-printed single case, CSV', async () => {
    const ndjson = await readAll(stdinOptions(stdinOf('{"id":"A"}\n{"id":"B"}\n')));
    expect(ndjson.source.format).toBe('ndjson');
    expect(ndjson.items.map((item) => item.value)).toEqual([{ id: 'A' }, { id: 'B' }]);
    const array = await readAll(stdinOptions(stdinOf('  [{"id":"A"}]')));
    expect(array.source.format).toBe('json');
    const single = await readAll(stdinOptions(stdinOf('{\n  "id": "A"\n}\n')));
    expect(single.source.format).toBe('json');
    expect(single.items.map((item) => item.value)).toEqual([{ id: 'A' }]);
    const csv = await readAll(stdinOptions(stdinOf('case,event,date\nA,referral,2024-05-02\n')));
    expect(csv.source.format).toBe('csv');
    expect(csv.items.map((item) => item.value)).toEqual([{ id: 'A', events: [{ type: 'referral', date: '2024-05-02' }] }]);
  });

  it('decodes UTF-8 split across chunks, and counts the bytes read', async () => {
    const text = '{"id":"é✓😀"}\n';
    const { source, items } = await readAll(stdinOptions(stdinOf(text, 1)));
    expect(items.map((item) => item.value)).toEqual([{ id: 'é✓😀' }]);
    expect(source.bytesRead()).toBe(Buffer.byteLength(text));
  });

  it('takes the format from the extension, unless --cases-format says otherwise', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-read-'));
    const file = join(directory, 'cases.jsonl');
    writeFileSync(file, '{"id":"A"}\n');
    const byExtension = await readAll({ path: file, displayName: 'cases.jsonl', absolutePath: file, stdin: stdinOf('') });
    expect(byExtension.source.format).toBe('ndjson');
    expect(byExtension.source.size).toBe(11);
    expect(byExtension.items[0]!.origin).toEqual({ line: 1, index: 0, file: 'cases.jsonl' });
    const forced = await readAll({ path: file, displayName: 'cases.jsonl', absolutePath: file, stdin: stdinOf(''), format: 'json' });
    expect(forced.source.format).toBe('json');
    expect(forced.items.map((item) => item.value)).toEqual([{ id: 'A' }]);
  });

  it('says why a file cannot be opened', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-read-'));
    expect(await openCases({ path: 'x.ndjson', displayName: 'x.ndjson', absolutePath: join(directory, 'x.ndjson'), stdin: stdinOf('') })).toEqual({
      ok: false,
      message: 'cannot read x.ndjson: no such file',
    });
    expect(await openCases({ path: '.', displayName: '.', absolutePath: directory, stdin: stdinOf('') })).toEqual({ ok: false, message: '. is a directory, not a file of cases' });
  });
});
