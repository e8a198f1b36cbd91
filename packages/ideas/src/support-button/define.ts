import { SupportButton } from './support-button.js';

/** Defines `<osallistu-support-button>` (or `tag`) in `registry`, once. */
export function define(tag = 'osallistu-support-button', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-support-button' ? SupportButton : class extends SupportButton {});
}
