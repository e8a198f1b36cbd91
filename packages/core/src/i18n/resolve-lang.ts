import { defaultLanguage, languages, type Language } from '@osallistu/contract/languages.js';
import { getDefaults } from '../defaults.js';

/** `fi-FI` → `fi`; anything unsupported → `undefined`. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(base ?? '') ? (base as Language) : undefined;
}

/**
 * The language of an element: its own `lang`, else the closest ancestor with `lang` (crossing
 * shadow roots, so `<osallistu-config lang>` and `<html lang>` count), else the loader's default,
 * else Finnish. An unsupported language (e.g. `de`) falls through to the defaults.
 */
export function resolveLang(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const lang = toLanguage(found.getAttribute('lang'));
      if (lang) return lang;
      node = found.parentElement ?? hostOf(found);
      continue;
    }
    node = hostOf(node);
  }
  return toLanguage(getDefaults().lang) ?? defaultLanguage;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
