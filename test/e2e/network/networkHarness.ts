/**
 * Build the network harness with Vite (production mode, like the app). Serving and the browser
 * come from ../galleryHarness.ts (serveDir, launchChromium: Debian's Chromium, never a download).
 */
import { build } from 'vite';
import { NETWORK_OUT } from './vite.network.config';

export async function buildNetworkHarness(): Promise<string> {
  const configFile = new URL('./vite.network.config.ts', import.meta.url).pathname;
  // Vitest sets NODE_ENV=test, which makes Vite resolve Lit's development build.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return NETWORK_OUT;
}
