/**
 * Writes a synthetic caseload as NDJSON to standard output:
 *
 *   pnpm exec tsx examples/generator/cli.ts --seed 1 --count 1000 --from 2023-04-01 --to 2024-03-31 > cases.ndjson
 *
 * Exit 0 on success, 2 on a usage error.
 */
import { caseNdjsonLine } from './caseload-ndjson.js';
import { caseloadOptionsProblem, generateSyntheticCases, type CaseloadOptions } from './generate-caseload.js';

const USAGE = 'usage: generate-caseload --seed N --count N --from YYYY-MM-DD --to YYYY-MM-DD';

function parseArguments(args: readonly string[]): CaseloadOptions | string {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (!['--seed', '--count', '--from', '--to'].includes(flag)) return `unknown argument ${JSON.stringify(flag)}`;
    if (value === undefined) return `${flag} needs a value`;
    values.set(flag, value);
    i++;
  }
  for (const flag of ['--seed', '--count', '--from', '--to']) if (!values.has(flag)) return `missing ${flag}`;
  const whole = (text: string): number => (/^-?\d+$/.test(text) ? Number(text) : Number.NaN);
  const options = {
    seed: whole(values.get('--seed')!),
    count: whole(values.get('--count')!),
    from: values.get('--from')!,
    to: values.get('--to')!,
  };
  return caseloadOptionsProblem(options) ?? options;
}

const CHUNK_BYTES = 1 << 22;

async function write(chunk: Buffer): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
}

/** Lines are ASCII, so latin1 into a reused-size buffer is exact and much faster than UTF-8 strings. */
async function writeCaseload(options: CaseloadOptions): Promise<void> {
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for (const synthetic of generateSyntheticCases(options)) {
    const line = caseNdjsonLine(synthetic);
    if (used + line.length > CHUNK_BYTES) {
      await write(buffer.subarray(0, used));
      buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, line.length));
      used = 0;
    }
    used += buffer.write(line, used, 'latin1');
  }
  if (used > 0) await write(buffer.subarray(0, used));
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`generate-caseload: ${options}\n${USAGE}\n`);
    return 2;
  }
  await writeCaseload(options);
  return 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main();
