import { IdeaBoard } from './idea-board.js';
import { define as defineSupportButton } from '../support-button/define.js';

/**
 * Defines `<osallistu-ideas>` (or `tag`) in `registry`, with the support button its cards use.
 * `<osallistu-idea-comments>` is defined when a resident first opens an idea's comments.
 */
export function define(tag = 'osallistu-ideas', registry: CustomElementRegistry = customElements): void {
  defineSupportButton(undefined, registry);
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-ideas' ? IdeaBoard : class extends IdeaBoard {});
}
