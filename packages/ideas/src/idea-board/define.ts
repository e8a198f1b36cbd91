import { IdeaBoard } from './idea-board.js';
import { define as defineSupportButton } from '../support-button/define.js';
import { define as defineIdeaComments } from '../idea-comments/define.js';

/** Defines `<osallistu-ideas>` (or `tag`) in `registry`, with the elements its cards use. */
export function define(tag = 'osallistu-ideas', registry: CustomElementRegistry = customElements): void {
  defineSupportButton(undefined, registry);
  defineIdeaComments(undefined, registry);
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-ideas' ? IdeaBoard : class extends IdeaBoard {});
}
