/**
 * The end-to-end harness: builds the editor once with vite's JS API, serves the build with vite
 * preview on an ephemeral 127.0.0.1 port, and drives Debian's Chromium with playwright-core (never a
 * downloaded browser).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const EDITOR_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export interface Harness {
  baseUrl: string;
  outDir: string;
  context: BrowserContext;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startHarness(): Promise<Harness> {
  const configFile = join(EDITOR_ROOT, 'vite.config.ts');
  const outDir = await mkdtemp(join(tmpdir(), 'wt-editor-dist-'));
  await build({ root: EDITOR_ROOT, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: EDITOR_ROOT,
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const userDataDir = await mkdtemp(join(tmpdir(), 'wt-editor-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    outDir,
    context,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await rm(userDataDir, { recursive: true, force: true });
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
