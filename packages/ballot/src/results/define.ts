import { Results } from './results.js';

/** Defines `<osallistu-results>` (or `tag`) in `registry`. */
export function define(tag = 'osallistu-results', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-results' ? Results : class extends Results {});
}
