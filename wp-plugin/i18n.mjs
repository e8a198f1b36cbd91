#!/usr/bin/env node
/**
 * Translation upkeep for the plugin (needs GNU gettext: xgettext, msgmerge, msgfmt).
 *
 * 1. extracts the strings of the PHP files, the editor and admin scripts and the generated
 *    block.json titles (context "block title", as WordPress translates them) into
 *    languages/osallistu.pot;
 * 2. merges them into languages/osallistu-<locale>.po (translators edit these);
 * 3. compiles languages/osallistu-<locale>.mo;
 * 4. writes the scripts' strings as Jed JSON, languages/osallistu-<locale>-<handle>.json, which
 *    wp_set_script_translations() loads for the handles osallistu-editor and osallistu-admin.
 *
 * The outputs are committed, so a site needs no gettext. Run after changing strings:
 * @example node wp-plugin/build.mjs && node wp-plugin/i18n.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const plugin = dirname(fileURLToPath(import.meta.url));
const languages = join(plugin, 'languages');
const locales = ['fi', 'sv_SE'];
/** Script handle → file, as registered in includes/assets.php. */
const scripts = { 'osallistu-editor': 'js/editor.js', 'osallistu-admin': 'js/admin.js' };
const pot = join(languages, 'osallistu.pot');

const run = (command, args) => execFileSync(command, args, { cwd: plugin, encoding: 'utf8' });
const quote = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

function extract() {
  const php = ['osallistu.php', ...readdirSync(join(plugin, 'includes')).map((f) => `includes/${f}`), 'templates/block.php'];
  const common = ['--from-code=UTF-8', '--add-comments=translators:', '--sort-by-file', '--package-name=Osallistu', '--msgid-bugs-address=https://github.com/osallistu/osallistu/issues'];
  run('xgettext', ['--language=PHP', ...common, '--keyword=__', '--keyword=_e', '--keyword=esc_html__', '--keyword=esc_html_e', '--keyword=esc_attr__', '--keyword=esc_attr_e', '--keyword=_x:1,2c', '--keyword=_n:1,2', '-o', join(languages, '.php.pot'), ...php]);
  run('xgettext', ['--language=JavaScript', ...common, '--keyword=__', '--keyword=_x:1,2c', '--keyword=_n:1,2', '-o', join(languages, '.js.pot'), ...Object.values(scripts)]);

  // block.json titles and descriptions, translated by WordPress with these contexts
  const blocks = join(plugin, 'build', 'blocks');
  let extra = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n';
  if (existsSync(blocks)) {
    for (const dir of readdirSync(blocks).sort()) {
      const json = JSON.parse(readFileSync(join(blocks, dir, 'block.json'), 'utf8'));
      extra += `#: build/blocks/${dir}/block.json\nmsgctxt "block title"\nmsgid ${quote(json.title)}\nmsgstr ""\n\n`;
      if (json.description) extra += `#: build/blocks/${dir}/block.json\nmsgctxt "block description"\nmsgid ${quote(json.description)}\nmsgstr ""\n\n`;
    }
  }
  writeFileSync(join(languages, '.blocks.pot'), extra);
  run('msgcat', ['--use-first', '-o', pot, join(languages, '.php.pot'), join(languages, '.js.pot'), join(languages, '.blocks.pot')]);
  for (const tmp of ['.php.pot', '.js.pot', '.blocks.pot']) execFileSync('rm', ['-f', join(languages, tmp)]);
}

/** Minimal .po reader: entries with context, id, plural, strings and references. */
function readPo(file) {
  const entries = [];
  let entry = null;
  let field = null;
  const unq = (s) => JSON.parse(s);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#~')) continue;
    if (line === '' || (line.startsWith('#') && entry && field)) {
      if (entry) entries.push(entry);
      entry = null;
      field = null;
      if (line === '') continue;
    }
    entry ??= { refs: [], msgstr: [], fuzzy: false };
    if (line.startsWith('#:')) entry.refs.push(...line.slice(2).trim().split(/\s+/));
    else if (line.startsWith('#,')) entry.fuzzy ||= line.includes('fuzzy');
    else if (line.startsWith('#')) continue;
    else {
      const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
      if (m) {
        field = m[1].startsWith('msgstr') ? ['msgstr', Number(m[2] ?? 0)] : [m[1]];
        if (field[0] === 'msgstr') entry.msgstr[field[1]] = unq(m[3]);
        else entry[field[0]] = unq(m[3]);
      } else if (line.startsWith('"') && field) {
        if (field[0] === 'msgstr') entry.msgstr[field[1]] += unq(line);
        else entry[field[0]] += unq(line);
      }
    }
  }
  if (entry) entries.push(entry);
  return entries;
}

function jedJson(entries, locale, file) {
  const header = entries.find((e) => e.msgid === '' && !e.msgctxt);
  const plural = /Plural-Forms:\s*([^\n]+)/.exec(header?.msgstr[0] ?? '')?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: locale, plural_forms: plural } };
  for (const e of entries) {
    if (!e.msgid || e.fuzzy || !e.msgstr.some(Boolean)) continue;
    if (!e.refs.some((r) => r.startsWith(`${file}:`))) continue;
    messages[e.msgctxt ? `${e.msgctxt}\u0004${e.msgid}` : e.msgid] = e.msgstr;
  }
  return { 'translation-revision-date': '', generator: 'wp-plugin/i18n.mjs', domain: 'messages', locale_data: { messages } };
}

if (!existsSync(join(plugin, 'build', 'blocks'))) {
  console.error('wp-plugin/build/blocks is missing: run node wp-plugin/build.mjs first (block titles are translated too)');
  process.exit(1);
}
extract();
for (const locale of locales) {
  const po = join(languages, `osallistu-${locale}.po`);
  if (!existsSync(po)) run('msginit', ['--no-translator', `--locale=${locale}.UTF-8`, '-i', pot, '-o', po]);
  else run('msgmerge', ['--quiet', '--update', '--backup=none', '--no-fuzzy-matching', po, pot]);
  run('msgfmt', ['--check', '-o', join(languages, `osallistu-${locale}.mo`), po]);
  const entries = readPo(po);
  for (const [handle, file] of Object.entries(scripts)) {
    writeFileSync(join(languages, `osallistu-${locale}-${handle}.json`), `${JSON.stringify(jedJson(entries, locale, file))}\n`);
  }
  const missing = entries.filter((e) => e.msgid && !e.msgstr.some(Boolean)).map((e) => e.msgid);
  console.log(`${locale}: ${entries.length - 1} strings, ${missing.length} untranslated${missing.length ? `: ${missing.join(' | ')}` : ''}`);
}
