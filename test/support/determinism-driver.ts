/**
 * Runs a fixed list of `wt` commands in one process and prints what each wrote, as JSON, for
 * test/determinism.test.ts, which runs this driver under several time zones and locales and
 * compares the bytes. (One process per environment instead of one per command: the time zone and
 * the locale are read when a process starts.)
 */
import { DETERMINISM_COMMANDS, ROOT } from './determinism-commands.js';
import { runWtInProcess } from './run-wt-in-process.js';

const outputs: Record<string, unknown> = {};
for (const args of DETERMINISM_COMMANDS) outputs[args.join(' ')] = await runWtInProcess(args, { cwd: ROOT });
process.stdout.write(JSON.stringify({ environment: { tz: process.env['TZ'], lang: process.env['LANG'] }, outputs }));
