import { IdeaTimeline } from './idea-timeline.js';
import { define as defineFollowForm } from '../follow-form/define.js';

/** Defines `<osallistu-idea-timeline>` (or `tag`) in `registry`, with the follow form it uses. */
export function define(tag = 'osallistu-idea-timeline', registry: CustomElementRegistry = customElements): void {
  defineFollowForm(undefined, registry);
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-idea-timeline' ? IdeaTimeline : class extends IdeaTimeline {});
}
