/**
 * An export format of `wt export --to NAME`. To add one (`html`, `md`…), write a module exporting a
 * PolicyExporter and list it in exporters/index.ts: the command, its help and its `--to` choices
 * pick it up.
 */
import type { ResolvedPolicy } from '@wt/dsl';

export interface ExportInput {
  /** The resolved versions, oldest first (one for a single policy file). */
  versions: readonly ResolvedPolicy[];
  /** True when the policy is a directory of versions. */
  isSet: boolean;
}

export interface PolicyExporter {
  name: string;
  description: string;
  export(input: ExportInput): string;
}
