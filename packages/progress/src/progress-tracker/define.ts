import { ProgressTracker } from './progress-tracker.js';

/** Defines `<osallistu-progress>` (or `tag`) in `registry`; its detail view is defined when first opened. */
export function define(tag = 'osallistu-progress', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-progress' ? ProgressTracker : class extends ProgressTracker {});
}
