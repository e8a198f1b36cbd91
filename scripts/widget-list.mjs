/**
 * The one list of widgets, from the loader's list (packages/elements/src/widgets.ts: tag, package,
 * attributes, the module that defines it) enriched with the widget packages' custom-elements
 * manifests (`customElements` in each package.json, written by `npm run analyze`) and, during the
 * build, with the chunks each widget loads. Written to build/assets/elements/widgets.json by
 * rollup so the WordPress plugin can derive a block per widget without PHP changes.
 *
 * @example
 *   const list = await widgetList(repoRoot);
 *   // [{ tag: 'osallistu-ideas', package: '@osallistu/ideas', attributes: [{ name: 'process', … }], … }]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Entries of packages/elements/src/widgets.ts, read as text (it is TypeScript). */
function loaderEntries(root) {
  const file = join(root, 'packages', 'elements', 'src', 'widgets.ts');
  if (!existsSync(file)) return [];
  const source = readFileSync(file, 'utf8');
  const blocks = source.split(/(?=\btag\s*:\s*['"`])/).slice(1);
  return blocks.map((block) => {
    const tag = /^tag\s*:\s*['"`]([^'"`]+)/.exec(block)[1];
    const pkg = /\bpackage\s*:\s*['"`]([^'"`]+)/.exec(block)?.[1] ?? null;
    const attributes = /\battributes\s*:\s*\[([^\]]*)\]/.exec(block)?.[1];
    const specifier = /import\(\s*['"`]([^'"`]+)['"`]\s*\)/.exec(block)?.[1] ?? null;
    return {
      tag,
      package: pkg,
      attributes: attributes ? [...attributes.matchAll(/['"`]([^'"`]+)['"`]/g)].map((m) => m[1]) : [],
      specifier,
    };
  });
}

function readPackages(root) {
  const packagesDir = join(root, 'packages');
  const packages = new Map();
  for (const dir of readdirSync(packagesDir)) {
    const file = join(packagesDir, dir, 'package.json');
    if (existsSync(file)) packages.set(dir, { dir, ...JSON.parse(readFileSync(file, 'utf8')) });
  }
  return packages;
}

/** `@osallistu/ideas/idea-form/define.js` → `<root>/packages/ideas/src/idea-form/define.ts`. */
export function resolveSpecifier(root, specifier, packages = readPackages(root)) {
  const m = /^(@[^/]+\/[^/]+)\/(.+)\.js$/.exec(specifier ?? '');
  if (!m) return null;
  const pkg = [...packages.values()].find((p) => p.name === m[1]);
  return pkg ? join(root, 'packages', pkg.dir, 'src', `${m[2]}.ts`) : null;
}

const pick = (items = [], keys) =>
  items.map((item) => Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])));

function manifestDeclarations(root, packages) {
  const byTag = new Map();
  for (const pkg of packages.values()) {
    if (!pkg.customElements) continue;
    const manifestFile = join(root, 'packages', pkg.dir, pkg.customElements);
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    for (const mod of manifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.customElement && decl.tagName) byTag.set(decl.tagName, decl);
      }
    }
  }
  return byTag;
}

/**
 * @param {string} root repository root
 * @param {(definePath: string) => string[] | null} [chunksOf] files a widget loads (from the build)
 */
export async function widgetList(root, chunksOf = () => null) {
  const packages = readPackages(root);
  const declarations = manifestDeclarations(root, packages);
  return loaderEntries(root)
    .map((entry) => {
      const decl = declarations.get(entry.tag);
      const described = new Map((decl?.attributes ?? []).map((a) => [a.name, a]));
      const chunks = chunksOf(resolveSpecifier(root, entry.specifier, packages) ?? '');
      return {
        tag: entry.tag,
        package: entry.package,
        summary: decl?.summary ?? decl?.description ?? '',
        attributes: entry.attributes.map((name) => {
          const a = described.get(name);
          return {
            name,
            ...(a?.description ? { description: a.description } : {}),
            ...(a?.type?.text ? { type: a.type.text } : {}),
            ...(a?.default !== undefined ? { default: a.default } : {}),
          };
        }),
        events: pick(decl?.events, ['name', 'description']),
        slots: pick(decl?.slots, ['name', 'description']),
        cssParts: pick(decl?.cssParts, ['name', 'description']),
        cssProperties: pick(decl?.cssProperties, ['name', 'description', 'default']),
        ...(chunks ? { chunks } : {}),
      };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
