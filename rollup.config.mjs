/**
 * Builds the distributable elements into build/assets/elements/:
 * - `osallistu.js`: the loader (stable URL, no hash), tiny, no lit: it defines only the tags on
 *   the page and imports each widget chunk on first sight;
 * - `boot-[hash].js`: core's lit-free helpers the loader shares with the widgets (defaults,
 *   lazyDefine), the only chunk the loader imports statically;
 * - `shared-[hash].js`: lit, @lit/* and packages/core, loaded with the first widget;
 * - `<widget package>-[hash].js`: one chunk per widget package (e.g. `ideas-[hash].js`);
 * - `widgets.json`: the one list of widgets (tag, package, attributes…) for the WordPress plugin.
 *
 * The build fails if the loader would statically import the shared chunk (lit).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { widgetList } from './scripts/widget-list.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const posix = (id) => id.split(sep).join('/');
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));

/** Files of packages/core that the loader needs and that must stay out of the shared chunk. */
const loaderOnly = /\/packages\/core\/src\/(lazy-loader|defaults)\.ts$/;
const litModule = /\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//;
const corePackage = /\/packages\/core\/src\//;
const widgetPackage = /\/packages\/([a-z0-9-]+)\/src\//;
/** Packages that are not widgets: never a chunk of their own named after them. */
const notWidgets = new Set(['core', 'contract', 'tally', 'elements']);

/** @type {(id: string) => string | undefined} */
function manualChunks(rawId) {
  const id = posix(rawId);
  if (litModule.test(id)) return 'shared';
  // The loader's helpers from core (no lit) get a tiny chunk of their own that both the loader and
  // the shared chunk import: left unassigned, rollup would pull them into `shared` (and the loader
  // would import lit); merged into osallistu.js, the shared chunk would import `./osallistu.js`,
  // a second copy of the loader whenever the page loads it with a query (`osallistu.js?ver=1`).
  if (loaderOnly.test(id)) return 'boot';
  if (corePackage.test(id)) return 'shared';
  const widget = widgetPackage.exec(id);
  if (widget && !notWidgets.has(widget[1])) return widget[1];
  return undefined;
}

/** Refuses a build whose loader statically pulls in lit or the shared chunk. */
function loaderStaysSmall() {
  return {
    name: 'osallistu-loader-stays-small',
    generateBundle(_options, bundle) {
      const loader = bundle['osallistu.js'];
      if (!loader || loader.type !== 'chunk') return this.error('no osallistu.js in the bundle');
      const lit = loader.moduleIds.filter((id) => litModule.test(posix(id)));
      if (lit.length > 0) this.error(`the loader contains lit modules: ${lit.join(', ')}`);
      const statics = loader.imports.filter((file) => !/^boot-/.test(file));
      if (statics.length > 0) this.error(`the loader statically imports ${statics.join(', ')} (only boot-*.js is allowed)`);
      for (const file of loader.imports) {
        const chunk = bundle[file];
        const heavy = chunk.moduleIds.filter((id) => litModule.test(posix(id)));
        if (heavy.length > 0 || chunk.imports.length > 0) this.error(`${file} must hold only lit-free loader helpers`);
      }
    },
  };
}

/** Writes widgets.json (the one list of widgets) beside the bundles. */
function widgetsJson() {
  return {
    name: 'osallistu-widgets-json',
    async generateBundle() {
      const list = await widgetList(root);
      this.emitFile({ type: 'asset', fileName: 'widgets.json', source: `${JSON.stringify(list, null, 2)}\n` });
    },
  };
}

const production = process.env.OSALLISTU_DEV !== '1';

export default {
  input: { osallistu: 'packages/elements/src/osallistu.ts' },
  output: {
    dir: 'build/assets/elements',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    manualChunks,
    sourcemap: false,
    generatedCode: 'es2015',
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    nodeResolve({ extensions: ['.ts', '.js', '.mjs'], exportConditions: ['browser', 'import', 'default'] }),
    esbuild({
      // the root tsconfig, with the two options lit needs under esbuild stated explicitly (RECIPES)
      tsconfig: false,
      tsconfigRaw: {
        compilerOptions: { ...tsconfig.compilerOptions, experimentalDecorators: true, useDefineForClassFields: false },
      },
      target: 'es2022',
      minify: false,
      sourceMap: false,
    }),
    production &&
      terser({
        ecma: 2020,
        module: true,
        compress: { passes: 2 },
        format: { comments: false },
      }),
    loaderStaysSmall(),
    widgetsJson(),
  ].filter(Boolean),
  onwarn(warning, warn) {
    // lit ships `this` at module scope in a few places; harmless in ES modules
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

