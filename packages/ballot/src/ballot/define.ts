import { Ballot } from './ballot.js';

/** Defines `<osallistu-ballot>` (or `tag`) in `registry`. */
export function define(tag = 'osallistu-ballot', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-ballot' ? Ballot : class extends Ballot {});
}
