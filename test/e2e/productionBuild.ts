/**
 * A Vite production build for the browser tests. Vitest sets NODE_ENV=test, which makes Vite
 * resolve Lit's development build; what the tests drive must be the production bundle the app
 * ships, so NODE_ENV is production for the duration of the build.
 */
import { build, type InlineConfig } from 'vite';

export async function productionBuild(config: InlineConfig): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', ...config });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}
