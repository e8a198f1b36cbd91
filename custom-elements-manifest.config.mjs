/**
 * Shared by every widget package: `npm run analyze` in a package writes its custom-elements.json.
 * Tags come from the `@tagname` JSDoc of each class (the
 * define modules register them); events dispatched as class instances (and the native change / input) are documented with
 * `@fires`, so the analyzer's guesses from `dispatchEvent(new …)` (unnamed) are dropped.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'osallistu-events',
      packageLinkPhase({ customElementsManifest }) {
        // Globs come back in file-system order; sort so a build never rewrites an unchanged manifest.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('osallistu-') || e.name === 'change' || e.name === 'input');
          }
        }
      },
    },
  ],
};
