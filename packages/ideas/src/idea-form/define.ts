import { IdeaForm } from './idea-form.js';

/** Defines `<osallistu-idea-form>` (or `tag`) in `registry`, once. */
export function define(tag = 'osallistu-idea-form', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-idea-form' ? IdeaForm : class extends IdeaForm {});
}
