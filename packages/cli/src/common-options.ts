/** Options that mean the same thing in every command that takes them. */
import type { OptionSpec } from './cli-args.js';

export const POLICY_OPTION: OptionSpec = {
  name: 'policy',
  kind: 'string',
  valueName: 'FILE|DIR',
  description: 'the policy: a .wt or .yaml file, or a directory of versions (a policy set)',
};

export const POLICY_PATH_OPTION: OptionSpec = {
  name: 'policy-path',
  kind: 'string',
  valueName: 'DIR',
  repeatable: true,
  description: 'also look for the policies that `extends` names in DIR',
};

export const CASES_OPTION: OptionSpec = {
  name: 'cases',
  kind: 'string',
  valueName: 'FILE|-',
  description: 'case timelines: .ndjson/.jsonl, .json (an array), .csv or .xml (a CIN census return); - reads stdin',
};

export const CASES_FORMAT_OPTION: OptionSpec = {
  name: 'cases-format',
  kind: 'string',
  valueName: 'FORMAT',
  choices: ['ndjson', 'json', 'csv', 'xml'],
  description: 'the format of --cases, when its extension does not say (default: by extension, else by content)',
};

export const AS_OF_OPTION: OptionSpec = {
  name: 'as-of',
  kind: 'string',
  valueName: 'YYYY-MM-DD',
  description: 'evaluate as of this date: later events are ignored (default: today, in England)',
};

export const OUT_OPTION: OptionSpec = {
  name: 'out',
  short: 'o',
  kind: 'string',
  valueName: 'FILE',
  description: 'write the result to FILE (atomically) instead of stdout',
};

export function formatOption(choices: readonly string[], description: string): OptionSpec {
  return { name: 'format', kind: 'string', valueName: 'FORMAT', choices, description };
}
