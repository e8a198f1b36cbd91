/**
 * Defines custom elements on first sight. No Lit here: this file is part of the tiny loader.
 *
 * @example
 * lazyDefine({ 'osallistu-ideas': () => import('@osallistu/ideas/idea-board/define.js') });
 */
export type LazyRegistry = Record<string, () => Promise<unknown>>;

/** Every tag a `lazyDefine` call knows, page-wide (shared by copies of this module). */
const registryKey = Symbol.for('osallistu.lazy-registry');
type RegistryHolder = { [registryKey]?: LazyRegistry };
const started = new Set<string>();

/**
 * Loads `tag` from the registry the loader published, for a widget that renders another widget's
 * tag inside its own shadow root (which the loader's observer does not see). Returns whether the
 * tag is defined or being loaded; false when no loader knows it (then the caller keeps its fallback).
 *
 * @example loadNested('osallistu-area-map') // in the idea form's connectedCallback
 */
export function loadNested(tag: string): boolean {
  if (customElements.get(tag)) return true;
  const load = (globalThis as RegistryHolder)[registryKey]?.[tag];
  if (!load) return false;
  if (!started.has(tag)) {
    started.add(tag);
    load().catch((error: unknown) => {
      started.delete(tag);
      console.error(`osallistu: could not load <${tag}>`, error);
    });
  }
  return true;
}

/**
 * Whether `tag` is defined or a loader knows how to load it, without loading anything: a widget
 * can offer an optional view (e.g. "choose on the map") and call `loadNested` only when it is shown.
 */
export function canLoadNested(tag: string): boolean {
  return Boolean(customElements.get(tag) ?? (globalThis as RegistryHolder)[registryKey]?.[tag]);
}

/**
 * Loads the module of every tag in `registry` that is in `root` now, and of those added later
 * (a MutationObserver on `root`'s subtree; shadow roots are not watched). Each loader runs once.
 * Returns a function that stops watching.
 */
export function lazyDefine(registry: LazyRegistry, root: ParentNode & Node = document): () => void {
  const pending = new Map(Object.entries(registry).map(([tag, load]) => [tag.toLowerCase(), load]));
  const holder = globalThis as RegistryHolder;
  holder[registryKey] = { ...holder[registryKey], ...Object.fromEntries(pending) };

  const scan = (node: ParentNode): void => {
    for (const [tag, load] of pending) {
      const found = (node instanceof Element && node.localName === tag) || node.querySelector(tag) !== null;
      if (!found) continue;
      pending.delete(tag);
      load().catch((error: unknown) => {
        console.error(`osallistu: could not load <${tag}>`, error);
      });
    }
    if (pending.size === 0) observer.disconnect();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && pending.size > 0) scan(node);
      }
    }
  });

  scan(root);
  if (pending.size > 0) observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
