import { OsallistuConfigElement } from './config-element.js';

/** Defines `<osallistu-config>` (or `tag`) in `registry`, once. */
export function define(tag = 'osallistu-config', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, class extends OsallistuConfigElement {});
}
