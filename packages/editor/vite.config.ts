import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ajvPrecompiled } from './build/ajv-precompiled.js';
import { gbHolidaysOnly } from './build/gb-holidays-only.js';

const editorRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

/**
 * The editor is a static page: the baseline, the example protocols and the example caseload are
 * bundled into it (imported with `?raw`), so it fetches nothing at run time but its own assets.
 */
export default defineConfig({
  root: editorRoot,
  plugins: [gbHolidaysOnly(), ajvPrecompiled({ editorRoot, repoRoot })],
  base: './',
  // monaco-editor's package exports map `./*` to `.js` files only; its style sheets are reached directly.
  resolve: { alias: [{ find: /^monaco-editor\/(.*\.css)$/, replacement: `${monacoEsm}$1` }] },
  server: { fs: { allow: [repoRoot] }, host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  worker: { format: 'es' },
});
