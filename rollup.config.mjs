/**
 * Builds the distributable elements into build/assets/elements/:
 * - `osallistu.js`: the loader (stable URL, no hash), tiny, no lit: it defines only the tags on
 *   the page and imports each widget chunk on first sight;
 * - `boot-[hash].js`: core's lit-free helpers the loader shares with the widgets (defaults,
 *   lazyDefine), the only chunk the loader imports statically;
 * - `shared-[hash].js`: lit, @lit/* and packages/core, loaded with the first widget (lit's optional
 *   directives and core's form helpers — DraftController, SubmitController — used by a few
 *   widgets, go with the widgets that use them, e.g. `submit-controller-[hash].js`);
 * - `<package>-<widget>-[hash].js`: one chunk per widget (e.g. `ideas-idea-form-[hash].js`), and
 *   `<package>-[hash].js` with what the widgets of one package share (translations, events);
 * - `core-<module>-[hash].js`: core's strings loaded on first need (Swedish, English, the Finnish
 *   problem sentences of the feature widgets): never in `shared`;
 * - `contract-[hash].js`: the contract's schemas and the valibot pieces they use, split by rollup
 *   by which widgets import them, so a widget loads only the schemas it validates with. The few
 *   contract constants core uses (languages, problem codes; modules without valibot) ride in
 *   `shared`;
 * - `widgets.json`: the one list of widgets (tag, package, attributes…) for the WordPress plugin.
 *
 * The build fails if the loader would statically import the shared chunk (lit), or if valibot or a
 * lazily loaded dictionary ends up in the shared chunk.
 */
import { readFileSync, rmSync } from 'node:fs';
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
/** Lit's optional directives (repeat, live, style-map…): each used by a widget or two, not by core. */
const litDirective = /\/node_modules\/(lit|lit-html)\/directives\//;
const corePackage = /\/packages\/core\/src\//;
/**
 * Core's helpers for a few widgets only (form controllers, the verification token store, the
 * results charts' and the list filters' styles): they go with the widgets that use them, not into `shared`.
 */
const coreFormHelper = /\/packages\/core\/src\/(submit-controller|draft-controller|session-token-store|chart-styles|filter-styles)\.ts$/;
/** Core's barrel: no code of its own; assigned to `shared`, it would drag every core module in. */
const coreBarrel = /\/packages\/core\/src\/index\.ts$/;
/** Core's dictionaries that core itself imports with `import()`: each stays a chunk of its own. */
const coreLazy = /\/packages\/core\/src\/i18n\/(sv|en|fi-feature-problems)\.ts$/;
const contractPackage = /\/packages\/contract\/src\//;
const valibotModule = /\/node_modules\/valibot\//;
const widgetPackage = /\/packages\/([a-z0-9-]+)\/src\//;
/** Packages that are not widgets: never a chunk of their own named after them. */
const notWidgets = new Set(['core', 'contract', 'tally', 'elements', 'shared', 'boot']);

/** @type {(id: string) => string | undefined} */
function manualChunks(rawId) {
  const id = posix(rawId);
  // Left to rollup, a directive goes with the widgets that use it instead of into every page.
  if (litDirective.test(id)) return undefined;
  if (litModule.test(id)) return 'shared';
  // The loader's helpers from core (no lit) get a tiny chunk of their own that both the loader and
  // the shared chunk import: left unassigned, rollup would pull them into `shared` (and the loader
  // would import lit); merged into osallistu.js, the shared chunk would import `./osallistu.js`,
  // a second copy of the loader whenever the page loads it with a query (`osallistu.js?ver=1`).
  if (loaderOnly.test(id)) return 'boot';
  // Left unassigned (like everything below), a dynamically imported dictionary gets a chunk of
  // its own; assigned to `shared`, every page would download Swedish and English.
  if (coreLazy.test(id) || coreFormHelper.test(id) || coreBarrel.test(id)) return undefined;
  if (corePackage.test(id)) return 'shared';
  // The contract and valibot are left to rollup too: it puts each module in a chunk shared by
  // exactly the widgets that use it, so the ideas form loads the idea schema and the valibot
  // pieces it needs, not every schema. What core imports from the contract (constants in modules
  // without valibot) rollup pulls into `shared`; `sharedStaysLean` checks that no valibot follows.
  // Widget packages are left to rollup: it splits them by dynamic import, so each widget's define
  // module becomes its own chunk, and what two widgets of a package share becomes a common one.
  return undefined;
}

