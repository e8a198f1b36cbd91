import { AreaMap } from './area-map.js';

/** Defines `<osallistu-area-map>` (or `tag`) in `registry`, once. */
export function define(tag = 'osallistu-area-map', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-area-map' ? AreaMap : class extends AreaMap {});
}
