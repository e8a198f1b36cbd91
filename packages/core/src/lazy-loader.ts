/**
 * Defines custom elements on first sight. No Lit here: this file is part of the tiny loader.
 *
 * @example
 * lazyDefine({ 'osallistu-ideas': () => import('@osallistu/ideas/idea-board/define.js') });
 */
export type LazyRegistry = Record<string, () => Promise<unknown>>;

/**
 * Loads the module of every tag in `registry` that is in `root` now, and of those added later
 * (a MutationObserver on `root`'s subtree; shadow roots are not watched). Each loader runs once.
 * Returns a function that stops watching.
 */
export function lazyDefine(registry: LazyRegistry, root: ParentNode & Node = document): () => void {
  const pending = new Map(Object.entries(registry).map(([tag, load]) => [tag.toLowerCase(), load]));

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
