/**
 * Build the network harness with Vite (production mode, like the app). Serving and the browser
 * come from ../galleryHarness.ts (serveDir, launchChromium: Debian's Chromium, never a download).
 */
import { productionBuild } from '../productionBuild';
import { NETWORK_OUT } from './vite.network.config';

export async function buildNetworkHarness(): Promise<string> {
  await productionBuild({ configFile: new URL('./vite.network.config.ts', import.meta.url).pathname });
  return NETWORK_OUT;
}
