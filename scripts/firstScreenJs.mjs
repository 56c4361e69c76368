// @ts-check
/**
 * What the first screen downloads: the JavaScript that dist/index.html loads eagerly (its module
 * scripts and their <link rel="modulepreload"> dependencies), raw and gzipped (zlib, level 9).
 * Chunks loaded later with import() are listed apart. Run after `vite build`:
 *
 *   node scripts/firstScreenJs.mjs [dist]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const eager = new Set();
for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) eager.add(match[1]);
for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) eager.add(match[1]);

/** @param {string} file */
function sizes(file) {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kB = (/** @type {number} */ n) => `${(n / 1000).toFixed(1)} kB`;
let raw = 0;
let gzip = 0;
for (const src of eager) {
  const s = sizes(src.replace(/^\.?\//, ''));
  raw += s.raw;
  gzip += s.gzip;
  console.log(`eager  ${src}  ${kB(s.raw)}  gzip ${kB(s.gzip)}`);
}
const eagerNames = new Set([...eager].map((src) => src.replace(/^.*\//, '')));
for (const file of readdirSync(join(dist, 'assets'))) {
  if (!file.endsWith('.js') || eagerNames.has(file)) continue;
  const s = sizes(join('assets', file));
  console.log(`later  assets/${file}  ${kB(s.raw)}  gzip ${kB(s.gzip)}`);
}
console.log(`first screen JS: ${kB(raw)}, gzip ${kB(gzip)}`);
