#!/usr/bin/env node
/**
 * Builds the WordPress plugin's generated parts from the elements build (run `npm run build` at
 * the repository root first):
 *
 * - copies build/assets/elements/* into wp-plugin/assets/elements/ (the bundled widgets: the
 *   plugin loads no code from elsewhere);
 * - writes wp-plugin/build/blocks/<widget>/block.json for every widget in
 *   build/assets/elements/widgets.json, the one list of widgets. Block attributes come from the
 *   widget's attributes in its custom-elements manifest; each one that feeds the element carries
 *   `osallistuAttr` (the element attribute's name), so PHP and the editor script need no change
 *   when a widget is added.
 *
 * Both outputs are generated and not committed.
 *
 * @example node wp-plugin/build.mjs
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const plugin = dirname(fileURLToPath(import.meta.url));
const root = join(plugin, '..');
/** The elements build; OSALLISTU_ELEMENTS_DIR may point elsewhere (a release's unpacked assets). */
const elements = process.env.OSALLISTU_ELEMENTS_DIR ?? join(root, 'build', 'assets', 'elements');
const listFile = join(elements, 'widgets.json');

/** Element attributes the plugin sets globally (loader data attributes), not per block. */
const global = new Set(['api', 'tenant']);

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const human = (name) => name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Block attribute schema for one element attribute of the manifest. */
export function blockAttribute(attribute) {
  const type = String(attribute.type ?? 'string');
  const schema = { type: 'string', default: '', osallistuAttr: attribute.name };
  if (/\bboolean\b/.test(type)) {
    schema.type = 'boolean';
    schema.default = false;
  } else if (/\bnumber\b/.test(type)) {
    schema.type = 'number';
    delete schema.default;
  } else {
    const literals = [...type.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
    const onlyLiterals = type.replace(/'[^']*'|"[^"]*"|\bundefined\b|\bnull\b|\|/g, '').trim() === '';
    if (literals.length > 0 && onlyLiterals) schema.enum = ['', ...new Set(literals.filter((l) => l !== ''))];
  }
  if (attribute.description) schema.osallistuHelp = String(attribute.description);
  return schema;
}

/** block.json of one widget. */
export function blockJson(widget) {
  const name = widget.tag.replace(/^osallistu-/, '');
  const attributes = {};
  for (const attribute of widget.attributes ?? []) {
    if (!attribute?.name || global.has(attribute.name) || !/^[a-z][a-z0-9-]*$/.test(attribute.name)) continue;
    attributes[camel(attribute.name)] = blockAttribute(attribute);
  }
  if (!Object.values(attributes).some((a) => a.osallistuAttr === 'lang')) {
    attributes.lang = { type: 'string', enum: ['', 'fi', 'sv', 'en'], default: '', osallistuAttr: 'lang' };
  }
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `osallistu/${name}`,
    title: `Osallistu: ${human(name)}`,
    category: 'widgets',
    icon: 'groups',
    description: widget.summary || '',
    keywords: ['osallistu', ...name.split('-')],
    textdomain: 'osallistu',
    attributes,
    supports: { html: false, align: ['wide', 'full'], anchor: true },
    editorScript: 'osallistu-editor',
    render: 'file:../../../templates/block.php',
  };
}

export function build() {
  if (!existsSync(listFile)) {
    throw new Error(`${listFile} is missing: run \`npm run build\` at the repository root first`);
  }
  const widgets = JSON.parse(readFileSync(listFile, 'utf8'));
  if (!Array.isArray(widgets)) throw new Error('widgets.json is not a list');

  const assets = join(plugin, 'assets', 'elements');
  rmSync(assets, { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });
  cpSync(elements, assets, { recursive: true });

  const blocks = join(plugin, 'build', 'blocks');
  rmSync(blocks, { recursive: true, force: true });
  const names = [];
  for (const widget of widgets) {
    if (!widget?.tag || !/^osallistu-[a-z0-9]+(-[a-z0-9]+)*$/.test(widget.tag)) continue;
    const json = blockJson(widget);
    const dir = join(blocks, json.name.slice('osallistu/'.length));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'block.json'), `${JSON.stringify(json, null, 2)}\n`);
    names.push(json.name);
  }
  return names;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const names = build();
    console.log(`wp-plugin: ${names.length} blocks (${names.join(', ')}) and the bundled elements`);
  } catch (error) {
    console.error(`wp-plugin build: ${error.message}`);
    process.exit(1);
  }
}
