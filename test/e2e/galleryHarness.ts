/**
 * Build the chart gallery, serve it over HTTP on a free port, and open it in Debian's Chromium
 * through playwright-core (never a downloaded browser). Used by charts.e2e.test.ts and shoot.ts.
 */

import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { browserTestsRun, chromiumPath } from './chromium';
import { productionBuild } from './productionBuild';
import { GALLERY_OUT } from './vite.gallery.config';

export const CHROMIUM_PATH = chromiumPath();
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * True when the system Chromium the browser tests need is installed; throws when it is missing and
 * `CI` is set, so browser tests fail there instead of being skipped (./chromium.ts).
 */
export function hasChromium(): boolean {
  return browserTestsRun();
}

/** Production-build the gallery into test-output/gallery. */
export async function buildGallery(): Promise<string> {
  await productionBuild({ configFile: new URL('./vite.gallery.config.ts', import.meta.url).pathname });
  return GALLERY_OUT;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serve `dir` on 127.0.0.1 at a free port. */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Launch the system Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