/**
 * `ideas-idea-form-[hash].js` for a widget, `ideas-[hash].js` for what a package's widgets share,
 * `contract-[hash].js` for schemas and valibot, `core-sv-[hash].js` for core's lazy dictionaries.
 */
function chunkFileNames(chunk) {
  const facade = chunk.facadeModuleId ? posix(chunk.facadeModuleId) : '';
  const define = /\/packages\/([a-z0-9-]+)\/src\/([a-z0-9-]+)\/define\.ts$/.exec(facade);
  if (define && !notWidgets.has(define[1])) return `${define[1]}-${define[2]}-[hash].js`;
  const lazy = coreLazy.exec(facade);
  if (lazy) return `core-${lazy[1]}-[hash].js`;
  const ids = chunk.moduleIds.map(posix);
  if (ids.length > 0 && ids.every((id) => contractPackage.test(id) || valibotModule.test(id))) return 'contract-[hash].js';
  // named after the one widget package it holds code of (a lit directive riding along is no package)
  const packages = new Set(
    ids.filter((id) => !litDirective.test(id)).map((id) => widgetPackage.exec(id)?.[1] ?? 'other').filter((p) => !notWidgets.has(p)),
  );
  if (packages.size === 1 && !packages.has('other')) return `${[...packages][0]}-[hash].js`;
  return '[name]-[hash].js';
}

/** Empties the output folder first, so no stale hashed chunk is served or measured. */
function cleanOutput(dir) {
  return {
    name: 'osallistu-clean-output',
    buildStart() {
      rmSync(join(root, dir), { recursive: true, force: true });
    },
  };
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

/** Refuses a build whose shared chunk holds valibot or a dictionary meant to load on first need. */
function sharedStaysLean() {
  return {
    name: 'osallistu-shared-stays-lean',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('shared-')) continue;
        const wrong = chunk.moduleIds.map(posix).filter((id) => valibotModule.test(id) || coreLazy.test(id));
        if (wrong.length > 0) this.error(`the shared chunk must not contain ${wrong.join(', ')}`);
      }
    },
  };
}

/** Writes widgets.json (the one list of widgets) beside the bundles. */
function widgetsJson() {
  return {
    name: 'osallistu-widgets-json',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      /** The widget's own chunk and every chunk it imports statically, in load order. */
      const chunksOf = (definePath) => {
        const own = chunks.find((c) => c.facadeModuleId && posix(c.facadeModuleId) === posix(definePath));
        if (!own) return null;
        const seen = new Set();
        const visit = (file) => {
          if (seen.has(file)) return;
          seen.add(file);
          for (const next of bundle[file]?.imports ?? []) visit(next);
        };
        visit(own.fileName);
        return [...seen];
      };
      const list = await widgetList(root, chunksOf);
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
    chunkFileNames,
    manualChunks,
    sourcemap: false,
    generatedCode: 'es2015',
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    cleanOutput('build/assets/elements'),
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
    sharedStaysLean(),
    widgetsJson(),
  ].filter(Boolean),
  onwarn(warning, warn) {
    // chunks that import each other evaluate in the wrong order (TDZ errors in the browser)
    if (warning.code === 'CIRCULAR_CHUNK') throw new Error(warning.message);
    // lit ships `this` at module scope in a few places; harmless in ES modules
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

