/**
 * The policy files wt can see, parsed once each, and the search for a policy by id that `extends`
 * needs. For a file F in directory D the search order is: the files named on the command line;
 * D; D's sibling directories; D's parent; each `--policy-path` directory (and its subdirectories,
 * three levels down); the repository's bundled `policies/` tree. The first file declaring the id wins.
 */
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, PolicyDocument, PolicyIR, PolicyResolver } from '@wt/dsl';
import { readPolicyText } from './io/read-policy-text.js';
import { parsePolicySource } from './parse-policy-source.js';
import { listPolicyFiles, listSubdirectories, policySpelling, type PolicySpelling } from './policy-files.js';

const SEARCH_DEPTH = 3;

export const BUNDLED_POLICIES = fileURLToPath(new URL('../../../policies/', import.meta.url));

export interface PolicySearchOptions {
  /** Absolute paths of the policy files named on the command line (directories expanded). */
  commandLineFiles: readonly string[];
  /** Absolute `--policy-path` directories. */
  policyPaths: readonly string[];
  /** The bundled `policies/` tree; `null` leaves it out. */
  bundledRoot?: string | null;
}

export interface PolicyFile {
  path: string;
  spelling: PolicySpelling;
  source: string;
  ir: PolicyIR | undefined;
  diagnostics: Diagnostic[];
}

export type ReadPolicyResult = { ok: true; file: PolicyFile } | { ok: false; reason: string };

export interface FileResolver {
  resolve: PolicyResolver;
  /** The base files the resolver handed out, in the order asked for. */
  used: PolicyFile[];
}

export class PolicyLibrary {
  private readonly files = new Map<string, ReadPolicyResult>();

  constructor(private readonly options: PolicySearchOptions) {}

  read(path: string): ReadPolicyResult {
    const absolute = resolve(path);
    const cached = this.files.get(absolute);
    if (cached !== undefined) return cached;
    const result = readPolicyFile(absolute);
    this.files.set(absolute, result);
    return result;
  }

  /** Every policy file read so far. */
  readFiles(): PolicyFile[] {
    return [...this.files.values()].flatMap((result) => (result.ok ? [result.file] : []));
  }

  /** A resolver of `extends` for the document in `file`. */
  resolverFor(file: string): FileResolver {
    const used: PolicyFile[] = [];
    const self = resolve(file);
    const resolveId = ((id: string): PolicyDocument | undefined => {
      for (const candidate of this.candidates(self)) {
        if (candidate === self) continue;
        const found = this.declaring(candidate, id);
        if (found !== undefined) {
          if (!used.includes(found)) used.push(found);
          return { file: found.path, ir: found.ir! };
        }
      }
      return undefined;
    }) as PolicyResolver;
    resolveId.knownIds = () => {
      const ids = new Set<string>();
      for (const candidate of this.candidates(self)) {
        const read = this.read(candidate);
        if (read.ok && read.file.ir !== undefined && candidate !== self) ids.add(read.file.ir.id);
      }
      return [...ids].sort();
    };
    return { resolve: resolveId, used };
  }

  private declaring(path: string, id: string): PolicyFile | undefined {
    const cached = this.files.get(path);
    if (cached === undefined) {
      // Cheap test before parsing: the file must mention the id at all.
      const text = readPolicyText(path);
      if (!text.ok || text.text === undefined || !text.text.includes(id)) return undefined;
    }
    const read = this.read(path);
    return read.ok && read.file.ir?.id === id ? read.file : undefined;
  }

  private *candidates(file: string): Generator<string> {
    const seen = new Set<string>();
    const fresh = function* (paths: Iterable<string>): Generator<string> {
      for (const path of paths) {
        if (seen.has(path)) continue;
        seen.add(path);
        yield path;
      }
    };
    yield* fresh(this.options.commandLineFiles.map((path) => resolve(path)));
    const directory = dirname(file);
    yield* fresh(listPolicyFiles(directory));
    const parent = dirname(directory);
    for (const sibling of listSubdirectories(parent)) {
      if (sibling !== directory) yield* fresh(listPolicyFiles(sibling));
    }
    if (parent !== directory) yield* fresh(listPolicyFiles(parent));
    for (const searchPath of this.options.policyPaths) yield* fresh(listPolicyFiles(resolve(searchPath), SEARCH_DEPTH));
    const bundled = this.options.bundledRoot === undefined ? BUNDLED_POLICIES : this.options.bundledRoot;
    if (bundled !== null) yield* fresh(listPolicyFiles(bundled, SEARCH_DEPTH));
  }
}

function readPolicyFile(path: string): ReadPolicyResult {
  const spelling = policySpelling(path);
  if (spelling === undefined) return { ok: false, reason: `${basename(path)} is not a policy file (.wt, .yaml or .yml)` };
  const read = readPolicyText(path);
  if (!read.ok) return { ok: false, reason: read.reason };
  if (read.text === undefined) return { ok: true, file: { path, spelling, source: '', ir: undefined, diagnostics: read.diagnostics } };
  const source = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text;
  const { ir, diagnostics } = parsePolicySource(source, path, spelling);
  return { ok: true, file: { path, spelling, source, ir, diagnostics } };
}
