/**
 * Copies the demo page (demo/) into build/assets/, beside the built elements, so the worker
 * serves it at `/`. Run by `npm run build` after rollup.
 */
import { cp, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'build', 'assets');

await mkdir(target, { recursive: true });
await cp(join(root, 'demo'), target, {
  recursive: true,
  // the built elements live in build/assets/elements; never let demo/ overwrite them
  filter: (source) => !source.startsWith(join(root, 'demo', 'elements')),
});
console.log('copied demo/ → build/assets/');
