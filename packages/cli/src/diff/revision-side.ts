/**
 * One side of `wt diff` read from a git revision: `HEAD~3:policies/local/x.wt` (a file) or
 * `v1:policies/england` (a directory of versions). `extends` is resolved first among the policy files
 * of the same directory at the same revision, then as for a file in the working tree (its directory,
 * sibling directories, `--policy-path`, the bundled policies).
 */
import { posix, resolve } from 'node:path';
import { checkPolicy, type Diagnostic, type PolicyDocument, type PolicyResolver, type ResolvedPolicy } from '@wt/dsl';
import type { CommandContext } from '../command.js';
import { formatDiagnostics } from '../diagnostic-report.js';
import { EXIT_USAGE } from '../exit-codes.js';
import { plural } from '../format-diagnostic.js';
import { parsePolicySource } from '../parse-policy-source.js';
import { isFixtureFileName, policySpelling } from '../policy-files.js';
import { policyCheckerFor } from '../policy-search.js';
import type { DiffSide, DiffSideResult } from './diff-side.js';
import { listDirectory, objectType, repositoryRoot, showFile, type RevisionPath } from './git-revision.js';
import { floorLookup } from './working-tree-side.js';
import { compareText } from '../compare-text.js';

interface RevisionFile {
  /** The path inside the repository (or relative to the working directory, `./…`). */
  path: string;
  /** `REV:path`, as diagnostics name it. */
  display: string;
  document?: PolicyDocument;
  diagnostics: Diagnostic[];
}

export async function loadRevisionSide(ctx: CommandContext, label: string, target: RevisionPath): Promise<DiffSideResult> {
  const fail = (message: string): DiffSideResult => ({ ok: false, exit: ctx.usageError(`cannot read ${label.slice(0, 80)}: ${message}`) });
  const root = await repositoryRoot(ctx.cwd);
  if (!root.ok) return fail(root.message);
  const type = await objectType(target, ctx.cwd);
  if (!type.ok) return fail(type.message);
  const path = target.path.replace(/\/+$/, '');
  const isSet = type.type === 'tree';
  if (!isSet && type.type !== 'blob') return fail(`it is a git ${type.type}, not a file or a directory`);
  if (!isSet && policySpelling(path) === undefined) return fail('it is not a policy file (.wt, .yaml or .yml)');
  const slash = path.lastIndexOf('/');
  const directory = isSet ? path : slash === -1 ? '' : path.slice(0, slash);

  const listing = await listDirectory({ revision: target.revision, path: directory === '.' ? './' : directory }, ctx.cwd);
  if (!listing.ok) return fail(listing.message);
  const names = listing.names.filter((name) => policySpelling(name) !== undefined && !isFixtureFileName(name));
  const files: RevisionFile[] = [];
  for (const name of names) {
    const filePath = directory === '' ? name : `${directory}/${name}`;
    const shown = await showFile({ revision: target.revision, path: filePath }, ctx.cwd);
    if (!shown.ok) return fail(shown.message);
    const display = `${target.revision}:${filePath}`;
    const parsed = parsePolicySource(stripBom(shown.stdout), display, policySpelling(filePath)!);
    files.push({ path: filePath, display, diagnostics: parsed.diagnostics, ...(parsed.ir !== undefined ? { document: { file: display, ir: parsed.ir } } : {}) });
  }
  const chosen = isSet ? files : files.filter((file) => posix.normalize(file.path) === posix.normalize(path));
  if (chosen.length === 0) return fail(isSet ? 'no policy files (.wt, .yaml) in that directory' : 'no such file at that revision');

  const workingTreeFile = resolve(target.path.startsWith('./') || target.path.startsWith('../') ? ctx.cwd : root.stdout, isSet ? posix.join(path, 'policy.wt') : path);
  const checker = policyCheckerFor(ctx, []);
  const workingTree = checker.library.resolverFor(workingTreeFile).resolve;
  const sameRevision = (self: string): PolicyResolver => {
    const resolver = ((id: string) => {
      const found = files.find((file) => file.display !== self && file.document?.ir.id === id);
      return found?.document ?? workingTree(id);
    }) as PolicyResolver;
    return resolver;
  };

  const versions: ResolvedPolicy[] = [];
  const problems: { path: string; diagnostics: Diagnostic[] }[] = [];
  for (const file of chosen) {
    const checked = file.document === undefined ? undefined : checkPolicy(file.document, sameRevision(file.display));
    const diagnostics = [...file.diagnostics, ...(checked?.diagnostics ?? []).map((d) => (d.file === undefined ? { ...d, file: file.display } : d))];
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || checked?.resolved === undefined) {
      problems.push({ path: file.display, diagnostics: errors });
      continue;
    }
    versions.push(checked.resolved);
  }
  if (problems.length > 0) {
    ctx.stderr.write(formatDiagnostics(problems, ctx.cwd, ctx.stderrTerminal.style));
    const count = problems.reduce((sum, problem) => sum + Math.max(1, problem.diagnostics.length), 0);
    ctx.note(`${label.slice(0, 80)} has ${plural(count, 'error')}: nothing was compared`);
    return { ok: false, exit: EXIT_USAGE };
  }
  versions.sort((a, b) => compareText(a.effective ?? '', b.effective ?? ''));
  const workingTreeFloor = floorLookup(checker, workingTreeFile);
  const side: DiffSide = {
    label,
    versions,
    isSet,
    floorPolicy: (policyId) => {
      const found = files.find((file) => file.document?.ir.id === policyId);
      if (found?.document !== undefined) return checkPolicy(found.document, sameRevision(found.display)).resolved;
      return workingTreeFloor(policyId);
    },
    searchFiles: [workingTreeFile, ...checker.library.readFiles().map((file) => file.path)],
  };
  return { ok: true, side };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
