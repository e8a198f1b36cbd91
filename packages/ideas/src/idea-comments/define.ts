import { IdeaComments } from './idea-comments.js';

/** Defines `<osallistu-idea-comments>` (or `tag`) in `registry`, once. */
export function define(tag = 'osallistu-idea-comments', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-idea-comments' ? IdeaComments : class extends IdeaComments {});
}
