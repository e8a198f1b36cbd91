/**
 * The one list of widgets, derived from the widget packages' custom-elements manifests
 * (`customElements` in each package.json, written by `npm run analyze`) and the loader's list
 * (packages/elements/src/widgets.ts). Written to build/assets/elements/widgets.json by rollup so
 * the WordPress plugin can derive a block per widget without PHP changes.
 *
 * @example
 *   const list = await widgetList(repoRoot);
 *   // [{ tag: 'osallistu-ideas', package: '@osallistu/ideas', attributes: [...], ... }]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Tags named in packages/elements/src/widgets.ts, with the package each one is imported from. */
function loaderTags(root) {
  const file = join(root, 'packages', 'elements', 'src', 'widgets.ts');
  if (!existsSync(file)) return new Map();
  const source = readFileSync(file, 'utf8');
  const tags = new Map();
  // entries look like `'osallistu-ideas': () => import('@osallistu/ideas/…')` or `{ tag: '…', … import('…') }`
  const entry = /['"`](osallistu-[a-z0-9-]+)['"`][^\n]*?(?:\n[^\n]*?){0,6}?import\(\s*['"`]([^'"`]+)['"`]/g;
  for (const match of source.matchAll(entry)) {
    if (!tags.has(match[1])) tags.set(match[1], match[2]);
  }
  for (const match of source.matchAll(/['"`](osallistu-[a-z0-9-]+)['"`]/g)) {
    if (!tags.has(match[1])) tags.set(match[1], null);
  }
  return tags;
}

function packageOf(specifier, packages) {
  if (!specifier) return null;
  const scoped = /^(@[^/]+\/[^/]+)/.exec(specifier);
  if (scoped) return scoped[1];
  const relative = /packages\/([a-z0-9-]+)\//.exec(specifier) ?? /^\.\.\/\.\.\/([a-z0-9-]+)\//.exec(specifier);
  if (relative) return packages.get(relative[1])?.name ?? null;
  return null;
}

const pick = (items = [], keys) =>
  items.map((item) => Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])));

export async function widgetList(root) {
  const packagesDir = join(root, 'packages');
  const packages = new Map();
  for (const dir of readdirSync(packagesDir)) {
    const file = join(packagesDir, dir, 'package.json');
    if (existsSync(file)) packages.set(dir, { dir, ...JSON.parse(readFileSync(file, 'utf8')) });
  }

  const byTag = new Map();
  for (const pkg of packages.values()) {
    if (!pkg.customElements) continue;
    const manifestFile = join(packagesDir, pkg.dir, pkg.customElements);
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    for (const mod of manifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement || !decl.tagName) continue;
        byTag.set(decl.tagName, {
          tag: decl.tagName,
          package: pkg.name,
          summary: decl.summary ?? decl.description ?? '',
          attributes: pick(decl.attributes, ['name', 'description', 'type', 'default', 'fieldName']).map((a) => ({
            ...a,
            type: a.type?.text ?? a.type,
          })),
          events: pick(decl.events, ['name', 'description']),
          slots: pick(decl.slots, ['name', 'description']),
          cssParts: pick(decl.cssParts, ['name', 'description']),
          cssProperties: pick(decl.cssProperties, ['name', 'description', 'default']),
        });
      }
    }
  }

  const fromLoader = loaderTags(root);
  const list = [];
  const tags = fromLoader.size > 0 ? [...fromLoader.keys()] : [...byTag.keys()];
  for (const tag of tags) {
    const described = byTag.get(tag);
    const pkg = described?.package ?? packageOf(fromLoader.get(tag), packages);
    list.push(
      described ?? { tag, package: pkg, summary: '', attributes: [], events: [], slots: [], cssParts: [], cssProperties: [] },
    );
  }
  // widgets that only a manifest knows about (not yet in the loader) are not loadable: leave them out
  return list.sort((a, b) => a.tag.localeCompare(b.tag));
}
