/**
 * Whether `<osallistu-area-map>` is defined or a loader on the page can define it, without loading
 * it: the board offers its map view from this, and loads the map's chunk only when the view opens.
 * Reads the registry `lazyDefine` publishes (packages/core/src/lazy-loader.ts, the same global key).
 *
 * @example if (mapAvailable()) renderTheViewSwitch();
 */
const registryKey = Symbol.for('osallistu.lazy-registry');

export function mapAvailable(tag = 'osallistu-area-map'): boolean {
  if (customElements.get(tag)) return true;
  const registry = (globalThis as { [registryKey]?: Record<string, unknown> })[registryKey];
  return typeof registry?.[tag] === 'function';
}
