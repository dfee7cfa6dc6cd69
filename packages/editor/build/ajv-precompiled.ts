import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Ajv compiles JSON Schemas into code with `new Function`, which a strict Content-Security-Policy
 * (no 'unsafe-eval') forbids. For the page, every validator that @wt/dsl and @wt/engine compile when
 * they load is compiled at build time instead: a child Node process imports both packages with a
 * recording Ajv (ajv-recorder.mjs) that keeps each validator's standalone source, and the page gets
 * an Ajv stand-in whose `compile` returns the matching precompiled validator (by a hash of the
 * options and the schema). A schema compiled only later, at run time, is not covered: its `compile`
 * throws a clear error, which the editor's end-to-end tests would show.
 */
const SHIM = '\0wt-ajv-precompiled';
const VALIDATOR = '\0wt-ajv-validator:';
const here = fileURLToPath(new URL('.', import.meta.url));

interface Recorded {
  key: string;
  code: string;
}

function record(editorRoot: string, resolveFrom: string): Recorded[] {
  const out = join(tmpdir(), `wt-ajv-validators-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const script = [
    "import { writeFileSync } from 'node:fs';",
    "await import('@wt/dsl');",
    "await import('@wt/engine');",
    'writeFileSync(process.env.WT_AJV_OUT, JSON.stringify(globalThis.__wtAjvRecords ?? []));',
  ].join('\n');
  try {
    execFileSync(process.execPath, ['--import', 'tsx', '--import', pathToFileURL(join(here, 'ajv-record-register.mjs')).href, '--input-type=module', '-e', script], {
      cwd: editorRoot,
      env: { ...process.env, WT_AJV_OUT: out, WT_AJV_RESOLVE_FROM: pathToFileURL(resolveFrom).href },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return JSON.parse(readFileSync(out, 'utf8')) as Recorded[];
  } finally {
    rmSync(out, { force: true });
  }
}

/**
 * Standalone code still `require`s ajv's runtime helpers (`require("ajv/dist/runtime/…").default`):
 * turn those into namespace imports, whose `default` is the helper (the modules set `__esModule`).
 */
function asEsModule(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    const name = `wtAjvRuntime${imports.length}`;
    imports.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
    return name;
  });
  return `${imports.join('\n')}\n${body}`;
}

function shimCode(validators: readonly Recorded[]): string {
  const keyModule = pathToFileURL(join(here, 'ajv-compile-key.mjs')).pathname;
  const imports = validators.map((_, index) => `import validator${index} from ${JSON.stringify(`${VALIDATOR}${index}`)};`);
  const entries = validators.map((validator, index) => `[${JSON.stringify(validator.key)}, validator${index}]`);
  return `${imports.join('\n')}
import { compileKey } from ${JSON.stringify(keyModule)};
const validators = new Map([${entries.join(', ')}]);
export default class Ajv {
  constructor(options = {}) { this.options = options; }
  addKeyword() { return this; }
  addFormat() { return this; }
  addVocabulary() { return this; }
  compile(schema) {
    const validate = validators.get(compileKey(this.options, schema));
    if (validate === undefined) throw new Error('This JSON Schema was not precompiled for the page (see packages/editor/build/ajv-precompiled.ts)');
    return validate;
  }
}
Ajv.default = Ajv;
`;
}

export function ajvPrecompiled(options: { editorRoot: string; repoRoot: string }): Plugin {
  const resolveFrom = join(options.repoRoot, 'packages/dsl/src/index.ts');
  let validators: Recorded[] | undefined;
  const recorded = () => (validators ??= record(options.editorRoot, resolveFrom));
  return {
    name: 'wt-ajv-precompiled',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^(ajv(\/.*)?|\0wt-ajv.*)$/ },
      async handler(source, importer) {
        if (source === SHIM || source.startsWith(VALIDATOR)) return source;
        if (source === 'ajv' && importer !== undefined && !/[\\/]ajv@[^\\/]+[\\/]/.test(importer)) return SHIM;
        if (importer?.startsWith(VALIDATOR) && source.startsWith('ajv/')) return this.resolve(source, resolveFrom, { skipSelf: true });
        return null;
      },
    },
    load: {
      filter: { id: /^\0wt-ajv/ },
      handler(id) {
        if (id === SHIM) return shimCode(recorded());
        if (id.startsWith(VALIDATOR)) {
          const validator = recorded()[Number(id.slice(VALIDATOR.length))];
          return validator === undefined ? null : asEsModule(validator.code);
        }
        return null;
      },
    },
  };
}
