import { FollowForm } from './follow-form.js';

/** Defines `<osallistu-follow-form>` (or `tag`) in `registry`. */
export function define(tag = 'osallistu-follow-form', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-follow-form' ? FollowForm : class extends FollowForm {});
}
