import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { convertCommand } from './convert.js';
import { diffCommand } from './diff.js';
import { evalCommand } from './eval.js';
import { explainCommand } from './explain.js';
import { exportCommand } from './export.js';
import { fmtCommand } from './fmt.js';
import { importCommand } from './import.js';
import { reportCommand } from './report.js';
import { testCommand } from './test.js';

/** Every `wt` command, in the order `wt --help` lists them. */
export const COMMANDS: readonly Command[] = [checkCommand, fmtCommand, convertCommand, evalCommand, explainCommand, exportCommand, diffCommand, testCommand, importCommand, reportCommand];
