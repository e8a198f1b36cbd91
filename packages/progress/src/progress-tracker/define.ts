import { ProgressTracker } from './progress-tracker.js';
import { define as defineProjectDetail } from '../project-detail/define.js';

/** Defines `<osallistu-progress>` (or `tag`) in `registry`, with the detail view and follow form. */
export function define(tag = 'osallistu-progress', registry: CustomElementRegistry = customElements): void {
  defineProjectDetail(undefined, registry);
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-progress' ? ProgressTracker : class extends ProgressTracker {});
}
