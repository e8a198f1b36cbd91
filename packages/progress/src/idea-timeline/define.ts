import { IdeaTimeline } from './idea-timeline.js';

/**
 * Defines `<osallistu-idea-timeline>` (or `tag`) in `registry`. The follow form it shows for an
 * idea that can be followed is loaded and defined with that idea's timeline.
 */
export function define(tag = 'osallistu-idea-timeline', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-idea-timeline' ? IdeaTimeline : class extends IdeaTimeline {});
}
