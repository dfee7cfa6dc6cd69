/** Which files are policies, and how directories given on the command line expand into them. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export type PolicySpelling = 'wt' | 'yaml';

export function policySpelling(path: string): PolicySpelling | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.wt') return 'wt';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  return undefined;
}

/** Fixture files (`*.fixture.yaml`, see docs/fixtures.md) sit beside policies but are not policies. */
export function isFixtureFileName(name: string): boolean {
  return /\.fixture\.ya?ml$/i.test(name);
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The policy files in a directory, sorted by name; with `depth` > 0 also those in its
 * subdirectories (hidden directories and node_modules skipped).
 */
export function listPolicyFiles(directory: string, depth = 0): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  const directories: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isFile() && policySpelling(entry.name) !== undefined && !isFixtureFileName(entry.name)) files.push(path);
    else if (entry.isDirectory() && depth > 0 && entry.name !== 'node_modules') directories.push(path);
  }
  files.sort();
  directories.sort();
  for (const sub of directories) files.push(...listPolicyFiles(sub, depth - 1));
  return files;
}

/** Subdirectories of a directory, sorted by name. */
export function listSubdirectories(directory: string): string[] {
  try {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map((entry) => join(directory, entry.name))
      .sort();
  } catch {
    return [];
  }
}
