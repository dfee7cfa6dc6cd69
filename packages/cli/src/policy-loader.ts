/**
 * Loads policies for commands: a `.wt` or `.yaml` file, or a directory holding a policy set (each
 * file in it is a version, ordered by effective date). `extends` is resolved through the
 * PolicyLibrary's search path; the errors of the base files a policy uses are reported with it,
 * each carrying its own file.
 */
import { resolve } from 'node:path';
import { checkPolicy, type Diagnostic, type ResolvedPolicy } from '@wt/dsl';
import { isDirectory, listPolicyFiles } from './policy-files.js';
import { PolicyLibrary, type PolicyFile, type PolicySearchOptions } from './policy-library.js';
import { compareText } from './compare-text.js';

export interface PolicyCheck {
  path: string;
  file?: PolicyFile;
  /** Why the file could not be read at all. */
  unreadable?: string;
  resolved?: ResolvedPolicy;
  /** The file's own diagnostics, then the errors of the base files it extends. */
  diagnostics: Diagnostic[];
}

export interface LoadedPolicy {
  path: string;
  isSet: boolean;
  checks: PolicyCheck[];
  /** The resolved versions, oldest effective date first; empty when any file has errors. */
  versions: ResolvedPolicy[];
  errorCount: number;
}

export class PolicyChecker {
  readonly library: PolicyLibrary;
  private readonly checks = new Map<string, PolicyCheck>();
  private readonly inProgress = new Set<string>();

  constructor(options: PolicySearchOptions) {
    this.library = new PolicyLibrary(options);
  }

  check(path: string): PolicyCheck {
    const absolute = resolve(path);
    const cached = this.checks.get(absolute);
    if (cached !== undefined) return cached;
    this.inProgress.add(absolute);
    const check = this.checkUncached(absolute);
    this.inProgress.delete(absolute);
    this.checks.set(absolute, check);
    return check;
  }

  private checkUncached(path: string): PolicyCheck {
    const read = this.library.read(path);
    if (!read.ok) return { path, unreadable: read.reason, diagnostics: [] };
    const file = read.file;
    if (file.ir === undefined) return { path, file, diagnostics: file.diagnostics };
    const { resolve: resolver, used } = this.library.resolverFor(path);
    const result = checkPolicy({ file: path, ir: file.ir }, resolver);
    const diagnostics = [...file.diagnostics, ...result.diagnostics.map((d) => (d.file === undefined ? { ...d, file: path } : d))];
    for (const base of used) {
      if (this.inProgress.has(base.path)) continue;
      const baseCheck = this.check(base.path);
      diagnostics.push(...baseCheck.diagnostics.filter((d) => d.severity === 'error'));
    }
    const check: PolicyCheck = { path, file, diagnostics: uniqueDiagnostics(diagnostics) };
    if (result.resolved !== undefined) check.resolved = result.resolved;
    return check;
  }

  /** A policy file, or a directory of versions, ready for the engine when it has no errors. */
  load(path: string): LoadedPolicy {
    const absolute = resolve(path);
    const isSet = isDirectory(absolute);
    const paths = isSet ? listPolicyFiles(absolute) : [absolute];
    const checks = paths.map((file) => this.check(file));
    let errorCount = 0;
    for (const check of checks) {
      if (check.unreadable !== undefined) errorCount++;
      errorCount += check.diagnostics.filter((d) => d.severity === 'error').length;
      if (check.unreadable === undefined && check.resolved === undefined && check.diagnostics.length === 0) errorCount++;
    }
    const versions =
      errorCount === 0 && checks.length > 0
        ? checks
            .map((check) => check.resolved!)
            .sort((a, b) => compareText(a.effective ?? '', b.effective ?? ''))
        : [];
    return { path: absolute, isSet, checks, versions, errorCount };
  }
}

function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.range.line}:${d.range.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
